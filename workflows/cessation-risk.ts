import { allHandlersFinished, condition, defineUpdate } from '@temporalio/workflow';
import type { Duration, UpdateDefinition } from '@temporalio/common';
import type { CaseSnapshot } from '../activities/read-model';
import {
  PROCEDURE,
  PROCEDURE_LABEL,
  describeOutcome,
  type AnalysisOutcome,
  type CessationRiskReport,
} from '../common/cessation-risk';
import { ANALYSIS_TASK_KIND, CASE_ALREADY_OPEN } from '../common/procedures/cessation-risk';
import { CaseRecord, refuse } from './case-record';

export interface CessationRiskInput {
  caseId: string;
  /** The idempotency key of the request that opened the case. */
  requestKey: string;
  provider: { id: string; displayName: string; subregionName: string };
  reportedBy: { id: string; displayName: string };
  report: CessationRiskReport;
  deadlines: { analysis: Duration };
}

export interface ConfirmReportInput {
  requestKey: string;
}

/**
 * Sent right after the start by the API: answers once the case is on record, and refuses a
 * second report (another request key) while this one is open.
 */
export const confirmReport: UpdateDefinition<CaseSnapshot, [ConfirmReportInput]> =
  defineUpdate('confirmReport');

export function cessationRiskWorkflowId(providerId: string): string {
  return `cessation-risk-${providerId}`;
}

export async function cessationRiskWorkflow(input: CessationRiskInput): Promise<CaseSnapshot> {
  const record = new CaseRecord({
    caseId: input.caseId,
    procedure: PROCEDURE,
    provider: input.provider,
    openedBy: input.reportedBy.id,
    details: () => ({ ...input.report }),
  });
  record.confirmWith(confirmReport, ({ requestKey }) => {
    if (requestKey !== input.requestKey)
      refuse(
        CASE_ALREADY_OPEN,
        'Vous avez déjà signalé un risque de cessation d’activité : la cellule de veille de l’ONE l’analyse.',
        [{ caseId: input.caseId }],
      );
  });
  await record.register();

  await record.notifyRole(
    'cellule_veille',
    `${input.caseId}:cellule-veille-notified`,
    `Nouveau ${PROCEDURE_LABEL.toLowerCase()} : ${input.provider.displayName} (${input.provider.subregionName}).`,
  );
  const analysis = await record.tasks.open({
    key: 'analysis',
    kind: ANALYSIS_TASK_KIND,
    title: 'Contacter et analyser le signalement',
    candidateRole: 'cellule_veille',
    dueIn: input.deadlines.analysis,
  });
  const done = await record.tasks.closed(analysis.id, async (task) => {
    await record.notifyOverdue(task, 'supervisor');
    await record.notifyOverdue(task, 'team');
  });

  const outcome = done.outcome as unknown as AnalysisOutcome;
  await record.close({ ...outcome }, { settle: 'with-projection' });
  await record.notifyProvider(
    `${input.caseId}:provider-outcome`,
    `Votre signalement a été analysé par la cellule de veille de l’ONE. Résultat : ${describeOutcome(outcome)}.`,
  );
  // Let in-flight updates answer before the run closes.
  await condition(allHandlersFinished);
  return record.snapshot;
}
