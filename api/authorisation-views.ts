import type { Context } from 'koa';
import type { Knex } from 'knex';
import {
  ADAPTATION_STAGES,
  ADAPTATION_STAGE_LABELS,
  ADAPTATION_TYPES,
  ADAPTATION_TYPE_LABELS,
  DOCUMENT_KIND_LABELS,
  REVIEW_DECISIONS,
  adaptationWaitingFor,
  dayFr,
  describeRequest,
  nextDay,
  todayBrussels,
  type AdaptationRequest,
  type AdaptationStage,
  type DocumentKind,
} from '../common/adaptation';
import type { Exchange } from '../workflows/adaptation';
import { recordDenied } from './audit';
import { forbidden } from './errors';
import { isoOrNull as iso } from './rows';
import { z } from './define-route';
import { findReadableProvider } from './provider-access';

/**
 * What the « Mon autorisation » routes share (seed chapter 8): who may read or ask for a change
 * of a provider's authorisation, her decision letters, and a request to adapt it as it reads.
 */

export const DocumentView = z.object({
  id: z.string(),
  kind: z.string(),
  label: z.string(),
  url: z.string(),
  createdAt: z.string(),
  caseId: z.string().nullable(),
});

export const AdaptationView = z
  .object({
    caseId: z.string(),
    status: z.enum(['open', 'closed']),
    stage: z.enum(ADAPTATION_STAGES),
    stageLabel: z.string(),
    type: z.enum(ADAPTATION_TYPES),
    typeLabel: z.string(),
    request: z.object({
      type: z.enum(ADAPTATION_TYPES),
      lastDay: z.string().nullable(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      reason: z.string().nullable(),
    }),
    summary: z.string(),
    provider: z.object({ id: z.string(), displayName: z.string() }),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    question: z.string().nullable(),
    exchanges: z.array(
      z.object({ at: z.string(), from: z.enum(['agent', 'provider']), author: z.string(), text: z.string() }),
    ),
    waitingFor: z.string().nullable(),
    decision: z
      .object({
        decision: z.enum(REVIEW_DECISIONS),
        label: z.string(),
        comment: z.string().nullable(),
        decidedAt: z.string(),
      })
      .nullable(),
    documents: z.array(DocumentView),
    canAnswer: z.boolean(),
    canCutShort: z.boolean(),
    resumedEarlyOn: z.string().nullable(),
  })
  .openapi('Adaptation');
export type AdaptationView = z.infer<typeof AdaptationView>;

type Row = Record<string, unknown>;
export const documentUrl = (id: string) => `/api/decision-documents/${id}`;

export interface AdaptationDetails {
  request: AdaptationRequest;
  stage: AdaptationStage;
  question: string | null;
  exchanges: Exchange[];
  documents: Array<{ id: string; kind: DocumentKind }>;
  decision: { decision: 'accepted' | 'refused'; comment: string | null; decidedAt: string } | null;
  resumedEarlyOn: string | null;
  effective: { reactivateAt?: string | null };
}

export function adaptationView(
  row: Row,
  createdAt: Map<string, string>,
  isProvider: boolean,
  names: Map<string, string> = new Map(),
): AdaptationView {
  const d = row.details as AdaptationDetails;
  const request = d.request;
  const status = row.status as 'open' | 'closed';
  const resumeOn = d.resumedEarlyOn ?? (request.to ? nextDay(request.to) : null);
  return {
    caseId: String(row.id),
    status,
    stage: d.stage,
    stageLabel: ADAPTATION_STAGE_LABELS[d.stage] ?? d.stage,
    type: request.type,
    typeLabel: ADAPTATION_TYPE_LABELS[request.type],
    request: {
      type: request.type,
      lastDay: request.lastDay ?? null,
      from: request.from ?? null,
      to: request.to ?? null,
      reason: request.reason ?? null,
    },
    summary: describeRequest(request, dayFr),
    provider: {
      id: String(row.providerId),
      displayName: `${String(row.providerFirstName)} ${String(row.providerLastName)}`,
    },
    openedAt: iso(row.openedAt)!,
    closedAt: iso(row.closedAt),
    question: d.question ?? null,
    // The référent·e's questions carry the name of who asked them, as her letters do.
    exchanges: (d.exchanges ?? []).map(({ at, from, author, authorId, text }) => {
      const name = from === 'agent' && authorId ? names.get(authorId) : undefined;
      return { at, from, author: name ? `${name}, référent·e accueil` : author, text };
    }),
    waitingFor: status === 'open' ? adaptationWaitingFor(d.stage, request) : null,
    decision: d.decision
      ? {
          decision: d.decision.decision,
          label: d.decision.decision === 'accepted' ? 'Demande acceptée' : 'Demande refusée',
          comment: d.decision.comment,
          decidedAt: d.decision.decidedAt,
        }
      : null,
    documents: (d.documents ?? []).map((doc) => ({
      id: doc.id,
      kind: doc.kind,
      label: DOCUMENT_KIND_LABELS[doc.kind],
      url: documentUrl(doc.id),
      createdAt: createdAt.get(doc.id) ?? iso(row.updatedAt) ?? iso(row.openedAt)!,
      caseId: String(row.id),
    })),
    canAnswer: isProvider && status === 'open' && d.stage === 'waiting_provider',
    canCutShort:
      isProvider &&
      status === 'open' &&
      request.type === 'temporary_cessation' &&
      d.decision?.decision === 'accepted' &&
      resumeOn !== null &&
      resumeOn > todayBrussels(),
    resumedEarlyOn: d.resumedEarlyOn ?? null,
  };
}

/** The provider, if this person may read her authorisation (`update`: ask for an adaptation). */
export async function authorisationProvider(db: Knex, ctx: Context, id: string, action: 'read' | 'update') {
  const {
    user,
    ability,
    provider: row,
    subject,
  } = await findReadableProvider(db, ctx, id, 'Authorisation', []);
  if (action === 'update' && !ability.can('update', subject, 'adaptations')) {
    await recordDenied(ctx, {
      subjectType: 'Authorisation',
      subjectId: id,
      providerId: id,
      fields: ['adaptations'],
      reason: 'Demande réservée à l’accueillant·e',
    });
    throw forbidden();
  }
  return { user, ability, row, subject };
}

async function documentDates(db: Knex, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = (await db('decision_documents').whereIn('id', ids).select('id', 'created_at')) as Row[];
  return new Map(rows.map((r) => [String(r.id), iso(r.createdAt)!]));
}

/** Requests to adapt an authorisation as they read, with the dates of their letters and who asked. */
export async function adaptationViews(db: Knex, rows: Row[], isProvider: boolean): Promise<AdaptationView[]> {
  const ids = rows.flatMap((r) => ((r.details as AdaptationDetails).documents ?? []).map((d) => d.id));
  const authorIds = [
    ...new Set(
      rows.flatMap((r) =>
        ((r.details as AdaptationDetails).exchanges ?? []).flatMap((e) => (e.authorId ? [e.authorId] : [])),
      ),
    ),
  ];
  const [dates, users] = await Promise.all([
    documentDates(db, ids),
    authorIds.length
      ? (db('users').whereIn('id', authorIds).select('id', 'display_name') as Promise<Row[]>)
      : Promise.resolve([] as Row[]),
  ]);
  const names = new Map(users.map((u) => [String(u.id), String(u.displayName)]));
  return rows.map((r) => adaptationView(r, dates, isProvider, names));
}
