import Router from '@koa/router';
import type { Context } from 'koa';
import { WithStartWorkflowOperation } from '@temporalio/client';
import {
  ADAPTATION,
  ADAPTATION_STAGE_LABELS,
  ADAPTATION_TYPES,
  ADAPTATION_TYPE_LABELS,
  AUTHORISATION_STATUS_LABELS,
  DOCUMENT_KIND_LABELS,
  adaptationWaitingFor,
  dayFr,
  describeRequest,
  nextDay,
  overlaps,
  requestSpan,
  startOfDayBrussels,
  todayBrussels,
  type AdaptationRequest,
  type AdaptationStage,
  type AuthorisationStatus,
  type DocumentKind,
} from '../../common/adaptation';
import { subregionName } from '../../common/roles';
import { CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS } from '../../common/search-attributes';
import { uuidFrom } from '../../common/node/ids';
import { dayOf, isoOrNull as iso } from '../rows';
import {
  adaptationWorkflow,
  adaptationWorkflowId,
  answer,
  confirmRequest,
  cutShort,
  type AdaptationInput,
  type Exchange,
} from '../../workflows/adaptation';
import { record } from '../ability';
import { recordDenied, recordRead } from '../audit';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, fromWorkflowError, notFound } from '../errors';
import { requireUser } from '../current-user';
import { withinStepDeadline } from '../steps';
import { RecordId, defineRoute, z } from '../define-route';
import { caseQuery, caseSubject } from '../views';
import { idempotencyKey } from '../steps';
import { findReadableProvider, providerSubject } from './providers';

/**
 * « Mon autorisation » (seed chapter 8): the authorisation record with its history and decision
 * letters, and the requests to adapt it, each a durable workflow (`workflows/adaptation.ts`).
 */

const Day = z.iso.date({ error: 'Indiquez une date, par exemple 2027-03-01' });

export const AdaptationBody = z
  .object({
    type: z.enum(ADAPTATION_TYPES),
    lastDay: Day.nullish(),
    from: Day.nullish(),
    to: Day.nullish(),
    reason: z.string().trim().max(1000).nullish(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const today = todayBrussels();
    if (b.type === 'end_of_activity') {
      if (!b.lastDay)
        ctx.addIssue({ code: 'custom', path: ['lastDay'], message: 'Indiquez votre dernier jour d’accueil' });
      else if (b.lastDay < today)
        ctx.addIssue({
          code: 'custom',
          path: ['lastDay'],
          message: 'Le dernier jour ne peut pas être passé',
        });
      return;
    }
    if (!b.from)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'Indiquez le premier jour de la cessation' });
    else if (b.from < today)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'Le premier jour ne peut pas être passé' });
    if (!b.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Indiquez le dernier jour de la cessation' });
    else if (b.from && b.to < b.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Le dernier jour doit suivre le premier' });
    if (!b.reason)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Indiquez le motif de la cessation temporaire',
      });
  })
  .openapi('AdaptationRequest');

const DocumentView = z.object({
  id: z.string(),
  kind: z.string(),
  label: z.string(),
  url: z.string(),
  createdAt: z.string(),
  caseId: z.string().nullable(),
});

const AdaptationView = z
  .object({
    caseId: z.string(),
    status: z.enum(['open', 'closed']),
    stage: z.string(),
    stageLabel: z.string(),
    type: z.string(),
    typeLabel: z.string(),
    request: z.object({
      type: z.string(),
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
        decision: z.string(),
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
type AdaptationView = z.infer<typeof AdaptationView>;

const AuthorisationView = z
  .object({
    providerId: z.string(),
    /** Whose authorisation it is: an agent's page names the childminder. */
    provider: z.object({ id: z.string(), displayName: z.string() }),
    status: z.string(),
    statusLabel: z.string(),
    authorisedOn: z.string().nullable(),
    place: z.string().nullable(),
    capacity: z.number().nullable(),
    history: z.array(
      z.object({
        status: z.string(),
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
const documentUrl = (id: string) => `/api/decision-documents/${id}`;

interface AdaptationDetails {
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

export function authorisationRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();

  async function provider(ctx: Context, id: string, action: 'read' | 'update') {
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

  async function documentDates(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = (await db('decision_documents').whereIn('id', ids).select('id', 'created_at')) as Row[];
    return new Map(rows.map((r) => [String(r.id), iso(r.createdAt)!]));
  }

  async function views(rows: Row[], isProvider: boolean): Promise<AdaptationView[]> {
    const ids = rows.flatMap((r) => ((r.details as AdaptationDetails).documents ?? []).map((d) => d.id));
    const authorIds = [
      ...new Set(
        rows.flatMap((r) =>
          ((r.details as AdaptationDetails).exchanges ?? []).flatMap((e) => (e.authorId ? [e.authorId] : [])),
        ),
      ),
    ];
    const [dates, users] = await Promise.all([
      documentDates(ids),
      authorIds.length
        ? (db('users').whereIn('id', authorIds).select('id', 'display_name') as Promise<Row[]>)
        : Promise.resolve([] as Row[]),
    ]);
    const names = new Map(users.map((u) => [String(u.id), String(u.displayName)]));
    return rows.map((r) => adaptationView(r, dates, isProvider, names));
  }

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
      const { user, ability, row, subject } = await provider(ctx, params.id, 'read');
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
        requests: await views(cases as Row[], isProvider),
      };
    },
  });

  defineRoute(router, '/providers', {
    method: 'post',
    path: '/:id/adaptations',
    summary: 'Demander une adaptation de l’autorisation (fin d’activité, cessation temporaire)',
    tags: ['Autorisation'],
    params: z.object({ id: RecordId() }),
    body: AdaptationBody,
    responses: {
      202: { description: 'Demande enregistrée', schema: z.object({ adaptation: AdaptationView }) },
    },
    handler: async (ctx, { params, body }) => {
      const { user, row } = await provider(ctx, params.id, 'update');
      const requestKey = idempotencyKey(ctx);
      const caseId = uuidFrom('adaptation', params.id, requestKey);
      const request: AdaptationRequest =
        body.type === 'end_of_activity'
          ? { type: body.type, lastDay: body.lastDay }
          : { type: body.type, from: body.from, to: body.to, reason: body.reason };

      // One request per period: checked under a lock on the provider held until the case is on
      // record, so two at once cannot both pass. FOR NO KEY UPDATE lets the workflow's own
      // writes (rows referring to the provider) through, and holds a second request back.
      await db.transaction(async (trx) => {
        await trx('providers').where({ id: params.id }).forNoKeyUpdate().first('id');
        const auth = await trx('authorisations').where({ providerId: params.id }).first('status');
        if (auth?.status === 'withdrawn')
          throw new AppError(
            409,
            'AUTHORISATION_WITHDRAWN',
            'Votre autorisation est retirée : aucune adaptation n’est possible.',
          );
        const others = (await trx('cases')
          .where({ providerId: params.id, procedure: ADAPTATION })
          .whereNot({ id: caseId })
          .select('details', 'status')) as Row[];
        const span = requestSpan(request);
        const clash = others.find((o) => {
          const d = o.details as AdaptationDetails;
          if (d.stage === 'refused' || d.decision?.decision === 'refused') return false;
          if (o.status === 'closed' && d.request.type === 'temporary_cessation') {
            // A cessation already over covers its days up to the reprise only.
            const end = d.resumedEarlyOn ?? nextDay(d.request.to ?? '');
            return overlaps(span, {
              from: d.request.from ?? '',
              to: end < (d.request.to ?? '') ? end : (d.request.to ?? ''),
            });
          }
          return overlaps(span, requestSpan(d.request));
        });
        if (clash)
          throw new AppError(
            409,
            'ADAPTATION_OVERLAP',
            'Une demande couvre déjà cette période : consultez « Mes demandes » ou choisissez d’autres dates.',
          );

        const effective: AdaptationInput['effective'] =
          request.type === 'end_of_activity'
            ? { withdrawAt: startOfDayBrussels(request.lastDay!).toISOString() }
            : {
                suspendAt: startOfDayBrussels(request.from!).toISOString(),
                reactivateAt: startOfDayBrussels(nextDay(request.to!)).toISOString(),
              };
        const input: AdaptationInput = {
          caseId,
          requestKey,
          provider: {
            id: params.id,
            displayName: `${String(row.firstName)} ${String(row.lastName)}`,
            subregionName: subregionName(String(row.subregionCode)),
          },
          requestedBy: { id: user.id, displayName: user.displayName },
          request,
          effective,
          deadlines: {
            review: config.deadlines.adaptationReview,
            answer: config.deadlines.adaptationAnswer,
            answerReminder: config.deadlines.adaptationAnswerReminder,
          },
        };
        try {
          await withinStepDeadline(temporal, config, () =>
            temporal.workflow.executeUpdateWithStart(confirmRequest, {
              args: [{ requestKey }],
              updateId: `confirm-${requestKey}`,
              startWorkflowOperation: new WithStartWorkflowOperation(adaptationWorkflow, {
                taskQueue: config.temporal.taskQueue,
                workflowId: adaptationWorkflowId(params.id, caseId),
                workflowIdConflictPolicy: 'USE_EXISTING',
                args: [input],
                typedSearchAttributes: [
                  { key: CASE_PROCEDURE, value: ADAPTATION },
                  { key: CASE_PROVIDER_ID, value: params.id },
                  { key: CASE_STATUS, value: 'open' },
                ],
              }),
            }),
          );
        } catch (err) {
          throw (
            fromWorkflowError(err, { code: 'CASE_CLOSED', message: 'Cette demande est déjà traitée.' }) ?? err
          );
        }
      });
      const fresh = (await caseQuery(db).where('c.id', caseId).first()) as Row;
      ctx.status = 202;
      ctx.body = { adaptation: (await views([fresh], true))[0] };
    },
  });

  /** An adaptation case the current person may read; `providerOnly` for the provider's own steps. */
  async function adaptationCase(ctx: Context, caseId: string, providerOnly: boolean) {
    const { user, ability } = requireUser(ctx);
    const row = (await caseQuery(db).where('c.id', caseId).where('c.procedure', ADAPTATION).first()) as
      Row | undefined;
    const readable = row && ability.can('read', record('Case', caseSubject(row)));
    const own = row && user.roles.includes('provider') && user.providerId === row.providerId;
    if (!row || !readable || (providerOnly && !own)) {
      await recordDenied(ctx, {
        subjectType: 'Case',
        subjectId: caseId,
        providerId: row ? String(row.providerId) : null,
        caseId: row ? caseId : null,
        fields: [],
      });
      if (row && readable) throw forbidden();
      throw notFound('Cette demande');
    }
    return { user, row, own: Boolean(own) };
  }

  const CaseParams = z.object({ caseId: z.uuid() });

  defineRoute(router, '/adaptations', {
    method: 'get',
    path: '/:caseId',
    summary: 'Une demande d’adaptation de l’autorisation',
    tags: ['Autorisation'],
    params: CaseParams,
    responses: { 200: { description: 'Demande', schema: z.object({ adaptation: AdaptationView }) } },
    handler: async (ctx, { params }) => {
      const { row, own } = await adaptationCase(ctx, params.caseId, false);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { adaptation: (await views([row], own))[0] };
    },
  });

  async function step(ctx: Context, caseId: string, send: (workflowId: string) => Promise<unknown>) {
    const { row } = await adaptationCase(ctx, caseId, true);
    try {
      await withinStepDeadline(temporal, config, () => send(String(row.workflowId)));
    } catch (err) {
      throw (
        fromWorkflowError(err, { code: 'CASE_CLOSED', message: 'Cette demande est déjà traitée.' }) ?? err
      );
    }
    const fresh = (await caseQuery(db).where('c.id', caseId).first()) as Row;
    ctx.body = { adaptation: (await views([fresh], true))[0] };
  }

  defineRoute(router, '/adaptations', {
    method: 'post',
    path: '/:caseId/answer',
    summary: 'Répondre aux questions du ou de la référent·e accueil',
    tags: ['Autorisation'],
    params: CaseParams,
    body: z
      .object({ text: z.string().trim().min(1).max(2000) })
      .strict()
      .openapi('AdaptationAnswer'),
    responses: { 200: { description: 'Réponse envoyée', schema: z.object({ adaptation: AdaptationView }) } },
    handler: async (ctx, { params, body }) => {
      const { user } = requireUser(ctx);
      const key = idempotencyKey(ctx);
      await step(ctx, params.caseId, (workflowId) =>
        temporal.workflow.getHandle(workflowId).executeUpdate(answer, {
          args: [{ requestKey: key, text: body.text, actor: { id: user.id, displayName: user.displayName } }],
          updateId: `answer-${key}`,
        }),
      );
    },
  });

  defineRoute(router, '/adaptations', {
    method: 'post',
    path: '/:caseId/cut-short',
    summary: 'Reprendre l’accueil plus tôt que prévu (écourter une cessation temporaire acceptée)',
    tags: ['Autorisation'],
    params: CaseParams,
    body: z.object({ resumeOn: Day }).strict().openapi('AdaptationCutShort'),
    responses: {
      200: { description: 'Reprise enregistrée', schema: z.object({ adaptation: AdaptationView }) },
    },
    handler: async (ctx, { params, body }) => {
      const { user } = requireUser(ctx);
      if (body.resumeOn <= todayBrussels())
        throw new AppError(400, 'VALIDATION_FAILED', 'La date de reprise doit être dans le futur.', [
          { path: 'resumeOn', message: 'Choisissez un jour à partir de demain' },
        ]);
      await step(ctx, params.caseId, (workflowId) =>
        temporal.workflow.getHandle(workflowId).executeUpdate(cutShort, {
          args: [
            {
              resumeOn: body.resumeOn,
              reactivateAt: startOfDayBrussels(body.resumeOn).toISOString(),
              actor: { id: user.id, displayName: user.displayName },
            },
          ],
          updateId: `cut-short-${body.resumeOn}`,
        }),
      );
    },
  });

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
