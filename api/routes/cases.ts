import Router from '@koa/router';
import type { Client } from '@temporalio/client';
import type { temporal as proto } from '@temporalio/proto';
import { PROCEDURES } from '../../common/procedures';
import type { ApiDeps } from '../deps';
import { accessibleWhere, record } from '../ability';
import { forbidden, notFound } from '../errors';
import { requireUser } from '../current-user';
import { recordDenied } from '../audit';
import { TimelineEntry, buildTimeline } from '../timeline';
import {
  CASE_COLUMNS,
  CaseSummary,
  TaskView,
  caseBaseQuery,
  casePage,
  caseQuery,
  caseSubject,
  caseSummary,
  taskQuery,
  taskView,
} from '../views';
import { RecordId, defineRoute, z } from '../define-route';

const CaseDetail = z
  .object({
    case: CaseSummary,
    tasks: z.array(TaskView),
    timeline: z.array(TimelineEntry),
    temporal: z.object({ workflowId: z.string(), runId: z.string(), url: z.string() }),
  })
  .openapi('CaseDetail');

/** The supervisor's console: every case in scope, and each one's history. */
export function caseRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();

  defineRoute(router, '/cases', {
    method: 'get',
    path: '/',
    summary: 'Dossiers',
    tags: ['Coordination'],
    query: z.object({
      procedure: z.enum(PROCEDURES.map((p) => p.id) as [string, ...string[]]).optional(),
      status: z.enum(['open', 'closed']).optional(),
      providerId: RecordId().optional(),
      overdue: z.enum(['true', 'false']).optional(),
    }),
    responses: { 200: { description: 'Dossiers', schema: z.object({ cases: z.array(CaseSummary) }) } },
    handler: async (ctx, { query }) => {
      const { ability } = requireUser(ctx);
      if (!ability.can('read', 'Case')) throw forbidden();
      const q = caseBaseQuery(db).modify(accessibleWhere(ability, 'read', 'Case', CASE_COLUMNS));
      if (query.procedure) q.where('c.procedure', query.procedure);
      if (query.status) q.where('c.status', query.status);
      if (query.providerId) q.where('c.provider_id', query.providerId);
      if (query.overdue === 'true') {
        q.whereRaw(
          `exists (select 1 from tasks t where t.case_id = c.id and t.status = 'open' and t.due_at < now())`,
        );
      }
      ctx.set('Cache-Control', 'no-store');
      const page = q.orderBy([
        { column: 'c.opened_at', order: 'desc' },
        { column: 'c.id', order: 'desc' },
      ]);
      ctx.body = { cases: (await casePage(db, page.limit(200))).map(caseSummary) };
    },
  });

  defineRoute(router, '/cases', {
    method: 'get',
    path: '/:id',
    summary: 'Un dossier, ses tâches et son historique',
    tags: ['Coordination'],
    params: z.object({ id: z.uuid() }),
    responses: { 200: { description: 'Dossier', schema: CaseDetail } },
    handler: async (ctx, { params }) => {
      const { ability } = requireUser(ctx);
      const row = await caseQuery(db).where('c.id', params.id).first();
      if (!row) throw notFound('Ce dossier');
      const summary = caseSummary(row);
      if (!ability.can('read', record('Case', caseSubject(row)))) {
        await recordDenied(ctx, {
          subjectType: 'Case',
          subjectId: row.id,
          providerId: row.providerId,
          caseId: row.id,
          fields: [],
        });
        throw notFound('Ce dossier');
      }
      const tasks = (await taskQuery(db).where('t.case_id', params.id).orderBy('t.created_at')).map(taskView);
      const events = await chainHistory(temporal, row.workflowId, row.runId);
      const ns = encodeURIComponent(config.temporal.namespace);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        case: summary,
        tasks,
        timeline: buildTimeline(events),
        temporal: {
          workflowId: row.workflowId,
          runId: row.runId,
          url: `${config.temporal.uiUrl}/namespaces/${ns}/workflows/${encodeURIComponent(row.workflowId)}/${row.runId}/history`,
        },
      };
    },
  });

  return router;
}

/**
 * The events of a case's every run, oldest first: a case that continues as new (ACTE, each
 * year) keeps its earlier years readable. Bounded, so one request never reads without end.
 */
async function chainHistory(client: Client, workflowId: string, firstRunId: string, maxRuns = 50) {
  const events: proto.api.history.v1.IHistoryEvent[] = [];
  let runId: string | null | undefined = firstRunId;
  for (let n = 0; runId && n < maxRuns; n++) {
    const history: proto.api.history.v1.IHistory = await client.workflow
      .getHandle(workflowId, runId)
      .fetchHistory();
    const batch: proto.api.history.v1.IHistoryEvent[] = history.events ?? [];
    events.push(...batch);
    runId = batch.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
  }
  return events;
}
