import type { Context, Next } from 'koa';
import type { Knex } from 'knex';
import { defineAbilityFor, type AppAbility, type CurrentUser } from './ability';
import { unauthenticated } from './errors';

export const SESSION_COOKIE = 'pro_one_session';

declare module 'koa' {
  interface DefaultState {
    user?: CurrentUser;
    ability?: AppAbility;
    requestId: string;
  }
}

export async function findUser(db: Knex, id: string): Promise<CurrentUser | undefined> {
  const row = await db('users')
    .where({ id })
    .first('id', 'display_name', 'roles', 'subregion_code', 'provider_id');
  return row as CurrentUser | undefined;
}

/**
 * Puts the signed-in person in `ctx.state.user` and their permissions in `ctx.state.ability`.
 * The demo login sets a signed cookie holding the user id; a real login replaces only this.
 */
export function loadUser(db: Knex) {
  return async (ctx: Context, next: Next) => {
    const userId = ctx.cookies.get(SESSION_COOKIE, { signed: true });
    if (userId) {
      const user = await findUser(db, userId);
      if (user) {
        ctx.state.user = { ...user, loginMethod: 'strong' };
        ctx.state.ability = defineAbilityFor(user);
      }
    }
    await next();
  };
}

export function requireUser(ctx: Context): { user: CurrentUser; ability: AppAbility } {
  const { user, ability } = ctx.state;
  if (!user || !ability) throw unauthenticated();
  return { user, ability };
}

export function setSession(ctx: Context, userId: string, secure: boolean): void {
  ctx.cookies.set(SESSION_COOKIE, userId, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    overwrite: true,
  });
}

export function clearSession(ctx: Context): void {
  ctx.cookies.set(SESSION_COOKIE, null, { signed: true, httpOnly: true, sameSite: 'lax' });
}
