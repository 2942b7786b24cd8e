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
import { msToNumber } from '@temporalio/common/lib/time';
import type { CaseSnapshot, TaskSnapshot } from '../activities/read-model';
import {
  ADAPTATION,
  ADAPTATION_TASK_KIND,
  ADAPTATION_TASK_TITLE,
  checkReviewOutcome,
  dayFr,
  nextDay,
  type AdaptationRequest,
  type AdaptationStage,
  type DocumentKind,
  type ReviewOutcome,
} from '../common/adaptation';
import { CASE_STATUS } from '../common/search-attributes';
import { HumanTasks } from './human-tasks';
import { readModel } from './activity-presets';

/**
 * A request to adapt the authorisation (DOMAIN.md procedure 2): an end of activity or a temporary
 * cessation. The référent accueil of the provider's subregion examines it, may ask the provider
 * for more information (the case waits for the answer, with a reminder and a deadline), and
 * decides. On acceptance the authorisation changes by itself at the right instants — suspended
 * from the first day of a cessation and active again the day after it ends, or withdrawn from
 * the last day of activity — on durable timers.
 */
export interface AdaptationInput {
  caseId: string;
  requestKey: string;
  provider: { id: string; displayName: string; subregionName: string };
  requestedBy: { id: string; displayName: string };
  request: AdaptationRequest;
  /**
   * When the change takes effect, computed by the API from the request's days (midnight in
   * Brussels): a cessation's suspension and reactivation, an end of activity's withdrawal.
   */
  effective: { suspendAt?: string; reactivateAt?: string; withdrawAt?: string };
  deadlines: { review: Duration; answer: Duration; answerReminder: Duration };
}

export interface Exchange {
  at: string;
  from: 'agent' | 'provider';
  author: string;
  /** Who wrote it (a user id): the API names the référent·e; absent from earlier cases. */
  authorId?: string;
  text: string;
}

export interface AnswerInput {
  requestKey: string;
  text: string;
  actor: { id: string; displayName: string };
}
export interface CutShortInput {
  /** The first day the place opens again, and its midnight in Brussels. */
  resumeOn: string;
  reactivateAt: string;
  actor: { id: string; displayName: string };
}

/** Sent with the request (update-with-start): answers once the case is on record. */
export const confirmRequest: UpdateDefinition<CaseSnapshot, [{ requestKey: string }]> =
  defineUpdate('confirmRequest');
/** The provider answers the référent's question. */
export const answer: UpdateDefinition<CaseSnapshot, [AnswerInput]> = defineUpdate('answer');
/** The provider ends an accepted cessation earlier than planned. */
export const cutShort: UpdateDefinition<CaseSnapshot, [CutShortInput]> = defineUpdate('cutShort');
export const getCase: QueryDefinition<CaseSnapshot> = defineQuery('getCase');
export const getTasks: QueryDefinition<TaskSnapshot[]> = defineQuery('getTasks');

export const ADAPTATION_REFUSED = 'ADAPTATION_NOT_WAITING';

export function adaptationWorkflowId(providerId: string, caseId: string): string {
  return `adaptation-${providerId}-${caseId}`;
}

function refuse(message: string): never {
  throw ApplicationFailure.create({ type: ADAPTATION_REFUSED, message, nonRetryable: true });
}

export async function adaptationWorkflow(input: AdaptationInput): Promise<CaseSnapshot> {
  const info = workflowInfo();
  const request = input.request;
  let stage: AdaptationStage = 'review';
  let question: string | null = null;
  const exchanges: Exchange[] = [];
  const documents: Array<{ id: string; kind: DocumentKind }> = [];
  let decision: {
    decision: 'accepted' | 'refused';
    comment: string | null;
    decidedAt: string;
    by: string;
  } | null = null;
  let reactivateAt = input.effective.reactivateAt ?? null;
  let resumedEarlyOn: string | null = null;
  let recorded = false;
  let answered = false;

  const snapshot = (): Record<string, unknown> => ({
    request,
    stage,
    question,
    exchanges,
    documents,
    decision,
    resumedEarlyOn,
    effective: { ...input.effective, reactivateAt },
  });
  let current: CaseSnapshot = {
    id: input.caseId,
    procedure: ADAPTATION,
    providerId: input.provider.id,
    workflowId: info.workflowId,
    runId: info.firstExecutionRunId,
    status: 'open',
    details: snapshot(),
    outcome: null,
    openedBy: input.requestedBy.id,
    openedAt: info.startTime.toISOString(),
    closedAt: null,
    version: 1,
  };
  const sync = async (patch: Partial<CaseSnapshot> = {}) => {
    current = { ...current, ...patch, details: snapshot(), version: current.version + 1 };
    await readModel.syncCase(current);
  };

  const tasks = new HumanTasks(input.caseId, (kind, outcome) =>
    kind === ADAPTATION_TASK_KIND ? checkReviewOutcome(outcome as unknown as ReviewOutcome) : [],
  );
  setHandler(getCase, () => current);
  setHandler(getTasks, () => tasks.all());
  setHandler(
    confirmRequest,
    async () => {
      await condition(() => recorded);
      return current;
    },
    {
      validator: (u) => {
        if (u.requestKey !== input.requestKey) refuse('Cette demande a déjà été envoyée.');
      },
    },
  );
  const seenAnswers = new Set<string>();
  setHandler(
    answer,
    async (a) => {
      if (seenAnswers.has(a.requestKey)) return current;
      seenAnswers.add(a.requestKey);
      exchanges.push({
        at: new Date().toISOString(),
        from: 'provider',
        author: a.actor.displayName,
        text: a.text,
      });
      answered = true;
      await sync();
      return current;
    },
    {
      validator: (a) => {
        if (seenAnswers.has(a.requestKey)) return;
        if (stage !== 'waiting_provider')
          refuse('Votre référent·e accueil n’attend pas de réponse pour cette demande.');
        if (!a.text?.trim()) refuse('Écrivez votre réponse.');
      },
    },
  );
  setHandler(
    cutShort,
    async (c) => {
      reactivateAt = c.reactivateAt;
      resumedEarlyOn = c.resumeOn;
      exchanges.push({
        at: new Date().toISOString(),
        from: 'provider',
        author: c.actor.displayName,
        text: `Reprise anticipée de l’accueil le ${c.resumeOn}.`,
      });
      await sync();
      return current;
    },
    {
      validator: (c) => {
        if (request.type !== 'temporary_cessation' || decision?.decision !== 'accepted' || stage === 'done')
          refuse('Seule une cessation temporaire acceptée et en cours peut être écourtée.');
        if (!(c.resumeOn > (request.from ?? '')) || !(c.resumeOn <= (request.to ?? '')))
          refuse(
            'La reprise doit tomber après le premier jour de la cessation et au plus tard son dernier jour.',
          );
        if (reactivateAt && Date.parse(c.reactivateAt) >= Date.parse(reactivateAt))
          refuse('La reprise doit être plus tôt que la fin prévue.');
      },
    },
  );

  await readModel.syncCase(current);
  recorded = true;
  await readModel.notify({
    key: `${input.caseId}:team-notified`,
    recipientRole: 'referent_accueil',
    caseId: input.caseId,
    message: `Nouvelle demande d’adaptation de l’autorisation : ${input.provider.displayName} (${input.provider.subregionName}).`,
  });

  // Examination, possibly in several rounds when the référent asks for more information.
  let outcome: ReviewOutcome;
  for (let round = 1; ; round++) {
    const task = await tasks.open({
      key: `review-${round}`,
      kind: ADAPTATION_TASK_KIND,
      title: ADAPTATION_TASK_TITLE,
      candidateRole: 'referent_accueil',
      dueIn: input.deadlines.review,
    });
    await tasks.closed(task.id, async () => {
      await readModel.notify({
        key: `${task.id}:overdue:supervisor`,
        recipientRole: 'supervisor',
        caseId: input.caseId,
        message: `Délai dépassé : la demande d’adaptation de ${input.provider.displayName} n’a pas été examinée à temps.`,
      });
    });
    outcome = task.outcome as unknown as ReviewOutcome;
    if (outcome.decision !== 'more_info') {
      decision = {
        decision: outcome.decision,
        comment: outcome.comment ?? null,
        decidedAt: task.completedAt!,
        by: task.completedBy!,
      };
      break;
    }
    // More information: the case waits for the provider, with a reminder, then a deadline.
    question = outcome.comment;
    exchanges.push({
      at: task.completedAt!,
      from: 'agent',
      author: 'Votre référent·e accueil',
      authorId: task.completedBy ?? undefined,
      text: question ?? '',
    });
    stage = 'waiting_provider';
    answered = false;
    await sync();
    await readModel.notify({
      key: `${task.id}:question`,
      providerId: input.provider.id,
      caseId: input.caseId,
      message: `Votre référent·e accueil a besoin d’informations pour votre demande d’adaptation : ${question ?? ''}`,
    });
    const answerMs = msToNumber(input.deadlines.answer);
    const reminderMs = Math.min(answerMs, msToNumber(input.deadlines.answerReminder));
    if (!(await condition(() => answered, reminderMs))) {
      await readModel.notify({
        key: `${task.id}:reminder`,
        providerId: input.provider.id,
        caseId: input.caseId,
        message: 'Rappel : votre référent·e accueil attend votre réponse pour votre demande d’adaptation.',
      });
      if (!(await condition(() => answered, answerMs - reminderMs))) {
        await readModel.notify({
          key: `${task.id}:no-answer`,
          recipientRole: 'referent_accueil',
          caseId: input.caseId,
          message: `Pas de réponse de ${input.provider.displayName} dans le délai : la demande d’adaptation attend toujours.`,
        });
        await condition(() => answered);
      }
    }
    question = null;
    stage = 'review';
    await sync();
  }

  // The decision, its letter, and its notification.
  const kind: DocumentKind =
    decision.decision === 'refused'
      ? 'refusal'
      : request.type === 'end_of_activity'
        ? 'withdrawal'
        : 'suspension';
  const letter = await readModel.generateDecisionDocument({
    caseId: input.caseId,
    kind,
    providerId: input.provider.id,
    request,
    comment: decision.comment,
    decidedBy: decision.by,
    decidedAt: decision.decidedAt,
  });
  documents.push({ id: letter.id, kind });
  stage = decision.decision === 'refused' ? 'refused' : 'accepted';
  await sync();
  await readModel.notify({
    key: `${input.caseId}:decision`,
    providerId: input.provider.id,
    caseId: input.caseId,
    message:
      decision.decision === 'refused'
        ? `Votre demande d’adaptation de l’autorisation est refusée. Motif : ${decision.comment ?? ''}`
        : 'Votre demande d’adaptation de l’autorisation est acceptée : la lettre de décision est dans « Mon autorisation ».',
  });

  if (decision.decision === 'accepted') {
    const until = async (at: () => string | null) => {
      // Wakes when the instant passes, or earlier when it moves (a cessation cut short).
      for (;;) {
        const target = at();
        if (!target) return;
        const ms = Date.parse(target) - Date.now();
        if (ms <= 0) return;
        if (!(await condition(() => at() !== target, ms))) return;
      }
    };
    if (request.type === 'temporary_cessation') {
      await until(() => input.effective.suspendAt ?? null);
      await readModel.setAuthorisationStatus({
        providerId: input.provider.id,
        caseId: input.caseId,
        status: 'suspended',
        effectiveOn: request.from!,
        note: `Cessation temporaire du ${dayFr(request.from!)} au ${dayFr(request.to!)}`,
        eventKey: `${input.caseId}:suspended`,
      });
      stage = 'in_effect';
      await sync();
      await until(() => reactivateAt);
      await readModel.setAuthorisationStatus({
        providerId: input.provider.id,
        caseId: input.caseId,
        status: 'granted',
        effectiveOn: resumedEarlyOn ?? nextDay(request.to!),
        note: resumedEarlyOn ? 'Reprise anticipée de l’accueil' : 'Fin de la cessation temporaire',
        eventKey: `${input.caseId}:granted`,
      });
      await readModel.notify({
        key: `${input.caseId}:reactivated`,
        providerId: input.provider.id,
        caseId: input.caseId,
        message:
          'Votre autorisation est de nouveau active : votre lieu d’accueil peut accueillir des enfants.',
      });
    } else {
      await until(() => input.effective.withdrawAt ?? null);
      await readModel.setAuthorisationStatus({
        providerId: input.provider.id,
        caseId: input.caseId,
        status: 'withdrawn',
        effectiveOn: request.lastDay!,
        note: 'Fin d’activité',
        eventKey: `${input.caseId}:withdrawn`,
      });
    }
  }

  stage = decision.decision === 'refused' ? 'refused' : 'done';
  upsertSearchAttributes([{ key: CASE_STATUS, value: 'closed' }]);
  await sync({
    status: 'closed',
    outcome: { decision: decision.decision, comment: decision.comment },
    closedAt: new Date().toISOString(),
  });
  await condition(allHandlersFinished);
  return current;
}
