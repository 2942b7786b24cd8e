import { randomUUID } from 'node:crypto';
import Router from '@koa/router';
import { WithStartWorkflowOperation } from '@temporalio/client';
import {
  PERIODS,
  PROCEDURE,
  REASONS,
  REASON_OTHER_MAX_LENGTH,
  type CessationRiskReport,
} from '../../common/cessation-risk';
import { CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS } from '../../common/search-attributes';
import { subregionName } from '../../common/roles';
import {
  cessationRiskWorkflow,
  cessationRiskWorkflowId,
  confirmReport,
  type CessationRiskInput,
} from '../../workflows/cessation-risk';
import { record } from '../ability';
import type { ApiDeps } from '../deps';
import { forbidden, fromWorkflowError } from '../errors';
import { idempotencyKey, withinStepDeadline } from '../steps';
import { requireUser } from '../current-user';
import { CaseSummary, caseQuery, caseSummary } from '../views';
import { defineRoute, z } from '../define-route';

export const CessationRiskReportBody = z
  .object({
    period: z.enum(PERIODS),
    reason: z.enum(REASONS),
    reasonOther: z.string().trim().max(REASON_OTHER_MAX_LENGTH).nullish(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.reason === 'other' && !body.reasonOther) {
      ctx.addIssue({ code: 'custom', path: ['reasonOther'], message: 'Veuillez préciser le motif' });
    }
  })
  .openapi('CessationRiskReport');

export function cessationRiskRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();

  defineRoute(router, '/cessation-risk-reports', {
    method: 'post',
    path: '/',
    summary: 'Signaler un risque de cessation d’activité',
    tags: ['Accueillant·e'],
    body: CessationRiskReportBody,
    responses: {
      201: {
        description: 'Signalement enregistré',
        schema: z.object({ case: CaseSummary, message: z.string() }),
      },
      200: {
        description: 'Même demande reçue une seconde fois : le signalement existant',
        schema: z.object({ case: CaseSummary, message: z.string() }),
      },
    },
    handler: async (ctx, { body }) => {
      const { user, ability } = requireUser(ctx);
      const providerId = user.providerId;
      if (!providerId || !ability.can('create', record('CessationRiskReport', { providerId })))
        throw forbidden();
      const requestKey = idempotencyKey(ctx);
      const provider = await db('providers')
        .where({ id: providerId })
        .first('id', 'first_name', 'last_name', 'subregion_code');
      if (!provider) throw forbidden();

      const report: CessationRiskReport = {
        period: body.period,
        reason: body.reason,
        reasonOther: body.reason === 'other' ? (body.reasonOther ?? null) : null,
      };
      const input: CessationRiskInput = {
        caseId: randomUUID(),
        requestKey,
        provider: {
          id: provider.id,
          displayName: `${provider.firstName} ${provider.lastName}`,
          subregionName: subregionName(provider.subregionCode),
        },
        reportedBy: { id: user.id, displayName: user.displayName },
        report,
        deadlines: { analysis: config.deadlines.cessationRiskAnalysis },
      };
      // The workflow id is the business key: one open report per provider. Update-with-start
      // starts the run (or joins the open one) and confirms the report in one call; the open
      // run's update validator accepts only the request that opened it.
      const startOperation = new WithStartWorkflowOperation(cessationRiskWorkflow, {
        taskQueue: config.temporal.taskQueue,
        workflowId: cessationRiskWorkflowId(provider.id),
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        args: [input],
        typedSearchAttributes: [
          { key: CASE_PROCEDURE, value: PROCEDURE },
          { key: CASE_PROVIDER_ID, value: provider.id },
          { key: CASE_STATUS, value: 'open' },
        ],
      });
      let caseId: string;
      try {
        const snapshot = await withinStepDeadline(temporal, config, () =>
          temporal.workflow.executeUpdateWithStart(confirmReport, {
            args: [{ requestKey }],
            updateId: `confirm-${requestKey}`,
            startWorkflowOperation: startOperation,
          }),
        );
        caseId = snapshot.id;
      } catch (err) {
        throw (
          fromWorkflowError(err, {
            code: 'CASE_ALREADY_OPEN',
            message: 'Ce signalement est déjà clôturé.',
          }) ?? err
        );
      }
      const row = await caseQuery(db).where('c.id', caseId).first();
      ctx.status = caseId === input.caseId ? 201 : 200;
      ctx.body = { case: caseSummary(row), message: 'Votre signalement a été enregistré' };
    },
  });

  return router;
}
