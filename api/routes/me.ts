import { PROCEDURE as BILAN } from '../../common/bilan';
import Router from '@koa/router';
import { BADGE_LABEL, PROCEDURE } from '../../common/cessation-risk';
import { subregionName } from '../../common/roles';
import { record } from '../ability';
import type { ApiDeps } from '../deps';
import { forbidden } from '../errors';
import { requireUser } from '../current-user';
import { CaseSummary, NotificationView, caseQuery, caseSummary } from '../views';
import { defineRoute, z } from '../define-route';
import { notificationView } from '../notification-view';

const Home = z.object({
  provider: z.object({
    id: z.string(),
    displayName: z.string(),
    subregion: z.object({ code: z.string(), name: z.string() }),
    city: z.string(),
  }),
  badges: z.array(z.object({ code: z.string(), label: z.string() })),
  openCessationRiskCase: CaseSummary.nullable(),
  lastClosedCessationRiskCase: CaseSummary.nullable(),
  notifications: z.array(NotificationView),
});

/** The provider's own pages: home and « Mes demandes ». */
export function meRoutes({ db }: ApiDeps): Router {
  const router = new Router();

  function providerOf(ctx: Parameters<typeof requireUser>[0]): string {
    const { user, ability } = requireUser(ctx);
    if (!user.providerId || !ability.can('read', record('Provider', { id: user.providerId })))
      throw forbidden();
    return user.providerId;
  }

  defineRoute(router, '/me', {
    method: 'get',
    path: '/home',
    summary: 'Page d’accueil de l’accueillant·e',
    tags: ['Accueillant·e'],
    responses: { 200: { description: 'Accueil', schema: Home } },
    handler: async (ctx) => {
      const providerId = providerOf(ctx);
      const provider = await db('providers').where({ id: providerId }).first();
      const cases: CaseSummary[] = (
        await caseQuery(db)
          .where({ 'c.provider_id': providerId, 'c.procedure': PROCEDURE })
          .orderBy('c.opened_at', 'desc')
          .limit(20)
      ).map(caseSummary);
      const open = cases.find((c) => c.status === 'open') ?? null;
      const lastClosed = cases.find((c) => c.status === 'closed') ?? null;
      const notifications = await db('notifications')
        .where({ provider_id: providerId })
        .orderBy('created_at', 'desc')
        .limit(20);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        provider: {
          id: provider.id,
          displayName: `${provider.firstName} ${provider.lastName}`,
          subregion: { code: provider.subregionCode, name: subregionName(provider.subregionCode) },
          city: provider.city,
        },
        badges: open ? [{ code: 'cessation_risk_reported', label: BADGE_LABEL }] : [],
        openCessationRiskCase: open,
        lastClosedCessationRiskCase: lastClosed,
        notifications: notifications.map(notificationView),
      };
    },
  });

  defineRoute(router, '/me', {
    method: 'get',
    path: '/cases',
    summary: 'Mes demandes',
    tags: ['Accueillant·e'],
    responses: { 200: { description: 'Demandes', schema: z.object({ cases: z.array(CaseSummary) }) } },
    handler: async (ctx) => {
      const providerId = providerOf(ctx);
      // Requests the provider made; bilans have their own page (« Mes bilans »).
      const rows = await caseQuery(db)
        .where('c.provider_id', providerId)
        .whereNot('c.procedure', BILAN)
        .orderBy('c.opened_at', 'desc')
        .limit(200);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { cases: rows.map(caseSummary) };
    },
  });

  return router;
}
