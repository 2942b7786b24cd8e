/** Values read from PostgreSQL rows, as the API answers them. */

/** A timestamp as ISO 8601, or null. */
export const isoOrNull = (v: unknown): string | null =>
  v === null || v === undefined ? null : new Date(v as string).toISOString();

/** A `date` column as « 2027-03-01 » (pg gives a Date at local midnight), or null. */
export function dayOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.slice(0, 10);
  const d = v as Date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
