import Router from '@koa/router';
import type { Context } from 'koa';
import { WithStartWorkflowOperation, WorkflowFailedError } from '@temporalio/client';
import {
  ACTE,
  ACTE_AMOUNT_PER_PLACE_CENTS,
  ACTE_QUESTION,
  ACTE_SCHEME,
  PAYMENT_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  QUESTION_MAX,
  acteAmountCents,
  schemeYearLabel,
  type PaymentStatus,
  type PlanStatus,
} from '../../common/acte';
import {
  DIAGNOSIS_VALUES,
  REVIEW_STATUSES,
  STATE_OF_PLAY_MAX,
  checkPlanForSubmit,
  emptyPlan,
  isActionId,
  isQuestionId,
  type PlanContentValue,
} from '../../common/acte-plan';
import { ACTE_AXIS_IDS, ACTE_EXPLANATORY } from '../../common/acte-content';
import { CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS } from '../../common/search-attributes';
import { uuidFrom } from '../../common/node/ids';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { todayBrussels } from '../../common/adaptation';
import { acteFacts } from '../../activities/acte';
import { renderTextDocument } from '../../activities/decision-letter';
import {
  acteQuestionWorkflow,
  acteQuestionWorkflowId,
  acteWorkflow,
  acteWorkflowId,
  confirmCharter,
  confirmQuestion,
  paymentBatchWorkflow,
  paymentBatchWorkflowId,
  submitPlan,
  submitReview,
  type ActeDetails,
  type ActeInput,
  type ActeQuestionInput,
  type PaymentBatchResult,
} from '../../workflows/acte';
import { record } from '../ability';
import { recordChange, recordDenied, recordRead } from '../audit';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, fromWorkflowError, notFound } from '../errors';
import { requireUser } from '../current-user';
import { withinStepDeadline } from '../steps';
import { RecordId, defineRoute, z } from '../define-route';
import { dayOf, isoOrNull as iso } from '../rows';
import { idempotencyKey } from '../steps';
import { findReadableProvider } from './providers';

/**
 * ACTE, « accueil en transition écologique » (seed chapter 14): the charter, the action plan,
 * the questions to the ACTE team, « Mes subsides », and the payment batches of the agents
 * subsides. Steps go to the provider's ACTE workflow (`workflows/acte.ts`); drafts are rows.
 */

type Row = Record<string, unknown>;

/** How many payments « Paiements » lists per state, the most urgent first. */
const PAYMENTS_LISTED = 200;

/** A plan as drafted: anything may still be missing, but nothing may be unknown. */
const PlanContent = z
  .object({
    stateOfPlay: z.string().max(STATE_OF_PLAY_MAX),
    themes: z.array(z.enum(ACTE_AXIS_IDS)).max(ACTE_AXIS_IDS.length),
    diagnosis: z.record(
      z.string().refine(isQuestionId, { message: 'Question inconnue' }),
      z.enum(DIAGNOSIS_VALUES),
    ),
    actions: z
      .array(z.string().refine(isActionId, { message: 'Action inconnue du catalogue' }))
      .max(200)
      .refine((a) => new Set(a).size === a.length, { message: 'Une action est choisie deux fois' }),
  })
  .strict()
  .openapi('ActePlan');

const PlanReview = z
  .object({
    actions: z.record(z.string().max(50), z.enum(REVIEW_STATUSES)),
    comment: z.string().trim().max(2000).nullable(),
  })
  .strict()
  .openapi('ActePlanReviewContent');

const PaymentView = z
  .object({
    id: z.string(),
    scheme: z.string(),
    label: z.string(),
    year: z.number(),
    places: z.number(),
    amountCents: z.number(),
    status: z.enum(['waiting_bank_details', 'ready', 'released']),
    statusLabel: z.string(),
    dueAt: z.string(),
    paidOn: z.string().nullable(),
    overdue: z.boolean(),
  })
  .openapi('SubsidyPayment');

const PlanView = z.object({
  year: z.number(),
  status: z.enum(['none', 'draft', 'submitted', 'changes_requested', 'validated']),
  statusLabel: z.string(),
  content: PlanContent,
  comment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  editable: z.boolean(),
});

const ActeView = z
  .object({
    provider: z.object({ id: z.string(), displayName: z.string() }),
    eligibility: z.object({ eligible: z.boolean(), reason: z.string().nullable() }),
    places: z.number().nullable(),
    amountPerPlaceCents: z.number(),
    expectedAmountCents: z.number().nullable(),
    charter: z.object({ signedAt: z.string(), signedBy: z.string() }).nullable(),
    caseId: z.string().nullable(),
    caseStatus: z.enum(['open', 'closed']).nullable(),
    year: z.object({ number: z.number(), label: z.string(), start: z.string(), end: z.string() }).nullable(),
    payment: PaymentView.nullable(),
    /** Whether validated bank details exist (what a waiting subsidy needs); never the account. */
    bankDetails: z.enum(['approved', 'pending', 'missing']),
    atRisk: z.string().nullable(),
    escalated: z.boolean(),
    plan: PlanView.nullable(),
    review: z
      .object({ year: z.number(), plan: PlanContent, done: z.boolean(), review: PlanReview.nullable() })
      .nullable(),
    previousYears: z.array(
      z.object({
        year: z.number(),
        label: z.string(),
        eligible: z.boolean(),
        amountCents: z.number().nullable(),
        paidOn: z.string().nullable(),
        planStatus: z.string(),
        planStatusLabel: z.string(),
      }),
    ),
    canSign: z.boolean(),
    canAct: z.boolean(),
  })
  .openapi('Acte');
type ActeView = z.infer<typeof ActeView>;

function paymentView(p: Row): z.infer<typeof PaymentView> {
  const status = p.status as PaymentStatus;
  const dueAt = iso(p.dueAt)!;
  return {
    id: String(p.id),
    scheme: String(p.scheme),
    label: `Subside ACTE – année ${String(p.year)}`,
    year: Number(p.year),
    places: Number(p.places),
    amountCents: Number(p.amountCents),
    status,
    statusLabel: PAYMENT_STATUS_LABELS[status],
    dueAt,
    paidOn: dayOf(p.paidOn),
    overdue: status !== 'released' && Date.parse(dueAt) < Date.now(),
  };
}

export function acteRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);

  async function provider(ctx: Context, id: string, action: 'read' | 'update') {
    const found = await findReadableProvider(db, ctx, id, 'Acte', []);
    if (action === 'update' && !found.ability.can('update', found.subject, 'acte')) {
      await recordDenied(ctx, {
        subjectType: 'Acte',
        subjectId: id,
        providerId: id,
        fields: ['acte'],
        reason: 'Démarche réservée à l’accueillant·e',
      });
      throw forbidden();
    }
    return found;
  }

  /** Whether the provider has validated bank details, or some waiting for validation. */
  async function bankDetailsStatus(providerId: string): Promise<'approved' | 'pending' | 'missing'> {
    const rows = (await db('bank_details')
      .where({ providerId })
      .whereIn('status', ['approved', 'pending'])
      .select('status')) as Array<{ status: string }>;
    if (rows.some((r) => r.status === 'approved')) return 'approved';
    return rows.length ? 'pending' : 'missing';
  }

  async function view(providerId: string, row: Row, mayAct: boolean): Promise<ActeView> {
    const [facts, charter, caseRow, plans, payments, bankDetails] = await Promise.all([
      acteFacts(db, providerId),
      db('acte_charters as c')
        .join('users as u', 'u.id', 'c.signed_by')
        .where('c.provider_id', providerId)
        .first('c.signed_at', 'u.display_name'),
      db('cases').where({ providerId, procedure: ACTE }).first(),
      db('acte_plans').where({ providerId }).orderBy('year', 'desc').limit(2),
      db('subsidy_payments').where({ providerId, scheme: ACTE_SCHEME }).orderBy('year', 'desc'),
      bankDetailsStatus(providerId),
    ]);
    const d = (caseRow?.details ?? null) as ActeDetails | null;
    const planRow = d ? (plans as Row[]).find((p) => Number(p.year) === d.year) : undefined;
    const planStatus: PlanStatus = (planRow?.status as PlanStatus | undefined) ?? 'none';
    const reviewYear = d?.pendingReview?.year ?? null;
    const reviewRow =
      reviewYear !== null ? (plans as Row[]).find((p) => Number(p.year) === reviewYear) : undefined;
    const payment = d ? (payments as Row[]).find((p) => Number(p.year) === d.year) : undefined;
    const open = caseRow?.status === 'open';
    return {
      provider: { id: providerId, displayName: `${String(row.firstName)} ${String(row.lastName)}` },
      eligibility: { eligible: facts.eligible, reason: facts.reason },
      places: facts.places,
      amountPerPlaceCents: ACTE_AMOUNT_PER_PLACE_CENTS,
      expectedAmountCents: facts.places ? acteAmountCents(facts.places) : null,
      charter: charter ? { signedAt: iso(charter.signedAt)!, signedBy: String(charter.displayName) } : null,
      caseId: caseRow ? String(caseRow.id) : null,
      caseStatus: caseRow ? (caseRow.status as 'open' | 'closed') : null,
      year: d
        ? { number: d.year, label: schemeYearLabel(d.yearStart), start: d.yearStart, end: d.yearEnd }
        : null,
      payment: payment ? paymentView(payment) : null,
      bankDetails,
      atRisk: open ? (d?.atRisk ?? null) : null,
      escalated: Boolean(open && d?.escalated),
      plan: d
        ? {
            year: d.year,
            status: planStatus,
            statusLabel: PLAN_STATUS_LABELS[planStatus],
            content: (planRow?.content as PlanContentValue | undefined) ?? emptyPlan(),
            comment: (planRow?.comment as string | null | undefined) ?? null,
            submittedAt: iso(planRow?.submittedAt),
            decidedAt: iso(planRow?.decidedAt),
            editable:
              mayAct && open && d.eligible && ['none', 'draft', 'changes_requested'].includes(planStatus),
          }
        : null,
      review:
        reviewYear !== null && reviewRow
          ? {
              year: reviewYear,
              plan: reviewRow.content as PlanContentValue,
              done: Boolean(reviewRow.reviewedAt),
              review: (reviewRow.review as z.infer<typeof PlanReview> | null) ?? null,
            }
          : null,
      previousYears: (d?.previousYears ?? []).map((y) => ({
        year: y.year,
        label: schemeYearLabel(y.yearStart),
        eligible: y.eligible,
        amountCents: y.amountCents,
        paidOn: y.paidOn,
        planStatus: y.planStatus,
        planStatusLabel: PLAN_STATUS_LABELS[y.planStatus],
      })),
      canSign: mayAct && facts.eligible && !charter,
      canAct: mayAct && open,
    };
  }

  defineRoute(router, '/providers', {
    method: 'get',
    path: '/:id/acte',
    summary: 'ACTE : éligibilité, charte, subside de l’année, plan d’action écologique',
    tags: ['ACTE'],
    params: z.object({ id: RecordId() }),
    responses: { 200: { description: 'ACTE', schema: z.object({ acte: ActeView }) } },
    handler: async (ctx, { params }) => {
      const { ability, provider: row, subject } = await provider(ctx, params.id, 'read');
      ctx.body = { acte: await view(params.id, row as Row, ability.can('update', subject, 'acte')) };
    },
  });

  defineRoute(router, '/providers', {
    method: 'post',
    path: '/:id/acte/charter',
    summary: 'Signer la charte ACTE (« Je m’engage ») ; signer une seconde fois ne change rien',
    tags: ['ACTE'],
    params: z.object({ id: RecordId() }),
    body: z
      .object({
        confirmed: z.literal(true, {
          error: 'Cochez la case pour confirmer que vous avez lu et compris la charte',
        }),
      })
      .strict()
      .openapi('ActeCharter'),
    responses: { 200: { description: 'Charte signée', schema: z.object({ acte: ActeView }) } },
    handler: async (ctx, { params }) => {
      const { user, provider: row } = await provider(ctx, params.id, 'update');
      const signed = await db('acte_charters').where({ providerId: params.id }).first('provider_id');
      if (!signed) {
        const facts = await acteFacts(db, params.id);
        if (!facts.eligible)
          throw new AppError(
            409,
            'ACTE_NOT_ELIGIBLE',
            facts.reason ?? 'Vous ne pouvez pas signer la charte.',
          );
        const requestKey = idempotencyKey(ctx);
        const caseId = uuidFrom('acte', params.id);
        const now = new Date().toISOString();
        const input: ActeInput = {
          caseId,
          requestKey,
          provider: { id: params.id, displayName: `${String(row.firstName)} ${String(row.lastName)}` },
          signedBy: { id: user.id, displayName: user.displayName },
          signedAt: now,
          year: 1,
          yearStart: now,
          durations: {
            paymentDeadline: config.acte.paymentDeadline,
            paymentWarning: config.acte.paymentWarning,
            bankDetailsCheck: config.acte.bankDetailsCheck,
            year: config.acte.year,
            reminders: config.acte.reminders,
            planReview: config.acte.planReview,
          },
          previousYears: [],
          pendingReview: null,
          version: 1,
        };
        try {
          await withinStepDeadline(temporal, config, () =>
            temporal.workflow.executeUpdateWithStart(confirmCharter, {
              args: [{ requestKey }],
              updateId: `charter-${requestKey}`,
              startWorkflowOperation: new WithStartWorkflowOperation(acteWorkflow, {
                taskQueue: config.temporal.taskQueue,
                workflowId: acteWorkflowId(params.id),
                workflowIdConflictPolicy: 'USE_EXISTING',
                args: [input],
                typedSearchAttributes: [
                  { key: CASE_PROCEDURE, value: ACTE },
                  { key: CASE_PROVIDER_ID, value: params.id },
                  { key: CASE_STATUS, value: 'open' },
                ],
              }),
            }),
          );
        } catch (err) {
          throw fromWorkflowError(err, { code: 'CASE_CLOSED', message: 'Ce dossier ACTE est clos.' }) ?? err;
        }
        await recordChange(ctx, {
          subjectType: 'Acte',
          subjectId: params.id,
          providerId: params.id,
          caseId,
          changes: { charter: { old: null, new: 'Charte signée' } },
        });
      }
      ctx.body = { acte: await view(params.id, row as Row, true) };
    },
  });

  /** Sends the provider's step on the plan to the case; its validator has the last word. */
  async function planStep(
    ctx: Context,
    caseRow: Row,
    update: typeof submitPlan,
    prefix: string,
    year: number,
    user: { id: string; displayName: string },
  ) {
    const key = idempotencyKey(ctx);
    try {
      await withinStepDeadline(temporal, config, () =>
        temporal.workflow.getHandle(String(caseRow.workflowId)).executeUpdate(update, {
          args: [{ requestKey: key, year, actor: { id: user.id, displayName: user.displayName } }],
          updateId: `${prefix}-${key}`,
        }),
      );
    } catch (err) {
      throw fromWorkflowError(err, { code: 'CASE_CLOSED', message: 'Ce dossier ACTE est clos.' }) ?? err;
    }
  }

  async function currentCase(providerId: string) {
    const caseRow = (await db('cases').where({ providerId, procedure: ACTE }).first()) as Row | undefined;
    if (!caseRow || caseRow.status !== 'open')
      throw new AppError(409, 'ACTE_NOT_SIGNED', 'Signez d’abord la charte ACTE.');
    return { caseRow, details: caseRow.details as ActeDetails };
  }

  defineRoute(router, '/providers', {
    method: 'put',
    path: '/:id/acte/plan',
    summary: 'Enregistrer le brouillon du plan d’action écologique de l’année',
    tags: ['ACTE'],
    params: z.object({ id: RecordId() }),
    body: z
      .object({ year: z.number().int().min(1), content: PlanContent })
      .strict()
      .openapi('ActePlanDraft'),
    responses: { 200: { description: 'Brouillon enregistré', schema: z.object({ acte: ActeView }) } },
    handler: async (ctx, { params, body }) => {
      const { provider: row } = await provider(ctx, params.id, 'update');
      const { details } = await currentCase(params.id);
      if (body.year !== details.year)
        throw new AppError(409, 'ACTE_WRONG_YEAR', 'Ce plan n’est pas celui de l’année en cours.');
      await db.transaction(async (trx) => {
        const existing = (await trx('acte_plans')
          .where({ providerId: params.id, year: body.year })
          .forUpdate()
          .first('status')) as { status: PlanStatus } | undefined;
        if (existing && (existing.status === 'submitted' || existing.status === 'validated'))
          throw new AppError(
            409,
            'ACTE_PLAN_LOCKED',
            existing.status === 'submitted'
              ? 'Votre plan est chez l’équipe ACTE : attendez sa réponse pour le modifier.'
              : 'Votre plan de cette année est validé.',
          );
        await trx('acte_plans')
          .insert({
            providerId: params.id,
            year: body.year,
            content: JSON.stringify(body.content),
            status: existing?.status ?? 'draft',
          })
          .onConflict(['provider_id', 'year'])
          .merge({ content: JSON.stringify(body.content), updatedAt: trx.fn.now() });
      });
      ctx.body = { acte: await view(params.id, row as Row, true) };
    },
  });

  defineRoute(router, '/providers', {
    method: 'post',
    path: '/:id/acte/plan/submit',
    summary: 'Envoyer le plan d’action écologique à l’équipe ACTE',
    tags: ['ACTE'],
    params: z.object({ id: RecordId() }),
    body: z
      .object({ year: z.number().int().min(1) })
      .strict()
      .openapi('ActePlanSubmit'),
    responses: { 200: { description: 'Plan envoyé', schema: z.object({ acte: ActeView }) } },
    handler: async (ctx, { params, body }) => {
      const { user, provider: row } = await provider(ctx, params.id, 'update');
      const { caseRow } = await currentCase(params.id);
      const plan = (await db('acte_plans').where({ providerId: params.id, year: body.year }).first()) as
        Row | undefined;
      const problems = checkPlanForSubmit((plan?.content as PlanContentValue | undefined) ?? emptyPlan());
      if (problems.length)
        throw new AppError(400, 'VALIDATION_FAILED', 'Votre plan est incomplet.', problems);
      await planStep(ctx, caseRow, submitPlan, 'plan', body.year, user);
      ctx.body = { acte: await view(params.id, row as Row, true) };
    },
  });

  defineRoute(router, '/providers', {
    method: 'post',
    path: '/:id/acte/review',
    summary: 'Faire le point sur le plan d’action de l’an dernier',
    tags: ['ACTE'],
    params: z.object({ id: RecordId() }),
    body: z
      .object({ year: z.number().int().min(1), review: PlanReview })
      .strict()
      .openapi('ActePlanReview'),
    responses: { 200: { description: 'Point envoyé', schema: z.object({ acte: ActeView }) } },
    handler: async (ctx, { params, body }) => {
      const { user, provider: row } = await provider(ctx, params.id, 'update');
      const { caseRow, details } = await currentCase(params.id);
      if (details.pendingReview?.year !== body.year)
        throw new AppError(409, 'ACTE_NO_REVIEW', 'Aucun point n’est attendu pour cette année.');
      const plan = (await db('acte_plans').where({ providerId: params.id, year: body.year }).first()) as
        Row | undefined;
      const chosen = new Set(((plan?.content as PlanContentValue | undefined)?.actions ?? []) as string[]);
      const unknown = Object.keys(body.review.actions).filter((a) => !chosen.has(a));
      const missing = [...chosen].filter((a) => !(a in body.review.actions));
      if (unknown.length || missing.length)
        throw new AppError(400, 'VALIDATION_FAILED', 'Indiquez où en est chaque action de votre plan.', [
          ...missing.map((a) => ({
            path: `review.actions.${a}`,
            message: 'Indiquez où en est cette action',
          })),
          ...unknown.map((a) => ({
            path: `review.actions.${a}`,
            message: 'Cette action n’était pas dans votre plan',
          })),
        ]);
      await db('acte_plans')
        .where({ providerId: params.id, year: body.year })
        .whereNull('reviewed_at')
        .update({ review: JSON.stringify(body.review) });
      await planStep(ctx, caseRow, submitReview, 'review', body.year, user);
      ctx.body = { acte: await view(params.id, row as Row, true) };
    },
  });

  defineRoute(router, '/providers', {
    method: 'post',
    path: '/:id/acte/questions',
    summary: 'Poser une question à l’équipe ACTE',
    tags: ['ACTE'],
    params: z.object({ id: RecordId() }),
    body: z
      .object({ question: z.string().trim().min(1).max(QUESTION_MAX) })
      .strict()
      .openapi('ActeQuestion'),
    responses: {
      202: {
        description: 'Question envoyée',
        schema: z.object({ question: z.object({ caseId: z.string(), question: z.string() }) }),
      },
    },
    handler: async (ctx, { params, body }) => {
      const { user, provider: row } = await provider(ctx, params.id, 'update');
      const requestKey = idempotencyKey(ctx);
      const caseId = uuidFrom('acte-question', params.id, requestKey);
      const input: ActeQuestionInput = {
        caseId,
        requestKey,
        provider: { id: params.id, displayName: `${String(row.firstName)} ${String(row.lastName)}` },
        askedBy: { id: user.id, displayName: user.displayName },
        question: body.question,
        durations: { answer: config.acte.question },
      };
      try {
        await withinStepDeadline(temporal, config, () =>
          temporal.workflow.executeUpdateWithStart(confirmQuestion, {
            args: [{ requestKey }],
            updateId: `question-${requestKey}`,
            startWorkflowOperation: new WithStartWorkflowOperation(acteQuestionWorkflow, {
              taskQueue: config.temporal.taskQueue,
              workflowId: acteQuestionWorkflowId(params.id, caseId),
              workflowIdConflictPolicy: 'USE_EXISTING',
              args: [input],
              typedSearchAttributes: [
                { key: CASE_PROCEDURE, value: ACTE_QUESTION },
                { key: CASE_PROVIDER_ID, value: params.id },
                { key: CASE_STATUS, value: 'open' },
              ],
            }),
          }),
        );
      } catch (err) {
        throw (
          fromWorkflowError(err, {
            code: 'CASE_CLOSED',
            message: 'Cette question a déjà reçu sa réponse.',
          }) ?? err
        );
      }
      ctx.status = 202;
      ctx.body = { question: { caseId, question: body.question } };
    },
  });

  defineRoute(router, '/acte', {
    method: 'get',
    path: '/document',
    summary: 'Le document explicatif ACTE (PDF), pour tout le monde',
    tags: ['ACTE'],
    public: true,
    responses: { 200: { description: 'Le PDF' } },
    handler: async (ctx) => {
      ctx.set('Content-Type', 'application/pdf');
      ctx.set(
        'Content-Disposition',
        `inline; filename*=UTF-8''${encodeURIComponent('ACTE - document explicatif.pdf')}`,
      );
      ctx.set('Cache-Control', 'public, max-age=3600');
      ctx.body = await renderTextDocument(ACTE_EXPLANATORY);
    },
  });

  // « Mes subsides » (seed chapter 11): what was paid and what is due, with the bank details it waits for.
  defineRoute(router, '/providers', {
    method: 'get',
    path: '/:id/subsidies',
    summary: 'Mes subsides : subsides versés et à venir',
    tags: ['Subsides'],
    params: z.object({ id: RecordId() }),
    responses: {
      200: {
        description: 'Subsides',
        schema: z.object({
          subsidies: z.object({
            payments: z.array(PaymentView),
            totalPaidCents: z.number(),
            bankDetails: z.object({
              status: z.enum(['approved', 'pending', 'missing']),
              ibanEnd: z.string().nullable(),
            }),
          }),
        }),
      },
    },
    handler: async (ctx, { params }) => {
      const { ability, provider: row } = await findReadableProvider(db, ctx, params.id, 'Payment', []);
      const scope = { subregionCode: row.subregionCode, agentConseilId: row.agentConseilId };
      if (!ability.can('read', record('Payment', { providerId: params.id, ...scope }))) {
        await recordDenied(ctx, {
          subjectType: 'Payment',
          subjectId: params.id,
          providerId: params.id,
          fields: [],
        });
        throw notFound('Ces subsides');
      }
      const [payments, approved, status] = await Promise.all([
        db('subsidy_payments').where({ providerId: params.id }).orderBy('year', 'desc'),
        db('bank_details').where({ providerId: params.id, status: 'approved' }).first('iban_last4'),
        bankDetailsStatus(params.id),
      ]);
      const views = (payments as Row[]).map(paymentView);
      await recordRead(ctx, {
        subjectType: 'Payment',
        subjectId: params.id,
        providerId: params.id,
        fields: [],
      });
      ctx.body = {
        subsidies: {
          payments: views,
          totalPaidCents: views.filter((p) => p.status === 'released').reduce((s, p) => s + p.amountCents, 0),
          bankDetails: { status, ibanEnd: approved ? String(approved.ibanLast4) : null },
        },
      };
    },
  });

  // Payments, for the agents subsides: what is ready to go, what waits, and the batches released.
  const PaymentRow = PaymentView.extend({
    provider: z.object({ id: z.string(), displayName: z.string() }),
  });
  const PaymentTotal = z.object({ count: z.number(), totalCents: z.number() }).openapi('PaymentTotal');
  const BatchView = z
    .object({
      id: z.string(),
      executionDate: z.string(),
      count: z.number(),
      totalCents: z.number(),
      releasedAt: z.string(),
      releasedBy: z.string(),
      fileUrl: z.string(),
    })
    .openapi('PaymentBatch');

  function requirePayments(ctx: Context, action: 'read' | 'create') {
    const { user, ability } = requireUser(ctx);
    if (!ability.can(action, 'PaymentBatch')) throw forbidden();
    return { user, ability };
  }

  defineRoute(router, '/payments', {
    method: 'get',
    path: '/',
    summary: 'Subsides à verser, en attente, et lots de paiements libérés',
    tags: ['Subsides'],
    responses: {
      200: {
        description: 'Paiements',
        schema: z.object({
          ready: z.array(PaymentRow).describe(`Les ${PAYMENTS_LISTED} plus urgents`),
          waiting: z.array(PaymentRow).describe(`Les ${PAYMENTS_LISTED} plus urgents`),
          totals: z.object({ ready: PaymentTotal, waiting: PaymentTotal }),
          batches: z.array(BatchView),
        }),
      },
    },
    handler: async (ctx) => {
      requirePayments(ctx, 'read');
      // The most urgent of each list, and every payment in the totals: a batch takes them all.
      const listed = (status: string) =>
        db('subsidy_payments as s')
          .join('providers as p', 'p.id', 's.provider_id')
          .where('s.status', status)
          .orderBy([{ column: 's.due_at' }, { column: 's.id' }])
          .limit(PAYMENTS_LISTED)
          .select('s.*', 'p.first_name', 'p.last_name') as Promise<Row[]>;
      const [ready, waiting, sums] = await Promise.all([
        listed('ready'),
        listed('waiting_bank_details'),
        db('subsidy_payments')
          .whereIn('status', ['ready', 'waiting_bank_details'])
          .groupBy('status')
          .select(
            'status',
            db.raw('count(*)::int as count'),
            db.raw('coalesce(sum(amount_cents), 0)::bigint as cents'),
          ) as Promise<Row[]>,
      ]);
      const total = (status: string) => {
        const row = sums.find((r) => r.status === status);
        return { count: Number(row?.count ?? 0), totalCents: Number(row?.cents ?? 0) };
      };
      const withProvider = (r: Row) => ({
        ...paymentView(r),
        provider: { id: String(r.providerId), displayName: `${String(r.firstName)} ${String(r.lastName)}` },
      });
      const batches = (await db('payment_batches as b')
        .join('users as u', 'u.id', 'b.released_by')
        .orderBy('b.released_at', 'desc')
        .limit(50)
        .select('b.*', 'u.display_name')) as Row[];
      ctx.body = {
        ready: ready.map(withProvider),
        waiting: waiting.map(withProvider),
        totals: { ready: total('ready'), waiting: total('waiting_bank_details') },
        batches: batches.map((b) => ({
          id: String(b.id),
          executionDate: dayOf(b.executionDate)!,
          count: Number(b.count),
          totalCents: Number(b.totalCents),
          releasedAt: iso(b.releasedAt)!,
          releasedBy: String(b.displayName),
          fileUrl: `/api/payment-batches/${String(b.id)}/file`,
        })),
      };
    },
  });

  defineRoute(router, '/payment-batches', {
    method: 'post',
    path: '/',
    summary: 'Libérer un lot de paiements : un virement SEPA par subside prêt',
    tags: ['Subsides'],
    body: z
      .object({ executionDate: z.iso.date({ error: 'Indiquez une date, par exemple 2027-01-15' }) })
      .strict()
      .openapi('PaymentBatchRelease'),
    responses: { 201: { description: 'Lot libéré', schema: z.object({ batch: BatchView }) } },
    handler: async (ctx, { body }) => {
      const { user } = requirePayments(ctx, 'create');
      if (body.executionDate < todayBrussels())
        throw new AppError(400, 'VALIDATION_FAILED', 'La date d’exécution ne peut pas être passée.', [
          { path: 'executionDate', message: 'Choisissez aujourd’hui ou un jour à venir' },
        ]);
      const key = idempotencyKey(ctx);
      const batchId = uuidFrom('payment-batch', key);
      const exists = await db('payment_batches').where({ id: batchId }).first('id');
      if (!exists) {
        const ready = await db('subsidy_payments')
          .where({ status: 'ready' })
          .whereNull('batch_id')
          .first('id');
        if (!ready) throw new AppError(409, 'NOTHING_TO_PAY', 'Aucun subside n’est prêt à être versé.');
      }
      let result: PaymentBatchResult;
      try {
        result = await withinStepDeadline(temporal, config, () =>
          temporal.workflow.execute(paymentBatchWorkflow, {
            taskQueue: config.temporal.taskQueue,
            workflowId: paymentBatchWorkflowId(batchId),
            workflowIdConflictPolicy: 'USE_EXISTING',
            args: [
              {
                batchId,
                executionDate: body.executionDate,
                releasedBy: { id: user.id, displayName: user.displayName },
              },
            ],
          }),
        );
      } catch (err) {
        if (
          err instanceof WorkflowFailedError &&
          /Aucun subside/.test(String((err.cause?.cause as Error | undefined)?.message))
        )
          throw new AppError(409, 'NOTHING_TO_PAY', 'Aucun subside n’est prêt à être versé.');
        throw err;
      }
      await recordChange(ctx, {
        subjectType: 'PaymentBatch',
        subjectId: batchId,
        providerId: null,
        changes: { batch: { old: null, new: `${result.count} virement(s)` } },
      });
      const b = (await db('payment_batches').where({ id: result.batchId }).first()) as Row;
      ctx.status = 201;
      ctx.body = {
        batch: {
          id: String(b.id),
          executionDate: dayOf(b.executionDate)!,
          count: Number(b.count),
          totalCents: Number(b.totalCents),
          releasedAt: iso(b.releasedAt)!,
          releasedBy: user.displayName,
          fileUrl: `/api/payment-batches/${String(b.id)}/file`,
        },
      };
    },
  });

  defineRoute(router, '/payment-batches', {
    method: 'get',
    path: '/:id/file',
    summary: 'Le fichier de virements SEPA (pain.001) d’un lot, pour la banque',
    tags: ['Subsides'],
    params: z.object({ id: z.uuid() }),
    responses: { 200: { description: 'Le fichier XML' } },
    handler: async (ctx, { params }) => {
      requirePayments(ctx, 'read');
      const b = (await db('payment_batches').where({ id: params.id }).first()) as Row | undefined;
      if (!b) throw notFound('Ce lot');
      // The file names the accounts paid: reading it is recorded like any read of an IBAN.
      await recordRead(ctx, {
        subjectType: 'PaymentBatch',
        subjectId: params.id,
        providerId: null,
        fields: ['iban'],
      });
      ctx.set('Content-Type', 'application/xml; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="${String(b.messageId)}.xml"`);
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = cipher.decrypt(String(b.fileEncrypted));
    },
  });

  return router;
}
