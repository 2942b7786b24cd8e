/**
 * Per-IP throttling of password attempts: a sliding window kept in memory. Several API
 * processes each keep their own window (the per-account lockout, in PostgreSQL, is shared).
 */
export class AttemptThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Records an attempt; false when the key has used up its window. */
  allow(key: string, now = Date.now()): boolean {
    const recent = (this.attempts.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.max) {
      this.attempts.set(key, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.prune(now);
    return true;
  }

  /** Seconds until the key may try again. */
  retryAfter(key: string, now = Date.now()): number {
    const oldest = (this.attempts.get(key) ?? [])[0];
    return oldest ? Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) : 1;
  }

  clear(): void {
    this.attempts.clear();
  }

  private prune(now: number): void {
    for (const [key, times] of this.attempts) {
      if (!times.some((t) => t > now - this.windowMs)) this.attempts.delete(key);
    }
  }
}

/** 20 password attempts per 5 minutes from one address. */
export const passwordAttemptsByIp = new AttemptThrottle(20, 5 * 60_000);

/** 20 requests for a password-reset link per hour from one address (beyond: nothing is sent). */
export const passwordResetRequestsByIp = new AttemptThrottle(20, 60 * 60_000);
