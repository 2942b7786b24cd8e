import Router from '@koa/router';
import { record } from '../ability';
import { recordDenied, recordRead } from '../audit';
import type { ApiDeps } from '../deps';
import { notFound } from '../errors';
import { serveFile } from '../files';
import { requireUser } from '../current-user';
import { defineRoute, z } from '../define-route';

/** Files (bank statement, photo, pedagogical project), served only to who may see them. */

type Row = Record<string, unknown>;

export function fileRoutes({ db }: ApiDeps): Router {
  const router = new Router();

  defineRoute(router, '/files', {
    method: 'get',
    path: '/:id',
    summary: 'Un document (relevé bancaire, photo, projet pédagogique), pour qui peut le voir',
    tags: ['Signalétique'],
    params: z.object({ id: z.uuid() }),
    responses: { 200: { description: 'Le fichier' } },
    handler: async (ctx, { params }) => {
      const { ability } = requireUser(ctx);
      const file = (await db('files as f')
        .join('providers as p', 'p.id', 'f.provider_id')
        .where('f.id', params.id)
        .first('f.*', 'p.subregion_code', 'p.agent_conseil_id')) as Row | undefined;
      if (!file || Number(file.size) === 0) throw notFound('Ce document');
      const subject = record('File', {
        providerId: file.providerId,
        purpose: file.purpose,
        subregionCode: file.subregionCode,
        agentConseilId: file.agentConseilId,
      });
      if (!ability.can('read', subject)) {
        await recordDenied(ctx, {
          subjectType: 'File',
          subjectId: params.id,
          providerId: String(file.providerId),
          fields: [String(file.purpose)],
        });
        throw notFound('Ce document');
      }
      if (file.purpose === 'rib')
        await recordRead(ctx, {
          subjectType: 'File',
          subjectId: params.id,
          providerId: String(file.providerId),
          fields: ['bankStatement'],
        });
      serveFile(ctx, file);
    },
  });

  return router;
}
