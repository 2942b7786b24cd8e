import type { Knex } from 'knex';
import {
  DECISION_LABELS,
  PERIOD_LABELS,
  PROCEDURE,
  PROCEDURE_LABEL,
  REASON_LABELS,
  type Decision,
  type Period,
  type Reason,
} from '../common/cessation-risk';
import { ROLE_LABELS, subregionName, type Role } from '../common/roles';
import { VALIDATIONS, VALIDATION_DECISION_LABELS, VALIDATION_KINDS } from '../common/validation';
import {
  PROCEDURE as BILAN,
  PROCEDURE_LABEL as BILAN_LABEL,
  STAGE_LABELS as BILAN_STAGE_LABELS,
  describeBilan,
  type BilanDetails,
} from '../common/bilan';
import {
  ADAPTATION,
  ADAPTATION_LABEL,
  ADAPTATION_STAGE_LABELS,
  DOCUMENT_KIND_LABELS,
  REVIEW_DECISION_LABELS,
  adaptationWaitingFor,
  dayFr,
  describeRequest,
  type AdaptationRequest,
  type AdaptationStage,
  type DocumentKind,
} from '../common/adaptation';
import {
  ACTE,
  ACTE_DECISION_LABELS,
  ACTE_LABEL,
  ACTE_QUESTION,
  ACTE_QUESTION_LABEL,
  acteCaseStatus,
  euros,
} from '../common/acte';
import type { ActeDetails } from '../workflows/acte';
import { z } from './define-route';

/** What the API shows of cases and tasks, with the words people read. */

const Subregion = z.object({ code: z.string(), name: z.string() });
const PersonRef = z.object({ id: z.string(), displayName: z.string() });
const ProviderRef = PersonRef.extend({ subregion: Subregion });

export const OutcomeView = z
  .object({
    decision: z.string(),
    decisionLabel: z.string(),
    amountEur: z.number().nullable(),
    comment: z.string().nullable(),
  })
  .openapi('Outcome');

export const CaseSummary = z
  .object({
    id: z.string(),
    procedure: z.string(),
    procedureLabel: z.string(),
    provider: ProviderRef,
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
    provider: ProviderRef,
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
  // A task the workflow closed itself (its object is gone), a bilan review, a closed bilan.
  if (typeof outcome.cancelReason === 'string')
    return { decision: 'cancelled', decisionLabel: outcome.cancelReason, amountEur: null, comment: null };
  if (!('decision' in outcome)) {
    const closed = 'closedBy' in outcome;
    return {
      decision: closed ? 'closed' : 'reviewed',
      decisionLabel: closed ? 'Bilan clôturé' : 'Lu et commenté',
      amountEur: null,
      comment,
    };
  }
  const decision = String(outcome.decision);
  if (decision in ACTE_DECISION_LABELS)
    return { decision, decisionLabel: ACTE_DECISION_LABELS[decision], amountEur: null, comment };
  if (decision in REVIEW_DECISION_LABELS)
    return {
      decision,
      decisionLabel: REVIEW_DECISION_LABELS[decision as keyof typeof REVIEW_DECISION_LABELS],
      amountEur: null,
      comment,
    };
  if (decision in VALIDATION_DECISION_LABELS)
    return {
      decision,
      decisionLabel: VALIDATION_DECISION_LABELS[decision as keyof typeof VALIDATION_DECISION_LABELS],
      amountEur: null,
      comment,
    };
  return {
    decision,
    decisionLabel: DECISION_LABELS[decision as Decision] ?? decision,
    amountEur: typeof outcome.amountEur === 'number' ? outcome.amountEur : null,
    comment: typeof outcome.comment === 'string' ? outcome.comment : null,
  };
}

const OVERDUE = `exists (select 1 from tasks t where t.case_id = c.id and t.status = 'open' and t.due_at < now()) as overdue`;

/** Cases joined with their provider, without the `overdue` flag: the base of a page of cases. */
export function caseBaseQuery(db: Knex): Knex.QueryBuilder {
  return db('cases as c')
    .join('providers as p', 'p.id', 'c.provider_id')
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
  procedure: 'c.procedure',
  subregionCode: 'p.subregion_code',
  agentConseilId: 'p.agent_conseil_id',
};

type Row = Record<string, unknown>;

/** The provider columns that `caseQuery` and `taskQuery` both join in. */
function providerRef(row: Row): z.infer<typeof ProviderRef> {
  const code = String(row.providerSubregionCode);
  return {
    id: String(row.providerId),
    displayName: `${String(row.providerFirstName)} ${String(row.providerLastName)}`,
    subregion: { code, name: subregionName(code) },
  };
}

export function caseSummary(row: Row): CaseSummary {
  const status = row.status as 'open' | 'closed';
  const common = {
    id: String(row.id),
    procedure: String(row.procedure),
    provider: providerRef(row),
    status,
    openedAt: iso(row.openedAt as Date)!,
    closedAt: iso(row.closedAt as Date | null),
    outcome: outcomeView(row.outcome as Record<string, unknown> | null),
    overdue: Boolean(row.overdue),
    waitingFor: null as string | null,
    atRisk: null as string | null,
    documents: [] as Array<{ id: string; label: string; url: string }>,
  };
  if (row.procedure === ACTE) {
    const d = row.details as unknown as ActeDetails;
    const state = acteCaseStatus(d);
    return {
      ...common,
      procedureLabel: ACTE_LABEL,
      statusLabel: status === 'open' ? state.label : 'Dispositif terminé',
      summary: `Année ${d.year} du dispositif${d.payment ? ` · subside de ${euros(d.payment.amountCents)} pour ${d.payment.places} place(s)` : ''}`,
      details: null,
      waitingFor: status === 'open' ? state.waitingFor : null,
      atRisk:
        status === 'open'
          ? d.escalated
            ? `Délai de paiement dépassé${d.atRisk ? ` : ${d.atRisk.toLowerCase()}` : ''}`
            : d.atRisk
          : null,
    };
  }
  if (row.procedure === ACTE_QUESTION) {
    const d = row.details as { question: string; answer: string | null };
    return {
      ...common,
      procedureLabel: ACTE_QUESTION_LABEL,
      statusLabel: status === 'open' ? 'En attente de réponse' : 'Réponse reçue',
      summary: d.question.length > 140 ? `${d.question.slice(0, 139)}…` : d.question,
      details: null,
      waitingFor: status === 'open' ? 'La réponse de l’équipe ACTE' : null,
    };
  }
  if (row.procedure === ADAPTATION) {
    const d = row.details as {
      request: AdaptationRequest;
      stage: AdaptationStage;
      documents?: Array<{ id: string; kind: DocumentKind }>;
    };
    return {
      ...common,
      procedureLabel: ADAPTATION_LABEL,
      statusLabel: ADAPTATION_STAGE_LABELS[d.stage] ?? String(d.stage),
      summary: describeRequest(d.request, dayFr),
      details: null,
      waitingFor: status === 'open' ? adaptationWaitingFor(d.stage, d.request) : null,
      documents: (d.documents ?? []).map((doc) => ({
        id: doc.id,
        label: DOCUMENT_KIND_LABELS[doc.kind],
        url: `/api/decision-documents/${doc.id}`,
      })),
    };
  }
  if (row.procedure === BILAN) {
    const bilan = row.details as BilanDetails;
    return {
      ...common,
      procedureLabel: BILAN_LABEL,
      statusLabel: BILAN_STAGE_LABELS[bilan.stage] ?? String(bilan.stage),
      summary: describeBilan(bilan),
      details: null,
    };
  }
  const validation = VALIDATION_KINDS.find((k) => VALIDATIONS[k].procedure === row.procedure);
  if (validation) {
    const spec = VALIDATIONS[validation];
    return {
      ...common,
      procedureLabel: spec.procedureLabel,
      statusLabel:
        status === 'open' ? 'En attente de validation' : (common.outcome?.decisionLabel ?? 'Traité'),
      summary:
        status === 'open'
          ? `${spec.procedureLabel} : en attente`
          : `${spec.procedureLabel} : ${common.outcome?.decisionLabel ?? 'traitée'}`,
      details: null,
      waitingFor: status === 'open' ? 'La vérification de votre envoi par l’ONE' : null,
    };
  }
  const details = row.details as { period: Period; reason: Reason; reasonOther?: string | null };
  const periodLabel = PERIOD_LABELS[details.period] ?? details.period;
  const reasonLabel = REASON_LABELS[details.reason] ?? details.reason;
  return {
    ...common,
    procedureLabel: row.procedure === PROCEDURE ? PROCEDURE_LABEL : String(row.procedure),
    statusLabel: status === 'open' ? 'En cours d’analyse' : 'Traité',
    waitingFor: status === 'open' ? 'L’ONE vous contacte pour analyser votre situation' : null,
    summary: `${periodLabel} · ${reasonLabel}`,
    details: {
      period: details.period,
      periodLabel,
      reason: details.reason,
      reasonLabel,
      reasonOther: details.reasonOther ?? null,
    },
  };
}

/** Tasks joined with their case's provider and assignee. */
export function taskQuery(db: Knex): Knex.QueryBuilder {
  return db('tasks as t')
    .join('cases as c', 'c.id', 't.case_id')
    .join('providers as p', 'p.id', 'c.provider_id')
    .leftJoin('users as u', 'u.id', 't.assignee_id')
    .select(
      't.*',
      'c.provider_id as provider_id',
      'c.procedure as case_procedure',
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
    outcome: outcomeView(row.outcome as Record<string, unknown> | null),
  };
}

/** The record a permission check looks at, with the fields the rules name. */
const scopeOf = (row: Row) => ({
  providerId: String(row.providerId),
  subregionCode: String(row.providerSubregionCode),
  agentConseilId: (row.providerAgentConseilId as string | null) ?? null,
});
/** From a `caseQuery` row. */
export function caseSubject(row: Row) {
  return { ...scopeOf(row), procedure: String(row.procedure) };
}
/** From a `taskQuery` row. */
export function taskSubject(row: Row) {
  return { ...scopeOf(row), candidateRole: String(row.candidateRole) };
}
