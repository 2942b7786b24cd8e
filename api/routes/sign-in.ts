import Router from '@koa/router';
import { ROLE_LABELS, subregionName } from '../../common/roles';
import type { CurrentUser } from '../ability';
import type { ApiDeps } from '../deps';
import { clearSessionCookie, createSessions } from '../auth/sessions';
import { requireUser } from '../current-user';
import { defineRoute, z } from '../define-route';

export const UserView = z
  .object({
    id: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    roleLabels: z.array(z.string()),
    providerId: z.string().nullable(),
    subregion: z.object({ code: z.string(), name: z.string() }).nullable(),
    /** How this session was opened. */
    loginMethod: z.enum(['strong', 'password']),
  })
  .openapi('User');

export function userView(user: CurrentUser): z.infer<typeof UserView> {
  return {
    id: user.id,
    displayName: user.displayName,
    roles: user.roles,
    roleLabels: user.roles.map((r) => ROLE_LABELS[r] ?? r),
    providerId: user.providerId,
    subregion: user.subregionCode
      ? { code: user.subregionCode, name: subregionName(user.subregionCode) }
      : null,
    loginMethod: user.loginMethod,
  };
}

/** The current session: who is signed in (with the CSRF token the interface must send), logout. */
export function sessionRoutes({ db, config }: ApiDeps): Router {
  const router = new Router();
  const sessions = createSessions(db, config);

  defineRoute(router, '', {
    method: 'get',
    path: '/session',
    summary: 'La personne connectée',
    tags: ['Session'],
    responses: {
      200: {
        description: 'Connecté',
        schema: z.object({
          user: UserView,
          csrfToken: z.string(),
          account: z.object({ loginMethod: z.enum(['strong', 'password']) }),
        }),
      },
    },
    handler: async (ctx) => {
      const { user } = requireUser(ctx);
      const account = await db('users').where({ id: user.id }).first('loginMethod');
      ctx.body = {
        user: userView(user),
        csrfToken: ctx.state.session!.csrfToken,
        account: { loginMethod: account.loginMethod },
      };
    },
  });

  defineRoute(router, '', {
    method: 'delete',
    path: '/session',
    summary: 'Se déconnecter',
    tags: ['Session'],
    public: true,
    responses: { 204: { description: 'Déconnecté' } },
    handler: async (ctx) => {
      if (ctx.state.session) await sessions.end(ctx.state.session.id, 'logout');
      clearSessionCookie(ctx, config);
      ctx.status = 204;
    },
  });

  return router;
}
