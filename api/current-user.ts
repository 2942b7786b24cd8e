import type { Context, Next } from 'koa';
import type { Knex } from 'knex';
import type { Config } from '../common/node/config';
import { defineAbilityFor, type AppAbility, type CurrentUser } from './ability';
import { AppError, unauthenticated } from './errors';
import {
  SESSION_COOKIE,
  createSessions,
  sameToken,
  type SessionRecord,
  type Sessions,
} from './auth/sessions';

export { SESSION_COOKIE };

declare module 'koa' {
  interface DefaultState {
    user?: CurrentUser;
    ability?: AppAbility;
    /** The server-side session behind the request, when there is one. */
    session?: SessionRecord;
    requestId: string;
  }
}

export async function findUser(db: Knex, id: string): Promise<Omit<CurrentUser, 'loginMethod'> | undefined> {
  const row = await db('users')
    .where({ id })
    .first('id', 'display_name', 'roles', 'subregion_code', 'provider_id');
  return row as Omit<CurrentUser, 'loginMethod'> | undefined;
}

const STATE_CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Logging in replaces whatever session the browser had; it acts with no session's authority. */
const CSRF_EXEMPT = new Set(['/api/auth/password']);

/**
 * Puts the signed-in person in `ctx.state.user` (with the login method of their session) and
 * their permissions in `ctx.state.ability`, from the server-side session named by the cookie.
 * A state-changing request made with a session must carry that session's CSRF token.
 */
export function loadUser(db: Knex, config: Config, sessions: Sessions = createSessions(db, config)) {
  return async (ctx: Context, next: Next) => {
    const token = ctx.cookies.get(SESSION_COOKIE);
    if (token) {
      const session = await sessions.load(token);
      const user = session ? await findUser(db, session.userId) : undefined;
      if (session && user) {
        const current: CurrentUser = { ...user, loginMethod: session.loginMethod };
        ctx.state.session = session;
        ctx.state.user = current;
        ctx.state.ability = defineAbilityFor(current);
      }
    }
    if (
      ctx.state.session &&
      ctx.path.startsWith('/api/') &&
      STATE_CHANGING.includes(ctx.method) &&
      !CSRF_EXEMPT.has(ctx.path) &&
      !sameToken(ctx.get('X-CSRF-Token') || undefined, ctx.state.session.csrfToken)
    ) {
      throw new AppError(
        403,
        'CSRF_REFUSED',
        'La requête a été refusée par mesure de sécurité. Rechargez la page puis réessayez.',
      );
    }
    await next();
  };
}

export function requireUser(ctx: Context): { user: CurrentUser; ability: AppAbility } {
  const { user, ability } = ctx.state;
  if (!user || !ability) throw unauthenticated();
  return { user, ability };
}
