import Router from '@koa/router';
import type { ApiDeps } from '../deps';
import { clearSessionCookie, createSessions } from '../auth/sessions';
import { requireUser } from '../current-user';
import { defineRoute, z } from '../define-route';
import { UserView, userView } from '../user-view';

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
