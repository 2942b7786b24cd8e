import {
  allHandlersFinished,
  condition,
  defineUpdate,
  getExternalWorkflowHandle,
  patched,
  setHandler,
} from '@temporalio/workflow';
import type { Duration, UpdateDefinition } from '@temporalio/common';
import type { CaseSnapshot } from '../activities/read-model';
import {
  VALIDATIONS,
  checkValidationOutcome,
  type ValidationKind,
  type ValidationOutcome,
} from '../common/validation';
import { VALIDATION_DECIDED } from '../common/procedures/validation';
import type { Actor } from './human-tasks';
import { CaseRecord, refuse } from './case-record';
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
export function validationWorkflowId(kind: ValidationKind, key: string): string {
  return `${kind}-${key}`;
}

export async function validationWorkflow(input: ValidationInput): Promise<CaseSnapshot> {
  const spec = VALIDATIONS[input.kind];
  let subjectId = input.subjectId;
  let replaced = 0;
  let decided = false;
  let withdrawnBy: Actor | null = null;

  const record = new CaseRecord({
    caseId: input.caseId,
    procedure: spec.procedure,
    provider: input.provider,
    openedBy: input.submittedBy.id,
    details: () => ({ kind: input.kind, subjectId, replaced }),
    // The schema checks the decision and its reason; whether the agent looked at the submission
    // still on file is this case's to say.
    checkAgainstState: (_kind, outcome) =>
      checkValidationOutcome(outcome as unknown as ValidationOutcome, subjectId).filter(
        (p) => p.path === 'outcome.subjectId',
      ),
  });
  const tasks = record.tasks;

  setHandler(
    submit,
    async (update) => {
      await record.whenRegistered();
      if (update.subjectId === subjectId) return record.snapshot; // the submission that opened the case
      await readModel.replaceSubmission({ kind: input.kind, replaced: subjectId, by: update.subjectId });
      subjectId = update.subjectId;
      replaced += 1;
      await record.update({}, { settle: 'with-projection' });
      return record.snapshot;
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
      return record.snapshot;
    },
    {
      validator: (request: WithdrawInput) => {
        if (decided || !request.actor) refuse(VALIDATION_DECIDED, 'Cette demande a déjà été traitée.');
      },
    },
  );

  await record.register();

  await record.notifyRole(
    spec.role,
    `${input.caseId}:team-notified`,
    `${spec.noticeForTeam} : ${input.provider.displayName} (${input.provider.subregionName}).`,
  );
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
    await record.notifyOverdue(task, 'supervisor');
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
    await record.notifyProvider(
      `${input.caseId}:provider-decision`,
      result.decision === 'approved'
        ? spec.approvedMessage
        : `${spec.rejectedMessage} Motif : ${result.comment ?? ''}`,
    );
  }

  await record.close({ ...outcome, overdue: overdueNotified }, { settle: 'with-projection' });
  await condition(allHandlersFinished);
  return record.snapshot;
}
