import { createHash } from 'node:crypto';

/**
 * A stable uuid (v4 layout) from a business key: the same parts always give the same id, so a
 * retried request or activity finds what it made the first time instead of making it twice.
 */
export function uuidFrom(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join(':')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
