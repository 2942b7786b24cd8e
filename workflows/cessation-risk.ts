import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  defineQuery,
  defineUpdate,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Duration, QueryDefinition, UpdateDefinition } from '@temporalio/common';
import type { CaseSnapshot, TaskSnapshot } from '../activities/read-model';
import {
  PROCEDURE,
  PROCEDURE_LABEL,
  checkAnalysisOutcome,
  describeOutcome,
  type AnalysisOutcome,
  type CessationRiskReport,
} from '../common/cessation-risk';
import { CASE_STATUS } from '../common/search-attributes';
import { HumanTasks } from './human-tasks';
import { readModel } from './activity-presets';

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
export const getCase: QueryDefinition<CaseSnapshot> = defineQuery('getCase');
export const getTasks: QueryDefinition<TaskSnapshot[]> = defineQuery('getTasks');

export const ANALYSIS_TASK_KIND = 'cessation_risk.analysis';
export const CASE_ALREADY_OPEN = 'CASE_ALREADY_OPEN';

export function cessationRiskWorkflowId(providerId: string): string {
  return `cessation-risk-${providerId}`;
}

export async function cessationRiskWorkflow(input: CessationRiskInput): Promise<CaseSnapshot> {
  const info = workflowInfo();
  let current: CaseSnapshot = {
    id: input.caseId,
    procedure: PROCEDURE,
    providerId: input.provider.id,
    workflowId: info.workflowId,
    runId: info.firstExecutionRunId,
    status: 'open',
    details: { ...input.report },
    outcome: null,
    openedBy: input.reportedBy.id,
    openedAt: info.startTime.toISOString(),
    closedAt: null,
    version: 1,
  };
  let recorded = false;

  setHandler(getCase, () => current);
  setHandler(
    confirmReport,
    async () => {
      await condition(() => recorded);
      return current;
    },
    {
      validator: ({ requestKey }) => {
        if (requestKey !== input.requestKey) {
          throw ApplicationFailure.create({
            type: CASE_ALREADY_OPEN,
            message:
              'Vous avez déjà signalé un risque de cessation d’activité : la cellule de veille de l’ONE l’analyse.',
            nonRetryable: true,
            details: [{ caseId: input.caseId }],
          });
        }
      },
    },
  );
  const tasks = new HumanTasks(input.caseId, (kind, outcome) =>
    kind === ANALYSIS_TASK_KIND ? checkAnalysisOutcome(outcome as unknown as AnalysisOutcome) : [],
  );
  setHandler(getTasks, () => tasks.all());

  await readModel.syncCase(current);
  recorded = true;

  await readModel.notify({
    key: `${input.caseId}:cellule-veille-notified`,
    recipientRole: 'cellule_veille',
    caseId: input.caseId,
    message: `Nouveau ${PROCEDURE_LABEL.toLowerCase()} : ${input.provider.displayName} (${input.provider.subregionName}).`,
  });

  const analysis = await tasks.open({
    key: 'analysis',
    kind: ANALYSIS_TASK_KIND,
    title: 'Contacter et analyser le signalement',
    candidateRole: 'cellule_veille',
    dueIn: input.deadlines.analysis,
  });

  const done = await tasks.closed(analysis.id, async (task) => {
    const message = `Délai dépassé : « ${task.title} » pour ${input.provider.displayName} n’a pas été traitée à temps.`;
    await readModel.notify({
      key: `${task.id}:overdue:supervisor`,
      recipientRole: 'supervisor',
      caseId: input.caseId,
      message,
    });
    await readModel.notify({
      key: `${task.id}:overdue:team`,
      recipientRole: task.candidateRole,
      caseId: input.caseId,
      message,
    });
  });

  const outcome = done.outcome as unknown as AnalysisOutcome;
  current = {
    ...current,
    status: 'closed',
    outcome: { ...outcome },
    closedAt: new Date().toISOString(),
    version: current.version + 1,
  };
  upsertSearchAttributes([{ key: CASE_STATUS, value: 'closed' }]);
  await readModel.syncCase(current);
  await readModel.notify({
    key: `${input.caseId}:provider-outcome`,
    providerId: input.provider.id,
    caseId: input.caseId,
    message: `Votre signalement a été analysé par la cellule de veille de l’ONE. Résultat : ${describeOutcome(outcome)}.`,
  });

  // Let in-flight updates answer before the run closes.
  await condition(allHandlersFinished);
  return current;
}
