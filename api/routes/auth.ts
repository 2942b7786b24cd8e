import Router from '@koa/router';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { normalizeNiss } from '../../common/niss';
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from '../../common/node/passwords';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors';
import { createOidcClient, type OidcChecks } from '../auth/oidc';
import { createSessions, startSession } from '../auth/sessions';
import { passwordAttemptsByIp } from '../auth/throttle';
import { findUser } from '../current-user';
import { defineRoute, z } from '../define-route';
import { UserView, userView } from '../user-view';

const OIDC_COOKIE = 'pro_one_oidc';
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export const LOGIN_FAILED_MESSAGE = 'Adresse e-mail ou mot de passe incorrect.';

/**
 * Logging in: the strong login through OpenID Connect (CSAM: eID, itsme, clés BOSA) and the
 * legacy password login of accounts not yet converted. Both end in a server-side session.
 */
export function authRoutes({ db, config, logger }: ApiDeps): Router {
  const router = new Router();
  const sessions = createSessions(db, config);
  const oidc = createOidcClient(config);
  const cipher = createPersonalDataCipher(config.personalDataKey);
  const oidcCookie = {
    signed: true,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.env === 'production',
    path: '/api/auth/oidc',
    overwrite: true,
  };

  router.get('/auth/oidc/start', async (ctx) => {
    let started: Awaited<ReturnType<typeof oidc.authorizationUrl>>;
    try {
      started = await oidc.authorizationUrl();
    } catch (err) {
      // No issuer configured, or it cannot be reached: say so on the login page.
      ctx.log.warn({ reason: err instanceof Error ? err.message : 'unknown' }, 'strong login unavailable');
      return ctx.redirect('/connexion?erreur=indisponible');
    }
    const { url, checks } = started;
    // Where to come back after the login (a link from an e-mail): a path of this site only.
    const wanted = typeof ctx.query.retour === 'string' ? ctx.query.retour : '';
    const returnTo = isLocalPath(wanted) ? wanted : undefined;
    ctx.cookies.set(OIDC_COOKIE, Buffer.from(JSON.stringify({ ...checks, returnTo })).toString('base64url'), {
      ...oidcCookie,
      maxAge: 10 * 60_000,
    });
    ctx.redirect(url.href);
  });

  router.get('/auth/oidc/callback', async (ctx) => {
    const raw = ctx.cookies.get(OIDC_COOKIE, { signed: true });
    ctx.cookies.set(OIDC_COOKIE, null, oidcCookie);
    const fail = (reason: string) => ctx.redirect(`/connexion?erreur=${reason}`);
    if (!raw) return fail('echec');
    let claims: Record<string, unknown>;
    let returnTo: string | undefined;
    try {
      const checks = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as OidcChecks & {
        returnTo?: string;
      };
      returnTo = checks.returnTo && isLocalPath(checks.returnTo) ? checks.returnTo : undefined;
      claims = await oidc.callback(new URL(ctx.originalUrl, config.http.publicUrl), checks);
    } catch (err) {
      // The error names the step (state, nonce, signature); claims are never logged.
      ctx.log.warn({ reason: err instanceof Error ? err.message : 'unknown' }, 'strong login failed');
      return fail('echec');
    }
    const userId = await findStrongUser(claims);
    if (!userId) {
      ctx.log.info('strong login: no account for this person');
      return fail('inconnu');
    }
    await startSession(ctx, sessions, config, userId, 'strong');
    ctx.redirect(returnTo ?? '/');
  });

  /** By the NISS's keyed fingerprint (never the number itself), else by the issuer's subject. */
  async function findStrongUser(claims: Record<string, unknown>): Promise<string | undefined> {
    const sub = typeof claims.sub === 'string' ? claims.sub : undefined;
    const niss = typeof claims.niss === 'string' ? normalizeNiss(claims.niss) : undefined;
    let row: { id: string; oidcSubject: string | null } | undefined;
    if (niss)
      row = await db('users')
        .where({ nissFingerprint: cipher.fingerprint(niss) })
        .first('id', 'oidcSubject');
    if (!row && sub) row = await db('users').where({ oidcSubject: sub }).first('id', 'oidcSubject');
    if (!row) return undefined;
    if (sub && !row.oidcSubject) {
      await db('users')
        .where({ id: row.id })
        .whereNull('oidcSubject')
        .update({ oidcSubject: sub })
        .catch((err: unknown) => logger.warn({ err }, 'could not record the OIDC subject'));
    }
    return row.id;
  }

  defineRoute(router, '', {
    method: 'post',
    path: '/auth/password',
    summary: 'Se connecter avec un mot de passe (comptes non convertis)',
    tags: ['Session'],
    public: true,
    body: z
      .object({
        email: z.string().trim().min(1).max(320),
        password: z.string().min(1).max(1000),
      })
      .strict(),
    responses: {
      200: { description: 'Connecté', schema: z.object({ user: UserView, csrfToken: z.string() }) },
      401: { description: 'Identifiants refusés (message générique)' },
      429: { description: 'Trop de tentatives depuis cette adresse' },
    },
    handler: async (ctx, { body }) => {
      if (!passwordAttemptsByIp.allow(ctx.ip)) {
        ctx.set('Retry-After', String(passwordAttemptsByIp.retryAfter(ctx.ip)));
        throw new AppError(
          429,
          'TOO_MANY_ATTEMPTS',
          'Trop de tentatives de connexion. Patientez quelques minutes avant de réessayer.',
        );
      }
      const account = (await db('users')
        .whereRaw('lower(email) = ?', [body.email.toLowerCase()])
        .orderByRaw(`login_method = 'password' desc`)
        .first('id', 'loginMethod', 'passwordHash', 'lockedUntil')) as
        | { id: string; loginMethod: string; passwordHash: string | null; lockedUntil: Date | null }
        | undefined;
      const usable = account?.loginMethod === 'password' && account.passwordHash ? account : undefined;
      // Always one slow check, so the answer takes as long whether the account exists or not.
      const matches = await verifyPassword(body.password, usable?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
      const locked = !!usable?.lockedUntil && new Date(usable.lockedUntil).getTime() > Date.now();
      if (!usable || locked || !matches) {
        if (usable && !locked) await recordFailure(usable.id);
        throw loginFailed();
      }
      await db('users').where({ id: usable.id }).update({ failedLoginCount: 0, lockedUntil: null });
      const session = await startSession(ctx, sessions, config, usable.id, 'password');
      const user = await findUser(db, usable.id);
      ctx.body = { user: userView({ ...user!, loginMethod: 'password' }), csrfToken: session.csrfToken };
    },
  });

  /** Five failures in a row lock the account for 15 minutes; the count starts again after. */
  async function recordFailure(userId: string): Promise<void> {
    await db.raw(
      `update users set
         failed_login_count = case when failed_login_count + 1 >= :max then 0 else failed_login_count + 1 end,
         locked_until = case when failed_login_count + 1 >= :max
           then now() + make_interval(mins => :minutes) else locked_until end
       where id = :id`,
      { max: MAX_FAILED_LOGINS, minutes: LOCKOUT_MINUTES, id: userId },
    );
  }

  return router;
}

/**
 * One answer for every refusal: unknown address, wrong password, converted account, locked
 * account. A locked account gets it too (even with the right password): a distinct « locked »
 * message would tell an attacker which addresses have an account.
 */
function loginFailed(): AppError {
  return new AppError(401, 'LOGIN_FAILED', LOGIN_FAILED_MESSAGE);
}

/** A path of this site (`/mes-bilans/…`), never another site (`//host`, `/\\host`, `https://…`). */
export function isLocalPath(path: string): boolean {
  return /^\/(?![/\\])[A-Za-z0-9\-._~/%?=&]*$/.test(path) && path.length <= 300;
}
