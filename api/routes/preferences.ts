import Router from '@koa/router';
import { FLASH_ACCUEIL, FLASH_ACCUEIL_LABELS } from '../../common/signaletique';
import { recordChange } from '../audit';
import type { ApiDeps } from '../deps';
import { forbidden } from '../errors';
import { requireUser } from '../current-user';
import { defineRoute, z } from '../define-route';
import { editableSignaletique } from '../signaletique-view';

/** « Mes préférences » (seed chapter 7): how the childminder receives the Flash accueil. */

const Preferences = z.object({
  flashAccueil: z.enum(FLASH_ACCUEIL).nullable(),
  label: z.string().nullable(),
});

type Row = Record<string, unknown>;

export function preferenceRoutes({ db }: ApiDeps): Router {
  const router = new Router();

  defineRoute(router, '/me', {
    method: 'get',
    path: '/preferences',
    summary: 'Mes préférences : recevoir le Flash accueil',
    tags: ['Accueillant·e'],
    responses: { 200: { description: 'Préférences', schema: Preferences } },
    handler: async (ctx) => {
      const { user } = requireUser(ctx);
      if (!user.providerId || !user.roles.includes('provider')) throw forbidden();
      const row = (await db('providers').where({ id: user.providerId }).first('flash_accueil')) as Row;
      const value = (row.flashAccueil as (typeof FLASH_ACCUEIL)[number] | null) ?? null;
      ctx.body = { flashAccueil: value, label: value ? FLASH_ACCUEIL_LABELS[value] : null };
    },
  });
  defineRoute(router, '/me', {
    method: 'put',
    path: '/preferences',
    summary: 'Mes préférences : choisir comment recevoir le Flash accueil',
    tags: ['Accueillant·e'],
    body: z
      .object({ flashAccueil: z.enum(FLASH_ACCUEIL) })
      .strict()
      .openapi('PreferencesInput'),
    responses: { 200: { description: 'Préférences enregistrées', schema: Preferences } },
    handler: async (ctx, { body }) => {
      const { user } = requireUser(ctx);
      if (!user.providerId || !user.roles.includes('provider')) throw forbidden();
      await editableSignaletique(db, ctx, user.providerId, 'preferences');
      const row = (await db('providers').where({ id: user.providerId }).first('flash_accueil')) as Row;
      if (row.flashAccueil !== body.flashAccueil) {
        await db.transaction(async (trx) => {
          await trx('providers').where({ id: user.providerId }).update({ flashAccueil: body.flashAccueil });
          await recordChange(
            ctx,
            {
              subjectType: 'Signaletique',
              subjectId: user.providerId,
              providerId: user.providerId,
              changes: { flashAccueil: { old: row.flashAccueil ?? null, new: body.flashAccueil } },
            },
            trx,
          );
        });
      }
      ctx.body = { flashAccueil: body.flashAccueil, label: FLASH_ACCUEIL_LABELS[body.flashAccueil] };
    },
  });

  return router;
}
