/**
 * The Belgian national register number (NISS / numéro de registre national): 11 digits,
 * YYMMDD + a 3-digit sequence + a 2-digit check. The check is 97 minus the first nine digits
 * modulo 97; for people born in 2000 or later, the nine digits are prefixed with a 2 first.
 * Both rules are tried, since the number alone does not say the century.
 */
export function normalizeNiss(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

export function isValidNiss(input: string): boolean {
  const niss = normalizeNiss(input);
  if (!/^\d{11}$/.test(niss)) return false;
  const base = Number(niss.slice(0, 9));
  const check = Number(niss.slice(9));
  const before2000 = 97 - (base % 97);
  const from2000 = 97 - ((2_000_000_000 + base) % 97);
  return check === before2000 || check === from2000;
}

/** « 85.07.30-033.28 »: how the number is written on a Belgian identity card. */
export function formatNiss(input: string): string {
  const n = normalizeNiss(input);
  return `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9, 11)}`;
}

/** What someone without the right to read the number sees. */
export function maskNiss(input: string): string {
  const n = normalizeNiss(input);
  return `••.••.••-•••.${n.slice(9, 11)}`;
}
