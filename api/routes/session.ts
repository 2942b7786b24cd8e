import Router from '@koa/router';
import { ROLE_LABELS, subregionName } from '../../common/roles';
import type { CurrentUser } from '../ability';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors';
import { clearSession, findUser, requireUser, setSession } from '../session';
import { defineRoute, z } from '../validation';

const UserView = z
  .object({
    id: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    roleLabels: z.array(z.string()),
    providerId: z.string().nullable(),
    subregion: z.object({ code: z.string(), name: z.string() }).nullable(),
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
  };
}

/** Demo login: pick a seeded person. Real authentication replaces these routes, not their callers. */
export function sessionRoutes({ db, config }: ApiDeps): Router {
  const router = new Router();
  const prefix = '';

  defineRoute(router, prefix, {
    method: 'get',
    path: '/demo-accounts',
    public: true,
    summary: 'Comptes de démonstration',
    tags: ['Session'],
    responses: { 200: { description: 'Comptes', schema: z.object({ accounts: z.array(UserView) }) } },
    handler: async (ctx) => {
      if (!config.demoLogin)
        throw new AppError(404, 'DEMO_LOGIN_DISABLED', 'La connexion de démonstration est désactivée.');
      const rows = (await db('users')
        .orderBy('id')
        .select('id', 'display_name', 'roles', 'subregion_code', 'provider_id')) as CurrentUser[];
      const order = (u: CurrentUser) =>
        u.roles.includes('provider') ? 0 : u.roles.includes('supervisor') ? 2 : 1;
      rows.sort((a, b) => order(a) - order(b) || a.displayName.localeCompare(b.displayName, 'fr'));
      ctx.body = { accounts: rows.map(userView) };
    },
  });

  defineRoute(router, prefix, {
    method: 'post',
    path: '/session',
    public: true,
    summary: 'Se connecter (démonstration)',
    tags: ['Session'],
    body: z.object({ userId: z.string().min(1).max(100) }).strict(),
    responses: { 200: { description: 'Connecté', schema: z.object({ user: UserView }) } },
    handler: async (ctx, { body }) => {
      if (!config.demoLogin)
        throw new AppError(404, 'DEMO_LOGIN_DISABLED', 'La connexion de démonstration est désactivée.');
      const user = await findUser(db, body.userId);
      if (!user) throw new AppError(400, 'UNKNOWN_ACCOUNT', 'Ce compte n’existe pas.');
      setSession(ctx, user.id, config.env === 'production');
      ctx.body = { user: userView(user) };
    },
  });

  defineRoute(router, prefix, {
    method: 'get',
    path: '/session',
    summary: 'La personne connectée',
    tags: ['Session'],
    responses: { 200: { description: 'Connecté', schema: z.object({ user: UserView }) } },
    handler: async (ctx) => {
      const { user } = requireUser(ctx);
      ctx.body = { user: userView(user) };
    },
  });

  defineRoute(router, prefix, {
    method: 'delete',
    path: '/session',
    public: true,
    summary: 'Se déconnecter',
    tags: ['Session'],
    responses: { 204: { description: 'Déconnecté' } },
    handler: async (ctx) => {
      clearSession(ctx);
      ctx.status = 204;
    },
  });

  return router;
}
