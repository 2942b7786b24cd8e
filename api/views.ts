import type { Knex } from 'knex';
import { ROLE_LABELS, subregionName, type Role } from '../common/roles';
import { DECISION_LABELS, procedureOf } from '../common/procedures';
import { PROCEDURE as BILAN } from '../common/bilan';
import { registry, z } from './define-route';

/** What the API shows of cases and tasks, with the words people read. */

const Subregion = z.object({ code: z.string(), name: z.string() });
const PersonRef = z.object({ id: z.string(), displayName: z.string() });
const ProviderRef = PersonRef.extend({ subregion: Subregion });
const Concerns = z
  .object({
    displayName: z.string(),
    /** The childminder's subregion, or what the person is (« Sans compte PRO.ONE »). */
    detail: z.string().nullable(),
  })
  .openapi('Concerns');

export const OutcomeView = z
  .object({
    decision: z.string(),
    decisionLabel: z.string(),
    amountEur: z.number().nullable(),
    comment: z.string().nullable(),
  })
  .openapi('Outcome');
// Registered before any route uses them: zod-to-openapi would otherwise make the component of the
// first use it meets, here `.nullable()`, and every reference to it would read as nullable.
registry.register('Outcome', OutcomeView);

export const CaseSummary = z
  .object({
    id: z.string(),
    procedure: z.string(),
    procedureLabel: z.string(),
    /** The childminder the case concerns; null for a case about someone else (a helpdesk question). */
    provider: ProviderRef.nullable(),
    /** Whom the case concerns, as a list shows it: the childminder, or the person who asked. */
    concerns: Concerns,
    status: z.enum(['open', 'closed']),
    statusLabel: z.string(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    /** One line describing the case, whatever its procedure. */
    summary: z.string(),
    /** The report of a cessation-risk case; null for other procedures. */
    details: z
      .object({
        period: z.string(),
        periodLabel: z.string(),
        reason: z.string(),
        reasonLabel: z.string(),
        reasonOther: z.string().nullable(),
      })
      .nullable(),
    outcome: OutcomeView.nullable(),
    overdue: z.boolean(),
    /** What ONE is waiting for, in the provider's words; null when nothing. */
    waitingFor: z.string().nullable(),
    /** Why a promise of the case may not be kept in time (an ACTE subsidy); null when on track. */
    atRisk: z.string().nullable(),
    /** Documents of the case the provider may download (decision letters). */
    documents: z.array(z.object({ id: z.string(), label: z.string(), url: z.string() })),
  })
  .openapi('CaseSummary');
registry.register('CaseSummary', CaseSummary);
export type CaseSummary = z.infer<typeof CaseSummary>;

export const TaskView = z
  .object({
    id: z.string(),
    caseId: z.string(),
    /** The bilan this task is about (its case id), when it belongs to a bilan de fonctionnement. */
    bilanId: z.string().nullable(),
    kind: z.string(),
    title: z.string(),
    candidateRole: z.string(),
    candidateRoleLabel: z.string(),
    assignee: PersonRef.nullable(),
    status: z.enum(['open', 'completed', 'cancelled']),
    statusLabel: z.string(),
    dueAt: z.string(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
    overdue: z.boolean(),
    escalatedAt: z.string().nullable(),
    /** The childminder the task's case concerns; null for a case about someone else. */
    provider: ProviderRef.nullable(),
    /** Whom the task's case concerns, as a list shows it. */
    concerns: Concerns,
    outcome: OutcomeView.nullable(),
  })
  .openapi('Task');
export type TaskView = z.infer<typeof TaskView>;

export const NotificationView = z
  .object({ id: z.string(), createdAt: z.string(), message: z.string(), caseId: z.string().nullable() })
  .openapi('Notification');

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

export function outcomeView(outcome: Record<string, unknown> | null): z.infer<typeof OutcomeView> | null {
  if (!outcome) return null;
  const comment = typeof outcome.comment === 'string' ? outcome.comment : null;
  // A task the workflow closed itself (its object is gone).
  if (typeof outcome.cancelReason === 'string')
    return { decision: 'cancelled', decisionLabel: outcome.cancelReason, amountEur: null, comment: null };
  // A comment alone (a bilan review), or a closed bilan.
  const decision =
    'decision' in outcome ? String(outcome.decision) : 'closedBy' in outcome ? 'closed' : 'reviewed';
  return {
    decision,
    decisionLabel: DECISION_LABELS[decision] ?? decision,
    amountEur: typeof outcome.amountEur === 'number' ? outcome.amountEur : null,
    comment,
  };
}

const OVERDUE = `exists (select 1 from tasks t where t.case_id = c.id and t.status = 'open' and t.due_at < now()) as overdue`;

/** Cases joined with their provider, without the `overdue` flag: the base of a page of cases. */
export function caseBaseQuery(db: Knex): Knex.QueryBuilder {
  return db('cases as c')
    .leftJoin('providers as p', 'p.id', 'c.provider_id')
    .select(
      'c.*',
      'p.first_name as provider_first_name',
      'p.last_name as provider_last_name',
      'p.subregion_code as provider_subregion_code',
      'p.agent_conseil_id as provider_agent_conseil_id',
    );
}

/** Cases joined with their provider and whether a task of theirs is past due. */
export function caseQuery(db: Knex): Knex.QueryBuilder {
  return caseBaseQuery(db).select(db.raw(OVERDUE));
}

/**
 * A page of cases (a `caseBaseQuery` already ordered and limited) with the `overdue` flag
 * computed for that page only: in the same SELECT as the ORDER BY … LIMIT, PostgreSQL checks
 * every open task of the table once (a hashed subplan) before it keeps 200 rows.
 */
export function casePage(db: Knex, page: Knex.QueryBuilder): Knex.QueryBuilder {
  return db
    .from(page.as('c'))
    .select('c.*', db.raw(OVERDUE))
    .orderBy([
      { column: 'c.opened_at', order: 'desc' },
      { column: 'c.id', order: 'desc' },
    ]);
}

export const CASE_COLUMNS = {
  providerId: 'c.provider_id',
  openedBy: 'c.opened_by',
  procedure: 'c.procedure',
  subregionCode: 'p.subregion_code',
  agentConseilId: 'p.agent_conseil_id',
};

type Row = Record<string, unknown>;

/** The provider columns that `caseQuery` and `taskQuery` both join in; null for a case without one. */
function providerRef(row: Row): z.infer<typeof ProviderRef> | null {
  if (row.providerId == null) return null;
  const code = String(row.providerSubregionCode);
  return {
    id: String(row.providerId),
    displayName: `${String(row.providerFirstName)} ${String(row.providerLastName)}`,
    subregion: { code, name: subregionName(code) },
  };
}

/**
 * Whom a case concerns: its childminder, or the person named in its details (`requester`, for a
 * case that concerns someone else: a question to the helpdesk).
 */
function concerns(
  provider: z.infer<typeof ProviderRef> | null,
  requesterName: unknown,
): z.infer<typeof Concerns> {
  if (provider) return { displayName: provider.displayName, detail: provider.subregion.name };
  return {
    displayName: typeof requesterName === 'string' ? requesterName : 'Personne inconnue',
    detail: null,
  };
}

export function caseSummary(row: Row): CaseSummary {
  const status = row.status as 'open' | 'closed';
  const procedure = String(row.procedure);
  const outcome = outcomeView(row.outcome as Record<string, unknown> | null);
  const details = (row.details ?? {}) as Record<string, unknown>;
  const provider = providerRef(row);
  const contract = procedureOf(procedure);
  const described = contract?.describe({
    procedure,
    status,
    details,
    outcome: (row.outcome as Record<string, unknown> | null) ?? null,
    outcomeLabel: outcome?.decisionLabel ?? null,
  });
  return {
    id: String(row.id),
    procedure,
    procedureLabel: contract?.label ?? procedure,
    provider,
    concerns: concerns(provider, (details.requester as { displayName?: unknown } | undefined)?.displayName),
    status,
    statusLabel: described?.statusLabel ?? (status === 'open' ? 'En cours' : 'Terminé'),
    openedAt: iso(row.openedAt as Date)!,
    closedAt: iso(row.closedAt as Date | null),
    summary: described?.summary ?? '',
    details: (described?.details ?? null) as CaseSummary['details'],
    outcome,
    overdue: Boolean(row.overdue),
    waitingFor: described?.waitingFor ?? null,
    atRisk: described?.atRisk ?? null,
    documents: described?.documents ?? [],
  };
}

/** Tasks joined with their case's provider and assignee. */
export function taskQuery(db: Knex): Knex.QueryBuilder {
  return db('tasks as t')
    .join('cases as c', 'c.id', 't.case_id')
    .leftJoin('providers as p', 'p.id', 'c.provider_id')
    .leftJoin('users as u', 'u.id', 't.assignee_id')
    .select(
      't.*',
      'c.provider_id as provider_id',
      'c.procedure as case_procedure',
      db.raw(`c.details->'requester'->>'displayName' as requester_name`),
      'p.first_name as provider_first_name',
      'p.last_name as provider_last_name',
      'p.subregion_code as provider_subregion_code',
      'p.agent_conseil_id as provider_agent_conseil_id',
      'u.display_name as assignee_name',
      db.raw(`(t.status = 'open' and t.due_at < now()) as overdue`),
    );
}

export const TASK_COLUMNS = {
  candidateRole: 't.candidate_role',
  subregionCode: 'p.subregion_code',
  agentConseilId: 'p.agent_conseil_id',
};

const TASK_STATUS_LABELS = { open: 'À traiter', completed: 'Terminée', cancelled: 'Annulée' } as const;

export function taskView(row: Row): TaskView {
  const status = row.status as TaskView['status'];
  return {
    id: String(row.id),
    caseId: String(row.caseId),
    bilanId: row.caseProcedure === BILAN ? String(row.caseId) : null,
    kind: String(row.kind),
    title: String(row.title),
    candidateRole: String(row.candidateRole),
    candidateRoleLabel: ROLE_LABELS[row.candidateRole as Role] ?? String(row.candidateRole),
    assignee: row.assigneeId ? { id: String(row.assigneeId), displayName: String(row.assigneeName) } : null,
    status,
    statusLabel: TASK_STATUS_LABELS[status],
    dueAt: iso(row.dueAt as Date)!,
    createdAt: iso(row.createdAt as Date)!,
    completedAt: iso(row.completedAt as Date | null),
    overdue: Boolean(row.overdue),
    escalatedAt: iso(row.escalatedAt as Date | null),
    provider: providerRef(row),
    concerns: concerns(providerRef(row), row.requesterName),
    outcome: outcomeView(row.outcome as Record<string, unknown> | null),
  };
}

/** The record a permission check looks at, with the fields the rules name. */
const scopeOf = (row: Row) => ({
  providerId: (row.providerId as string | null) ?? null,
  subregionCode: (row.providerSubregionCode as string | null) ?? null,
  agentConseilId: (row.providerAgentConseilId as string | null) ?? null,
});
/** From a `caseQuery` row. */
export function caseSubject(row: Row) {
  return {
    ...scopeOf(row),
    procedure: String(row.procedure),
    openedBy: (row.openedBy as string | null) ?? null,
  };
}
/** From a `taskQuery` row. */
export function taskSubject(row: Row) {
  return { ...scopeOf(row), candidateRole: String(row.candidateRole) };
}
