import Router from '@koa/router';
import { subregionName } from '../../common/roles';
import type { ApiDeps } from '../deps';
import { accessibleWhere } from '../ability';
import { forbidden } from '../errors';
import { requireUser } from '../current-user';
import { NotificationView } from '../views';
import { notificationView } from '../notification-view';
import { defineRoute, z } from '../define-route';

/** Providers in the person's scope (for filters) and the notifications addressed to them. */
export function directoryRoutes({ db }: ApiDeps): Router {
  const router = new Router();

  defineRoute(router, '', {
    method: 'get',
    path: '/providers',
    summary: 'Accueillant·e·s de mon périmètre',
    tags: ['Agents'],
    responses: {
      200: {
        description: 'Accueillant·e·s',
        schema: z.object({
          providers: z.array(
            z.object({
              id: z.string(),
              displayName: z.string(),
              subregion: z.object({ code: z.string(), name: z.string() }),
            }),
          ),
        }),
      },
    },
    handler: async (ctx) => {
      const { ability } = requireUser(ctx);
      if (!ability.can('read', 'Provider')) throw forbidden();
      const rows = await db('providers as p')
        .modify(
          accessibleWhere(ability, 'read', 'Provider', {
            id: 'p.id',
            subregionCode: 'p.subregion_code',
            agentConseilId: 'p.agent_conseil_id',
          }),
        )
        .orderBy(['p.last_name', 'p.first_name'])
        .limit(1000);
      ctx.body = {
        providers: rows.map(
          (p: { id: string; firstName: string; lastName: string; subregionCode: string }) => ({
            id: p.id,
            displayName: `${p.firstName} ${p.lastName}`,
            subregion: { code: p.subregionCode, name: subregionName(p.subregionCode) },
          }),
        ),
      };
    },
  });

  defineRoute(router, '', {
    method: 'get',
    path: '/notifications',
    summary: 'Mes notifications',
    tags: ['Session'],
    responses: {
      200: { description: 'Notifications', schema: z.object({ notifications: z.array(NotificationView) }) },
    },
    handler: async (ctx) => {
      const { ability } = requireUser(ctx);
      const rows = await db('notifications as n')
        .leftJoin('cases as c', 'c.id', 'n.case_id')
        .leftJoin('providers as p', 'p.id', 'c.provider_id')
        .select('n.*')
        .modify(
          accessibleWhere(ability, 'read', 'Notification', {
            providerId: 'n.provider_id',
            recipientRole: 'n.recipient_role',
            recipientUserId: 'n.recipient_user_id',
            subregionCode: 'p.subregion_code',
            agentConseilId: 'p.agent_conseil_id',
          }),
        )
        .orderBy('n.created_at', 'desc')
        .limit(50);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { notifications: rows.map(notificationView) };
    },
  });

  return router;
}
