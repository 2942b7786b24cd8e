/** « 1500 », « 1 500 », « 1500,50 », « 1 500 € » → 1500 or 1500.5; null when it is not an amount in euros. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return null;
  return Number(compact);
}
