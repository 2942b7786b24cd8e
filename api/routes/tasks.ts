import Router from '@koa/router';
import type { Context } from 'koa';
import type { UpdateDefinition } from '@temporalio/common';
import type { TaskSnapshot } from '../../activities/read-model';
import { parseOutcome } from '../../common/procedure';
import { PROCEDURES, procedureOf, taskKindOf } from '../../common/procedures';
import { claimTask, completeTask, reassignTask, releaseTask, type Actor } from '../../workflows/human-tasks';
import type { Role } from '../../common/roles';
import type { Action, CurrentUser } from '../ability';
import { defineAbilityFor } from '../ability';
import { accessibleWhere, record } from '../ability';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, fromWorkflowError, notFound } from '../errors';
import { requireUser } from '../current-user';
import { recordDenied } from '../audit';
import {
  CaseSummary,
  TASK_COLUMNS,
  TaskView,
  caseQuery,
  caseSummary,
  taskQuery,
  taskSubject,
  taskView,
} from '../views';
import { RecordId, defineRoute, z } from '../define-route';
import { withinStepDeadline } from '../steps';
import { clientIdempotencyKey } from '../steps';

const TaskParams = z.object({ id: RecordId(200) });

/**
 * A task's outcome: its shape is its task kind's, declared with its procedure (`taskKinds` in
 * common/procedures/*.ts). The route checks it against that one schema, the same one the
 * workflow's validator uses, and sends on what it parsed.
 */
const outcomeSchemas = PROCEDURES.flatMap((p) => p.taskKinds.flatMap((t) => (t.outcome ? [t.outcome] : [])));
const TaskOutcomeBody = z
  .union(outcomeSchemas as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]])
  .openapi('TaskOutcome', { description: 'Le résultat, selon le type de tâche' });

const CompleteBody = z.object({ outcome: z.record(z.string(), z.unknown()) }).strict();
const DocumentedCompleteBody = z.object({ outcome: TaskOutcomeBody }).strict().openapi('CompleteTask');

const TASK_CLOSED = { code: 'TASK_CLOSED', message: 'Cette tâche est déjà terminée.' };

export function taskRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();

  async function loadTask(ctx: Context, id: string, action: Action): Promise<TaskView> {
    const { ability } = requireUser(ctx);
    const row = await taskQuery(db).where('t.id', id).first();
    if (!row) throw notFound('Cette tâche');
    const task = taskView(row);
    const target = {
      subjectType: 'Task',
      subjectId: task.id,
      providerId: task.provider?.id ?? null,
      caseId: task.caseId,
      fields: [],
    };
    if (!ability.can('read', record('Task', taskSubject(row)))) {
      await recordDenied(ctx, target);
      throw notFound('Cette tâche');
    }
    if (!ability.can(action, record('Task', taskSubject(row)))) {
      await recordDenied(ctx, target);
      throw forbidden();
    }
    return task;
  }

  /** Sends an agent's action to the workflow that owns the task; its validator has the last word. */
  async function act<A>(
    ctx: Context,
    id: string,
    action: Action,
    update: UpdateDefinition<TaskSnapshot, [A]>,
    args: (actor: Actor) => A,
  ) {
    const { user } = requireUser(ctx);
    const requestKey = clientIdempotencyKey(ctx);
    const task = await loadTask(ctx, id, action);
    const caseRow = await db('cases').where({ id: task.caseId }).first('workflow_id', 'run_id');
    // The case's first run: the handle follows its chain to the run now open (ACTE continues as
    // new every year), and never reaches another case that reused the workflow id.
    const handle = temporal.workflow.getHandle(caseRow.workflowId, undefined, caseRow.runId);
    const actor: Actor = { id: user.id, displayName: user.displayName, roles: user.roles };
    try {
      // With the client's Idempotency-Key as update id, a retry (the answer was lost) while the
      // case is open gets the first outcome from Temporal instead of running the step again.
      await withinStepDeadline(temporal, config, () =>
        handle.executeUpdate(update, {
          args: [args(actor)],
          updateId: requestKey ? `${action}-${id}-${requestKey}` : undefined,
        }),
      );
    } catch (err) {
      throw fromWorkflowError(err, TASK_CLOSED) ?? err;
    }
    const row = await taskQuery(db).where('t.id', id).first();
    ctx.body = { task: taskView(row) };
  }

  defineRoute(router, '/tasks', {
    method: 'get',
    path: '/',
    summary: 'Tâches de mon équipe',
    tags: ['Agents'],
    query: z.object({
      /**
       * `todo`: what I must do now — my open tasks, overdue first — then the open tasks my roles may
       * take; `available`: those only; `mine`: mine only; `all`: open then finished.
       */
      view: z.enum(['todo', 'available', 'mine', 'all']).default('available'),
    }),
    responses: { 200: { description: 'Tâches', schema: z.object({ tasks: z.array(TaskView) }) } },
    handler: async (ctx, { query }) => {
      const { user, ability } = requireUser(ctx);
      if (!ability.can('read', 'Task')) throw forbidden();
      const q = taskQuery(db).modify(accessibleWhere(ability, 'read', 'Task', TASK_COLUMNS));
      if (query.view === 'todo')
        q.where('t.status', 'open')
          .where((w) => w.where('t.assignee_id', user.id).orWhereNull('t.assignee_id'))
          .orderByRaw(`(t.assignee_id is not null) desc, (t.due_at < now()) desc, t.due_at asc`);
      else if (query.view === 'available')
        q.where('t.status', 'open').whereNull('t.assignee_id').orderBy('t.due_at', 'asc');
      else if (query.view === 'mine')
        q.where('t.status', 'open').where('t.assignee_id', user.id).orderBy('t.due_at', 'asc');
      else q.orderByRaw(`(t.status = 'open') desc, t.due_at asc`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { tasks: (await q.limit(200)).map(taskView) };
    },
  });

  defineRoute(router, '/tasks', {
    method: 'get',
    path: '/counts',
    summary: 'Combien de tâches dans chaque vue (les onglets de « Tâches »)',
    tags: ['Agents'],
    responses: {
      200: {
        description: 'Nombre de tâches par vue',
        schema: z
          .object({ todo: z.number(), available: z.number(), mine: z.number(), all: z.number() })
          .openapi('TaskCounts'),
      },
    },
    handler: async (ctx) => {
      const { user, ability } = requireUser(ctx);
      if (!ability.can('read', 'Task')) throw forbidden();
      // One pass over the same rows the lists read (same permission filter).
      const row = (await db('tasks as t')
        .join('cases as c', 'c.id', 't.case_id')
        .leftJoin('providers as p', 'p.id', 'c.provider_id')
        .modify(accessibleWhere(ability, 'read', 'Task', TASK_COLUMNS))
        .first(
          db.raw(
            `count(*) filter (where t.status = 'open' and (t.assignee_id = ? or t.assignee_id is null))::int as todo`,
            [user.id],
          ),
          db.raw(`count(*) filter (where t.status = 'open' and t.assignee_id is null)::int as available`),
          db.raw(`count(*) filter (where t.status = 'open' and t.assignee_id = ?)::int as mine`, [user.id]),
          db.raw(`count(*)::int as "all"`),
        )) as { todo: number; available: number; mine: number; all: number };
      ctx.set('Cache-Control', 'no-store');
      ctx.body = row;
    },
  });

  defineRoute(router, '/tasks', {
    method: 'get',
    path: '/:id',
    summary: 'Une tâche et son dossier',
    tags: ['Agents'],
    params: TaskParams,
    responses: {
      200: {
        description: 'Tâche',
        schema: z.object({
          task: TaskView,
          case: CaseSummary,
          question: z
            .string()
            .nullable()
            .describe(
              'La demande de la personne en entier (une question à l’équipe ACTE, au helpdesk), dont le résumé du dossier ne donne que le début',
            ),
        }),
      },
    },
    handler: async (ctx, { params }) => {
      const task = await loadTask(ctx, params.id, 'read');
      const row = await caseQuery(db).where('c.id', task.caseId).first();
      const question =
        procedureOf(String(row.procedure))?.requestText?.(row.details as Record<string, unknown>) ?? null;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { task, case: caseSummary(row), question };
    },
  });

  defineRoute(router, '/tasks', {
    method: 'post',
    path: '/:id/claim',
    summary: 'Prendre une tâche en charge',
    tags: ['Agents'],
    params: TaskParams,
    responses: { 200: { description: 'Tâche attribuée', schema: z.object({ task: TaskView }) } },
    handler: (ctx, { params }) =>
      act(ctx, params.id, 'claim', claimTask, (actor) => ({ taskId: params.id, actor })),
  });

  defineRoute(router, '/tasks', {
    method: 'post',
    path: '/:id/release',
    summary: 'Libérer une tâche',
    tags: ['Agents'],
    params: TaskParams,
    responses: { 200: { description: 'Tâche remise en attente', schema: z.object({ task: TaskView }) } },
    handler: (ctx, { params }) =>
      act(ctx, params.id, 'release', releaseTask, (actor) => ({ taskId: params.id, actor })),
  });

  defineRoute(router, '/tasks', {
    method: 'post',
    path: '/:id/complete',
    summary: 'Enregistrer le résultat d’une tâche',
    tags: ['Agents'],
    params: TaskParams,
    body: CompleteBody,
    documentedBody: DocumentedCompleteBody,
    responses: { 200: { description: 'Tâche terminée', schema: z.object({ task: TaskView }) } },
    handler: async (ctx, { params, body }) => {
      const task = await loadTask(ctx, params.id, 'complete');
      const spec = taskKindOf(task.kind);
      const parsed = spec
        ? parseOutcome(spec, body.outcome)
        : {
            ok: false as const,
            problems: [{ path: 'outcome', message: 'Cette tâche ne prend pas de résultat.' }],
          };
      if (!parsed.ok)
        throw new AppError(
          400,
          'VALIDATION_FAILED',
          'Le résultat est incomplet ou incorrect.',
          parsed.problems,
        );
      const outcome = parsed.value;
      if (await alreadyCompletedAsAsked(params.id, requireUser(ctx).user.id, outcome)) {
        // The same person sends the same result again (their first answer was lost, the case
        // may have closed since): it is done, and nothing changes twice.
        ctx.body = { task };
        return;
      }
      await act(ctx, params.id, 'complete', completeTask, (actor) => ({
        taskId: params.id,
        actor,
        outcome: { ...outcome },
      }));
    },
  });

  async function alreadyCompletedAsAsked(
    taskId: string,
    userId: string,
    outcome: Record<string, unknown>,
  ): Promise<boolean> {
    const row = await db('tasks').where({ id: taskId }).first('status', 'completed_by', 'outcome');
    if (row?.status !== 'completed' || row.completedBy !== userId || !row.outcome) return false;
    const done = row.outcome as Record<string, unknown>;
    return Object.keys(outcome).every((k) => (done[k] ?? null) === (outcome[k] ?? null));
  }

  /** People who may hold the task: its team, with the provider in their scope. */
  async function eligibleAssignees(
    taskId: string,
  ): Promise<Array<{ id: string; displayName: string; roles: Role[] }>> {
    const row = await taskQuery(db).where('t.id', taskId).first();
    const people = (await db('users')
      .whereRaw('? = any(roles)', [row.candidateRole])
      .orderBy('display_name')
      .select('id', 'display_name', 'roles', 'subregion_code', 'provider_id')) as Array<
      Omit<CurrentUser, 'loginMethod'>
    >;
    return people.filter((p) =>
      defineAbilityFor({ ...p, loginMethod: 'strong' }).can('claim', record('Task', taskSubject(row))),
    );
  }

  defineRoute(router, '/tasks', {
    method: 'get',
    path: '/:id/candidates',
    summary: 'Personnes à qui la tâche peut être attribuée',
    tags: ['Coordination'],
    params: TaskParams,
    responses: {
      200: {
        description: 'Personnes',
        schema: z.object({ people: z.array(z.object({ id: z.string(), displayName: z.string() })) }),
      },
    },
    handler: async (ctx, { params }) => {
      await loadTask(ctx, params.id, 'reassign');
      const people = await eligibleAssignees(params.id);
      ctx.body = { people: people.map((p) => ({ id: p.id, displayName: p.displayName })) };
    },
  });

  defineRoute(router, '/tasks', {
    method: 'post',
    path: '/:id/assign',
    summary: 'Réattribuer une tâche (coordination)',
    tags: ['Coordination'],
    params: TaskParams,
    body: z.object({ assigneeId: RecordId() }).strict(),
    responses: { 200: { description: 'Tâche réattribuée', schema: z.object({ task: TaskView }) } },
    handler: async (ctx, { params, body }) => {
      await loadTask(ctx, params.id, 'reassign');
      const assignee = (await eligibleAssignees(params.id)).find((p) => p.id === body.assigneeId);
      if (!assignee) {
        throw new AppError(
          400,
          'TASK_ASSIGNEE_NOT_ELIGIBLE',
          'Cette personne ne peut pas recevoir cette tâche.',
          [{ path: 'assigneeId', message: 'Choisissez une personne de l’équipe chargée de la tâche' }],
        );
      }
      await act(ctx, params.id, 'reassign', reassignTask, (actor) => ({
        taskId: params.id,
        actor,
        assignee: { id: assignee.id, displayName: assignee.displayName, roles: assignee.roles },
      }));
    },
  });

  return router;
}
