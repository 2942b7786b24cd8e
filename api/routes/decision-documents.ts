import Router from '@koa/router';
import { recordDenied, recordRead } from '../audit';
import type { ApiDeps } from '../deps';
import { notFound } from '../errors';
import { requireUser } from '../current-user';
import { defineRoute, z } from '../define-route';
import { providerSubject } from '../provider-access';

/** The decision letters (PDF) of « Mon autorisation », for the provider and the agents who may see them. */

type Row = Record<string, unknown>;

export function decisionDocumentRoutes({ db }: ApiDeps): Router {
  const router = new Router();

  defineRoute(router, '/decision-documents', {
    method: 'get',
    path: '/:id',
    summary: 'Une lettre de décision (PDF), pour l’accueillant·e et les agents qui peuvent la voir',
    tags: ['Autorisation'],
    params: z.object({ id: z.uuid() }),
    responses: { 200: { description: 'Le PDF' } },
    handler: async (ctx, { params }) => {
      const { ability } = requireUser(ctx);
      const doc = (await db('decision_documents as d')
        .join('providers as p', 'p.id', 'd.provider_id')
        .where('d.id', params.id)
        .first('d.*', 'p.subregion_code', 'p.agent_conseil_id')) as Row | undefined;
      const subject = doc
        ? providerSubject({
            id: String(doc.providerId),
            subregionCode: String(doc.subregionCode),
            agentConseilId: (doc.agentConseilId as string | null) ?? null,
          })
        : null;
      if (!doc || !subject || !ability.can('read', subject)) {
        await recordDenied(ctx, {
          subjectType: 'DecisionDocument',
          subjectId: params.id,
          providerId: doc ? String(doc.providerId) : null,
          fields: [],
        });
        throw notFound('Ce document');
      }
      await recordRead(ctx, {
        subjectType: 'DecisionDocument',
        subjectId: params.id,
        providerId: String(doc.providerId),
        caseId: (doc.caseId as string | null) ?? null,
        fields: [],
      });
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.set('Content-Security-Policy', "default-src 'none'");
      ctx.set(
        'Content-Disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(`${String(doc.title)}.pdf`)}`,
      );
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = doc.content as Buffer;
    },
  });

  return router;
}
