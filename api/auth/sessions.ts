import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import type { Config } from '../../common/node/config';

/**
 * Server-side sessions (table `sessions`). The cookie holds a random 32-byte token; the table
 * holds only its SHA-256, so a copy of the database opens no session. Each session has its own
 * CSRF token, sent back by the interface in `X-CSRF-Token` on every state-changing request.
 */
export const SESSION_COOKIE = 'pro_one_session';

export type LoginMethod = 'strong' | 'password';

export type EndReason =
  'logout' | 'idle' | 'expired' | 'login_method_changed' | 'replaced' | 'password_reset';

export interface SessionRecord {
  id: string;
  userId: string;
  loginMethod: LoginMethod;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** last_seen_at is written at most this often, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function cookieOptions(config: Config) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.env === 'production',
    path: '/',
    overwrite: true,
    signed: false,
  };
}

export interface Sessions {
  /** Opens a session and returns the cookie's token (to set) and the CSRF token. */
  create(userId: string, loginMethod: LoginMethod): Promise<{ token: string; session: SessionRecord }>;
  /** The live session behind a token, or undefined (unknown, ended, expired or idle too long). */
  load(token: string): Promise<SessionRecord | undefined>;
  end(sessionId: string, reason: EndReason): Promise<void>;
  endAllForUser(userId: string, reason: EndReason): Promise<number>;
}

export function createSessions(db: Knex, config: Config): Sessions {
  return {
    async create(userId, loginMethod) {
      const token = randomBytes(32).toString('base64url');
      const now = new Date();
      const session: SessionRecord = {
        id: hashToken(token),
        userId,
        loginMethod,
        csrfToken: randomBytes(32).toString('base64url'),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + config.sessions.absoluteHours * 3_600_000),
      };
      await db('sessions').insert(session);
      return { token, session };
    },

    async load(token) {
      if (!token || token.length > 200) return undefined;
      const row = (await db('sessions')
        .where({ id: hashToken(token) })
        .whereNull('endedAt')
        .first('id', 'userId', 'loginMethod', 'csrfToken', 'createdAt', 'lastSeenAt', 'expiresAt')) as
        SessionRecord | undefined;
      if (!row) return undefined;
      const now = Date.now();
      if (new Date(row.expiresAt).getTime() <= now) {
        await this.end(row.id, 'expired');
        return undefined;
      }
      if (new Date(row.lastSeenAt).getTime() + config.sessions.idleMinutes * 60_000 <= now) {
        await this.end(row.id, 'idle');
        return undefined;
      }
      if (now - new Date(row.lastSeenAt).getTime() >= TOUCH_INTERVAL_MS) {
        await db('sessions')
          .where({ id: row.id })
          .update({ lastSeenAt: new Date(now) });
      }
      return row;
    },

    async end(sessionId, reason) {
      await db('sessions')
        .where({ id: sessionId })
        .whereNull('endedAt')
        .update({ endedAt: new Date(), endReason: reason });
    },

    async endAllForUser(userId, reason) {
      return db('sessions')
        .where({ userId })
        .whereNull('endedAt')
        .update({ endedAt: new Date(), endReason: reason });
    },
  };
}

/** Opens a session and sets its cookie: the one way every login method ends. */
export async function startSession(
  ctx: Context,
  sessions: Sessions,
  config: Config,
  userId: string,
  loginMethod: LoginMethod,
): Promise<SessionRecord> {
  // A session already open in this browser is replaced, never reused (no session fixation).
  const previous = ctx.cookies.get(SESSION_COOKIE);
  if (previous) {
    const old = await sessions.load(previous);
    if (old) await sessions.end(old.id, 'replaced');
  }
  const { token, session } = await sessions.create(userId, loginMethod);
  ctx.cookies.set(SESSION_COOKIE, token, cookieOptions(config));
  return session;
}

export function clearSessionCookie(ctx: Context, config: Config): void {
  ctx.cookies.set(SESSION_COOKIE, null, cookieOptions(config));
}

export function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
