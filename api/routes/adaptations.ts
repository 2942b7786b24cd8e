import Router from '@koa/router';
import type { Context } from 'koa';
import { WithStartWorkflowOperation } from '@temporalio/client';
import {
  ADAPTATION,
  ADAPTATION_TYPES,
  nextDay,
  overlaps,
  requestSpan,
  startOfDayBrussels,
  todayBrussels,
  type AdaptationRequest,
} from '../../common/adaptation';
import { subregionName } from '../../common/roles';
import { CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS } from '../../common/search-attributes';
import { uuidFrom } from '../../common/node/ids';
import {
  adaptationWorkflow,
  adaptationWorkflowId,
  answer,
  confirmRequest,
  cutShort,
  type AdaptationInput,
} from '../../workflows/adaptation';
import { record } from '../ability';
import { recordDenied } from '../audit';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, fromWorkflowError, notFound } from '../errors';
import { requireUser } from '../current-user';
import { idempotencyKey, withinStepDeadline } from '../steps';
import { RecordId, defineRoute, z } from '../define-route';
import { caseQuery, caseSubject } from '../views';
import {
  AdaptationView,
  adaptationViews,
  authorisationProvider,
  type AdaptationDetails,
} from '../authorisation-views';

/**
 * The requests to adapt an authorisation (seed chapter 8: end of activity, temporary cessation),
 * each a durable workflow (`workflows/adaptation.ts`): asked, answered, cut short.
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

type Row = Record<string, unknown>;

export function adaptationRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();

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
      const { user, row } = await authorisationProvider(db, ctx, params.id, 'update');
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
      ctx.body = { adaptation: (await adaptationViews(db, [fresh], true))[0] };
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
      ctx.body = { adaptation: (await adaptationViews(db, [row], own))[0] };
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
    ctx.body = { adaptation: (await adaptationViews(db, [fresh], true))[0] };
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

  return router;
}
