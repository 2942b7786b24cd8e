import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  getExternalWorkflowHandle,
  patched,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Duration, QueryDefinition, UpdateDefinition } from '@temporalio/common';
import type { CaseSnapshot, TaskSnapshot } from '../activities/read-model';
import type { FieldProblem } from '../common/cessation-risk';
import { CASE_STATUS } from '../common/search-attributes';
import {
  VALIDATIONS,
  checkValidationOutcome,
  type ValidationKind,
  type ValidationOutcome,
} from '../common/validation';
import { HumanTasks, type Actor } from './human-tasks';
import { acteWorkflowId, bankDetailsApproved } from './acte';
import { readModel } from './activity-presets';

/**
 * A submission that only counts once an agent has validated it (DOMAIN.md procedures 4 and 5):
 * the bank details with their statement (RIB, agent subsides) and each photo of the place
 * (agent conseil). The workflow carries ids only — never the IBAN — and owns the decision; the
 * data and the files stay in PostgreSQL.
 */
export interface ValidationInput {
  caseId: string;
  kind: ValidationKind;
  /** The idempotency key of the request that opened the case. */
  requestKey: string;
  provider: { id: string; displayName: string; subregionName: string };
  submittedBy: { id: string; displayName: string };
  /** The submission to decide on: a `bank_details` row or a `photos` row. */
  subjectId: string;
  deadlines: { review: Duration };
}

export interface SubmitInput {
  requestKey: string;
  subjectId: string;
  actor: { id: string; displayName: string };
}
export interface WithdrawInput {
  actor: Actor;
}

/**
 * Sent with every submission (update-with-start): the first one opens the case; a newer bank
 * statement sent while the case waits replaces the pending one in the same case.
 */
export const submit: UpdateDefinition<CaseSnapshot, [SubmitInput]> = defineUpdate('submit');
/** The provider removed the photo: nothing is left to validate. */
export const withdraw: UpdateDefinition<CaseSnapshot, [WithdrawInput]> = defineUpdate('withdraw');
export const getCase: QueryDefinition<CaseSnapshot> = defineQuery('getCase');
export const getTasks: QueryDefinition<TaskSnapshot[]> = defineQuery('getTasks');

export const VALIDATION_DECIDED = 'VALIDATION_DECIDED';

export function validationWorkflowId(kind: ValidationKind, key: string): string {
  return `${kind}-${key}`;
}

function refuse(type: string, message: string, details: FieldProblem[] = []): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true, details });
}

export async function validationWorkflow(input: ValidationInput): Promise<CaseSnapshot> {
  const spec = VALIDATIONS[input.kind];
  const info = workflowInfo();
  let subjectId = input.subjectId;
  let current: CaseSnapshot = {
    id: input.caseId,
    procedure: spec.procedure,
    providerId: input.provider.id,
    workflowId: info.workflowId,
    runId: info.firstExecutionRunId,
    status: 'open',
    details: { kind: input.kind, subjectId, replaced: 0 },
    outcome: null,
    openedBy: input.submittedBy.id,
    openedAt: info.startTime.toISOString(),
    closedAt: null,
    version: 1,
  };
  let recorded = false;
  let decided = false;
  let withdrawnBy: Actor | null = null;

  const tasks = new HumanTasks(input.caseId, (kind, outcome) =>
    kind === spec.taskKind ? checkValidationOutcome(outcome as unknown as ValidationOutcome, subjectId) : [],
  );
  setHandler(getCase, () => current);
  setHandler(getTasks, () => tasks.all());

  setHandler(
    submit,
    async (update) => {
      await condition(() => recorded);
      if (update.subjectId === subjectId) return current; // the submission that opened the case
      await readModel.replaceSubmission({ kind: input.kind, replaced: subjectId, by: update.subjectId });
      subjectId = update.subjectId;
      current = {
        ...current,
        details: { ...current.details, subjectId, replaced: Number(current.details.replaced) + 1 },
        version: current.version + 1,
      };
      await readModel.syncCase(current);
      return current;
    },
    {
      validator: (update) => {
        if (!spec.replaceable && update.requestKey !== input.requestKey)
          refuse(VALIDATION_DECIDED, 'Cette demande est déjà en cours de validation.');
        if (decided || withdrawnBy)
          refuse(VALIDATION_DECIDED, 'Cette demande a déjà été traitée : envoyez-en une nouvelle.');
      },
    },
  );
  setHandler(
    withdraw,
    (request: WithdrawInput): CaseSnapshot => {
      withdrawnBy = request.actor;
      return current;
    },
    {
      validator: (request: WithdrawInput) => {
        if (decided || !request.actor) refuse(VALIDATION_DECIDED, 'Cette demande a déjà été traitée.');
      },
    },
  );

  await readModel.syncCase(current);
  recorded = true;

  await readModel.notify({
    key: `${input.caseId}:team-notified`,
    recipientRole: spec.role,
    caseId: input.caseId,
    message: `${spec.noticeForTeam} : ${input.provider.displayName} (${input.provider.subregionName}).`,
  });
  const task = await tasks.open({
    key: 'review',
    kind: spec.taskKind,
    title: spec.taskTitle,
    candidateRole: spec.role,
    dueIn: input.deadlines.review,
  });

  // The agent decides, or the provider withdraws (a photo removed): whichever comes first.
  let overdueNotified = false;
  const dueMs = Date.parse(task.dueAt) - Date.now();
  const inTime = await condition(() => task.status !== 'open' || withdrawnBy !== null, Math.max(0, dueMs));
  if (!inTime) {
    overdueNotified = true;
    await tasks.escalate(task.id);
    await readModel.notify({
      key: `${task.id}:overdue:supervisor`,
      recipientRole: 'supervisor',
      caseId: input.caseId,
      message: `Délai dépassé : « ${task.title} » pour ${input.provider.displayName} n’a pas été traitée à temps.`,
    });
    await condition(() => task.status !== 'open' || withdrawnBy !== null);
  }

  let outcome: Record<string, unknown>;
  if (task.status === 'open' && withdrawnBy) {
    await tasks.cancel(task.id, spec.withdrawnLabel);
    outcome = { decision: 'withdrawn', comment: null, subjectId };
  } else {
    decided = true;
    const result = task.outcome as unknown as ValidationOutcome;
    await readModel.decideSubmission({
      kind: input.kind,
      subjectId,
      decision: result.decision,
      reason: result.comment ?? null,
      decidedBy: task.completedBy!,
    });
    outcome = { ...result };
    // Validated bank details may be what an ACTE subsidy waits for: its case hears of them now
    // rather than at its next check. Histories recorded before this step replay without it.
    if (input.kind === 'rib' && result.decision === 'approved' && patched('acte-bank-details-signal')) {
      try {
        await getExternalWorkflowHandle(acteWorkflowId(input.provider.id)).signal(bankDetailsApproved);
      } catch {
        // No ACTE case for this provider: nothing waits for these details.
      }
    }
    await readModel.notify({
      key: `${input.caseId}:provider-decision`,
      providerId: input.provider.id,
      caseId: input.caseId,
      message:
        result.decision === 'approved'
          ? spec.approvedMessage
          : `${spec.rejectedMessage} Motif : ${result.comment ?? ''}`,
    });
  }

  current = {
    ...current,
    status: 'closed',
    outcome: { ...outcome, overdue: overdueNotified },
    closedAt: new Date().toISOString(),
    version: current.version + 1,
  };
  upsertSearchAttributes([{ key: CASE_STATUS, value: 'closed' }]);
  await readModel.syncCase(current);
  await condition(allHandlersFinished);
  return current;
}
