/**
 * A random UUID v4 used as Idempotency-Key. `crypto.randomUUID` only exists in secure contexts
 * (https or localhost), so fall back on `getRandomValues`, which exists everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The Idempotency-Key of a form's request: the same request sent again (a lost answer, a double
 * click) keeps its key, so the server does it once; a changed request gets a new key.
 */
export class RequestKey {
  private last: { key: string; body: string } | null = null;

  /** The key for this request body (text, or anything JSON-serialisable). */
  for(body: unknown): string {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    if (!this.last || this.last.body !== text) this.last = { key: newIdempotencyKey(), body: text };
    return this.last.key;
  }

  /** The request got its final answer: the next one is a new request, even if it is the same. */
  reset(): void {
    this.last = null;
  }
}
