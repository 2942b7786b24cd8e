import { allHandlersFinished, condition, defineUpdate, setHandler } from '@temporalio/workflow';
import type { Duration, UpdateDefinition } from '@temporalio/common';
import { msToNumber } from '@temporalio/common/lib/time';
import type { CaseSnapshot, TaskSnapshot } from '../activities/read-model';
import {
  ADAPTATION,
  ADAPTATION_TASK_KIND,
  ADAPTATION_TASK_TITLE,
  dayFr,
  nextDay,
  type AdaptationRequest,
  type AdaptationStage,
  type DocumentKind,
  type ReviewOutcome,
} from '../common/adaptation';
import { ADAPTATION_REFUSED } from '../common/procedures/adaptation';
import { CaseRecord, refuse } from './case-record';
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
export function adaptationWorkflowId(providerId: string, caseId: string): string {
  return `adaptation-${providerId}-${caseId}`;
}

function refuseStep(message: string): never {
  return refuse(ADAPTATION_REFUSED, message);
}

export async function adaptationWorkflow(input: AdaptationInput): Promise<CaseSnapshot> {
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
  const record = new CaseRecord({
    caseId: input.caseId,
    procedure: ADAPTATION,
    provider: input.provider,
    openedBy: input.requestedBy.id,
    details: snapshot,
  });
  const tasks = record.tasks;
  record.confirmWith(confirmRequest, (u) => {
    if (u.requestKey !== input.requestKey) refuseStep('Cette demande a déjà été envoyée.');
  });
  const seenAnswers = new Set<string>();
  setHandler(
    answer,
    async (a) => {
      if (seenAnswers.has(a.requestKey)) return record.snapshot;
      seenAnswers.add(a.requestKey);
      exchanges.push({
        at: new Date().toISOString(),
        from: 'provider',
        author: a.actor.displayName,
        text: a.text,
      });
      answered = true;
      await record.update();
      return record.snapshot;
    },
    {
      validator: (a) => {
        if (seenAnswers.has(a.requestKey)) return;
        if (stage !== 'waiting_provider')
          refuseStep('Votre référent·e accueil n’attend pas de réponse pour cette demande.');
        if (!a.text?.trim()) refuseStep('Écrivez votre réponse.');
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
      await record.update();
      return record.snapshot;
    },
    {
      validator: (c) => {
        if (request.type !== 'temporary_cessation' || decision?.decision !== 'accepted' || stage === 'done')
          refuseStep('Seule une cessation temporaire acceptée et en cours peut être écourtée.');
        if (!(c.resumeOn > (request.from ?? '')) || !(c.resumeOn <= (request.to ?? '')))
          refuseStep(
            'La reprise doit tomber après le premier jour de la cessation et au plus tard son dernier jour.',
          );
        if (reactivateAt && Date.parse(c.reactivateAt) >= Date.parse(reactivateAt))
          refuseStep('La reprise doit être plus tôt que la fin prévue.');
      },
    },
  );

  await record.register();
  await record.notifyRole(
    'referent_accueil',
    `${input.caseId}:team-notified`,
    `Nouvelle demande d’adaptation de l’autorisation : ${input.provider.displayName} (${input.provider.subregionName}).`,
  );

  // Examination, possibly in several rounds when the référent asks for more information.
  let outcome: ReviewOutcome;
  // The référent·e who asked for more information gets the request back with the answer.
  let asked: TaskSnapshot | null = null;
  for (let round = 1; ; round++) {
    const task = await tasks.open({
      key: `review-${round}`,
      kind: ADAPTATION_TASK_KIND,
      title: ADAPTATION_TASK_TITLE,
      candidateRole: 'referent_accueil',
      dueIn: input.deadlines.review,
      ...(asked
        ? { backTo: { task: asked, reason: `${input.provider.displayName} a répondu à votre question.` } }
        : {}),
    });
    await tasks.closed(task.id, async (late) => {
      await record.notifyOverdue(
        late,
        'supervisor',
        `Délai dépassé : la demande d’adaptation de ${input.provider.displayName} n’a pas été examinée à temps.`,
      );
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
    await record.update();
    await record.notifyProvider(
      `${task.id}:question`,
      `Votre référent·e accueil a besoin d’informations pour votre demande d’adaptation : ${question ?? ''}`,
    );
    const answerMs = msToNumber(input.deadlines.answer);
    const reminderMs = Math.min(answerMs, msToNumber(input.deadlines.answerReminder));
    if (!(await condition(() => answered, reminderMs))) {
      await record.notifyProvider(
        `${task.id}:reminder`,
        'Rappel : votre référent·e accueil attend votre réponse pour votre demande d’adaptation.',
      );
      if (!(await condition(() => answered, answerMs - reminderMs))) {
        await record.notifyRole(
          'referent_accueil',
          `${task.id}:no-answer`,
          `Pas de réponse de ${input.provider.displayName} dans le délai : la demande d’adaptation attend toujours.`,
        );
        await condition(() => answered);
      }
    }
    question = null;
    stage = 'review';
    asked = task;
    await record.update();
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
  await record.update();
  await record.notifyProvider(
    `${input.caseId}:decision`,
    decision.decision === 'refused'
      ? `Votre demande d’adaptation de l’autorisation est refusée. Motif : ${decision.comment ?? ''}`
      : 'Votre demande d’adaptation de l’autorisation est acceptée : la lettre de décision est dans « Mon autorisation ».',
  );

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
      await record.update();
      await until(() => reactivateAt);
      await readModel.setAuthorisationStatus({
        providerId: input.provider.id,
        caseId: input.caseId,
        status: 'granted',
        effectiveOn: resumedEarlyOn ?? nextDay(request.to!),
        note: resumedEarlyOn ? 'Reprise anticipée de l’accueil' : 'Fin de la cessation temporaire',
        eventKey: `${input.caseId}:granted`,
      });
      await record.notifyProvider(
        `${input.caseId}:reactivated`,
        'Votre autorisation est de nouveau active : votre lieu d’accueil peut accueillir des enfants.',
      );
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
  await record.close({ decision: decision.decision, comment: decision.comment });
  await condition(allHandlersFinished);
  return record.snapshot;
}
