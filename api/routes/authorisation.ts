import Router from '@koa/router';
import {
  ADAPTATION,
  AUTHORISATION_STATUSES,
  AUTHORISATION_STATUS_LABELS,
  DOCUMENT_KIND_LABELS,
  type AuthorisationStatus,
  type DocumentKind,
} from '../../common/adaptation';
import { dayOf, isoOrNull as iso } from '../rows';
import { recordRead } from '../audit';
import type { ApiDeps } from '../deps';
import { RecordId, defineRoute, z } from '../define-route';
import { caseQuery } from '../views';
import {
  AdaptationView,
  DocumentView,
  adaptationViews,
  authorisationProvider,
  documentUrl,
} from '../authorisation-views';

/**
 * « Mon autorisation » (seed chapter 8): the authorisation record with its history and decision
 * letters. The requests to adapt it (adaptations.ts) are each a durable workflow
 * (`workflows/adaptation.ts`); the letters are served by decision-documents.ts.
 */

const AuthorisationView = z
  .object({
    providerId: z.string(),
    /** Whose authorisation it is: an agent's page names the childminder. */
    provider: z.object({ id: z.string(), displayName: z.string() }),
    status: z.enum(AUTHORISATION_STATUSES),
    statusLabel: z.string(),
    authorisedOn: z.string().nullable(),
    place: z.string().nullable(),
    capacity: z.number().nullable(),
    history: z.array(
      z.object({
        status: z.enum(AUTHORISATION_STATUSES),
        statusLabel: z.string(),
        effectiveOn: z.string(),
        at: z.string(),
        caseId: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
    documents: z.array(DocumentView),
    canRequest: z.boolean(),
  })
  .openapi('Authorisation');

type Row = Record<string, unknown>;

export function authorisationRoutes({ db }: ApiDeps): Router {
  const router = new Router();

  defineRoute(router, '/providers', {
    method: 'get',
    path: '/:id/authorisation',
    summary: 'Mon autorisation : statut, date, lieu, capacité, historique, décisions et demandes',
    tags: ['Autorisation'],
    params: z.object({ id: RecordId() }),
    responses: {
      200: {
        description: 'Autorisation',
        schema: z.object({ authorisation: AuthorisationView, requests: z.array(AdaptationView) }),
      },
    },
    handler: async (ctx, { params }) => {
      const { user, ability, row, subject } = await authorisationProvider(db, ctx, params.id, 'read');
      const [auth, history, documents, cases] = await Promise.all([
        db('authorisations').where({ providerId: params.id }).first(),
        db('authorisation_events').where({ providerId: params.id }).orderBy('at', 'desc').limit(100),
        db('decision_documents')
          .where({ providerId: params.id })
          .orderBy('created_at', 'desc')
          .select('id', 'kind', 'title', 'case_id', 'created_at'),
        caseQuery(db)
          .where('c.provider_id', params.id)
          .where('c.procedure', ADAPTATION)
          .orderBy('c.opened_at', 'desc'),
      ]);
      const status = ((auth?.status as AuthorisationStatus | undefined) ?? 'granted') as AuthorisationStatus;
      const isProvider = user.providerId === params.id;
      await recordRead(ctx, {
        subjectType: 'Authorisation',
        subjectId: params.id,
        providerId: params.id,
        fields: [],
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        authorisation: {
          providerId: params.id,
          provider: { id: params.id, displayName: `${row.firstName} ${row.lastName}` },
          status,
          statusLabel: AUTHORISATION_STATUS_LABELS[status],
          authorisedOn: dayOf(auth?.authorisedOn),
          place:
            (auth?.place as string | null | undefined) ??
            (row.city ? `${String(row.postcode ?? '')} ${String(row.city)}`.trim() : null),
          capacity: (auth?.capacity as number | null | undefined) ?? (row.capacity as number | null) ?? null,
          history: (history as Row[]).map((h) => ({
            status: String(h.status),
            statusLabel: AUTHORISATION_STATUS_LABELS[h.status as AuthorisationStatus] ?? String(h.status),
            effectiveOn: dayOf(h.effectiveOn)!,
            at: iso(h.at)!,
            caseId: (h.caseId as string | null) ?? null,
            note: (h.note as string | null) ?? null,
          })),
          documents: (documents as Row[]).map((doc) => ({
            id: String(doc.id),
            kind: String(doc.kind),
            label: DOCUMENT_KIND_LABELS[doc.kind as DocumentKind] ?? String(doc.title),
            url: documentUrl(String(doc.id)),
            createdAt: iso(doc.createdAt)!,
            caseId: (doc.caseId as string | null) ?? null,
          })),
          canRequest: status !== 'withdrawn' && ability.can('update', subject, 'adaptations'),
        },
        requests: await adaptationViews(db, cases as Row[], isProvider),
      };
    },
  });

  return router;
}
