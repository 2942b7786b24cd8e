import Router from '@koa/router';
import type { Context } from 'koa';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { ACTE, ACTE_QUESTION, QUESTION_MAX, type PlanStatus } from '../../common/acte';
import { checkPlanForSubmit, emptyPlan, type PlanContentValue } from '../../common/acte-plan';
import { ACTE_EXPLANATORY } from '../../common/acte-content';
import { CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS } from '../../common/search-attributes';
import { uuidFrom } from '../../common/node/ids';
import { acteFacts } from '../../activities/acte';
import { renderTextDocument } from '../../activities/decision-letter';
import {
  acteQuestionWorkflow,
  acteQuestionWorkflowId,
  acteWorkflow,
  acteWorkflowId,
  confirmCharter,
  confirmQuestion,
  submitPlan,
  submitReview,
  type ActeDetails,
  type ActeInput,
  type ActeQuestionInput,
} from '../../workflows/acte';
import { recordChange, recordDenied } from '../audit';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, fromWorkflowError } from '../errors';
import { idempotencyKey, withinStepDeadline } from '../steps';
import { RecordId, defineRoute, z } from '../define-route';
import { findReadableProvider } from '../provider-access';
import { ActeView, PlanContent, PlanReview, acteView } from '../acte-view';

/**
 * ACTE, « accueil en transition écologique » (seed chapter 14): the charter, the action plan and
 * the questions to the ACTE team. Steps go to the provider's ACTE workflow (`workflows/acte.ts`);
 * drafts are rows. « Mes subsides » is subsidies.ts, the agents subsides' batches payments.ts.
 */

type Row = Record<string, unknown>;

/** The provider, if this person may read her ACTE page (`update`: act on it herself). */
async function acteProvider(db: ApiDeps['db'], ctx: Context, id: string, action: 'read' | 'update') {
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

export function acteRoutes(deps: ApiDeps): Router {
  const router = new Router();
  charterRoutes(router, deps);
  planRoutes(router, deps);
  questionRoutes(router, deps);
  return router;
}

/** The ACTE page and the charter, whose signature opens the provider's ACTE case. */
function charterRoutes(router: Router, { db, temporal, config }: ApiDeps): void {
  const provider = (ctx: Context, id: string, action: 'read' | 'update') => acteProvider(db, ctx, id, action);
  const view = (providerId: string, row: Row, mayAct: boolean) => acteView(db, providerId, row, mayAct);

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
}

/** The year's action plan (draft, sent) and the review of last year's. */
function planRoutes(router: Router, { db, temporal, config }: ApiDeps): void {
  const provider = (ctx: Context, id: string, action: 'read' | 'update') => acteProvider(db, ctx, id, action);
  const view = (providerId: string, row: Row, mayAct: boolean) => acteView(db, providerId, row, mayAct);

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
}

/** Questions to the ACTE team, and the explanatory document for everyone. */
function questionRoutes(router: Router, { db, temporal, config }: ApiDeps): void {
  const provider = (ctx: Context, id: string, action: 'read' | 'update') => acteProvider(db, ctx, id, action);

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
}
