import {
  allHandlersFinished,
  condition,
  defineUpdate,
  patched,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { Duration, UpdateDefinition } from '@temporalio/common';
import { msToNumber } from '@temporalio/common/lib/time';
import type { CaseSnapshot, TaskSnapshot } from '../activities/read-model';
import type { HelpdeskActivities } from '../activities/helpdesk';
import {
  ANSWER_TASK_KIND,
  ANSWER_TASK_TITLE,
  HELPDESK,
  NOT_WAITING_FOR_YOU,
  SECOND_LINE_TASK_KIND,
  SECOND_LINE_TASK_TITLE,
  SUBJECT_LABELS,
  addWorkingHours,
  type HelpdeskDetails,
  type HelpdeskOutcome,
  type RequesterAction,
  type Stage,
  type Subject,
} from '../common/helpdesk';
import { CaseRecord, refuse } from './case-record';

/**
 * Procedure 7, a request to the helpdesk (« Aide »): one case per request. The helpdesk answers,
 * asks for details, or forwards to the informaticiens (`support_technique`), who answer back to
 * the helpdesk; once answered, the person may reopen it for a while or say it helped. The history
 * carries ids, names and the subject only: the person's own words, her e-mail address and her
 * attachments stay in PostgreSQL (`helpdesk_requests`, `helpdesk_messages`).
 */

/** How long each step may take; working hours count Mon–Fri 9:00–16:00 in Brussels. */
export interface HelpdeskSettings {
  answerWorkingHours: number;
  secondLineWorkingHours: number;
  /** A plain duration instead of working hours (tests, demos); null: working hours. */
  answerDue: Duration | null;
  secondLineDue: Duration | null;
  /** Silence after a request for details before a reminder, then before closing. */
  detailsReminderAfter: Duration;
  detailsCloseAfter: Duration;
  /** How long an answered request may be reopened. */
  reopenWindow: Duration;
}

export interface HelpdeskInput {
  caseId: string;
  requestKey: string;
  /** Who asked: a user (with her provider, if a childminder), or someone without an account. */
  requester: {
    userId: string | null;
    displayName: string;
    providerId: string | null;
  };
  subject: Subject;
  settings: HelpdeskSettings;
}

export interface RequesterMessageInput {
  action: RequesterAction;
  /** The message the API stored for it (`helpdesk_messages`), for `reply` and `reopen`. */
  messageId: string | null;
}

export const confirmHelpdeskRequest: UpdateDefinition<CaseSnapshot, [{ requestKey: string }]> =
  defineUpdate('confirmHelpdeskRequest');
/** The person answers a request for details, reopens an answered request, or says it helped. */
export const requesterMessage: UpdateDefinition<CaseSnapshot, [RequesterMessageInput]> =
  defineUpdate('requesterMessage');

export function helpdeskWorkflowId(caseId: string): string {
  return `helpdesk-${caseId}`;
}

const helpdesk = proxyActivities<HelpdeskActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

export async function helpdeskWorkflow(input: HelpdeskInput): Promise<CaseSnapshot> {
  const { settings } = input;
  let stage: Stage = 'with_helpdesk';
  let reopenUntil: string | null = null;
  let closesAt: string | null = null;
  let closeReason: HelpdeskDetails['closeReason'] = null;
  let pending: RequesterMessageInput | null = null;

  const details = (): HelpdeskDetails => ({
    requester: { displayName: input.requester.displayName, hasAccount: input.requester.userId !== null },
    subject: input.subject,
    subjectLabel: SUBJECT_LABELS[input.subject],
    stage,
    reopenUntil,
    closesAt,
    closeReason,
  });
  const record = new CaseRecord({
    caseId: input.caseId,
    procedure: HELPDESK,
    // A request from an agent or from someone without an account concerns no childminder.
    provider: input.requester.providerId
      ? { id: input.requester.providerId, displayName: input.requester.displayName }
      : null,
    openedBy: input.requester.userId,
    details: () => ({ ...details() }),
  });
  record.confirmWith(confirmHelpdeskRequest, ({ requestKey }) => {
    if (requestKey !== input.requestKey) refuse(NOT_WAITING_FOR_YOU, 'Cette demande est déjà enregistrée.');
  });
  setHandler(
    requesterMessage,
    async (message) => {
      pending = message;
      await condition(() => pending === null);
      return record.snapshot;
    },
    {
      validator: ({ action }) => {
        const allowed =
          (pending === null && action === 'reply' && stage === 'waiting_requester') ||
          ((action === 'reopen' || action === 'helped') && stage === 'answered');
        if (!allowed)
          refuse(
            NOT_WAITING_FOR_YOU,
            stage === 'closed'
              ? 'Cette demande est clôturée. Si vous avez encore besoin d’aide, faites une nouvelle demande.'
              : 'Cette action n’est pas possible à cette étape de votre demande.',
          );
      },
    },
  );
  await record.register();

  const dueIn = (workingHours: number, plain: Duration | null): number =>
    plain !== null ? msToNumber(plain) : addWorkingHours(new Date(), workingHours).getTime() - Date.now();
  const setStage = async (next: Stage) => {
    stage = next;
    await record.update();
  };
  const tell = (key: string, kind: TellKind, taskId: string | null = null) =>
    helpdesk.helpdeskTellRequester({ caseId: input.caseId, key: `${input.caseId}:${key}`, kind, taskId });
  /** Waits for the person's next message, at most `timeout`; takes it (the update then answers). */
  const nextMessage = async (timeout: Duration): Promise<RequesterMessageInput | null> => {
    if (!(await condition(() => pending !== null, timeout))) return null;
    return pending;
  };
  const overdue = async (t: TaskSnapshot) => {
    await record.notifyOverdue(t, 'supervisor');
    await record.notifyOverdue(t, 'team');
  };
  /** Lets in-flight updates answer before the run ends; gives the case as it ends. */
  const settled = async () => {
    pending = null; // a message that came as the case closed is answered with the closed case
    await condition(allHandlersFinished);
    return record.snapshot;
  };
  const acknowledge = () => {
    pending = null;
  };

  await record.notifyRole(
    'helpdesk',
    `${input.caseId}:new`,
    `Nouvelle demande d’aide (${SUBJECT_LABELS[input.subject]}) de ${input.requester.displayName}.`,
  );

  // After details, the informaticiens' answer or a reopening, the request goes back to the
  // helpdesk agent who last handled it (`backTo`), who is told; older cases told the whole team.
  let backTo: { task: TaskSnapshot; reason: string } | null = null;
  const handBack = (task: TaskSnapshot, reason: string, teamKey: string, teamMessage: string) => {
    backTo = { task, reason };
    return patched('hand-offs-return') ? undefined : record.notifyRole('helpdesk', teamKey, teamMessage);
  };
  for (let round = 1; ; round++) {
    const task = await record.tasks.open({
      key: `answer-${round}`,
      kind: ANSWER_TASK_KIND,
      title: ANSWER_TASK_TITLE,
      candidateRole: 'helpdesk',
      dueIn: dueIn(settings.answerWorkingHours, settings.answerDue),
      ...(backTo ? { backTo } : {}),
    });
    backTo = null;
    const done = await record.tasks.closed(task.id, (t) => overdue(t));
    const outcome = done.outcome as unknown as HelpdeskOutcome;

    if (outcome.decision === 'forward') {
      await setStage('with_second_line');
      const second = await record.tasks.open({
        key: `second-line-${round}`,
        kind: SECOND_LINE_TASK_KIND,
        title: SECOND_LINE_TASK_TITLE,
        candidateRole: 'support_technique',
        dueIn: dueIn(settings.secondLineWorkingHours, settings.secondLineDue),
      });
      await record.notifyRole(
        'support_technique',
        `${input.caseId}:forwarded-${round}`,
        `Le helpdesk vous transmet un problème technique signalé par ${input.requester.displayName}.`,
      );
      await record.tasks.closed(second.id, (t: TaskSnapshot) => overdue(t));
      await handBack(
        done,
        `Les informaticiens ont répondu au sujet de la demande de ${input.requester.displayName}.`,
        `${input.caseId}:second-line-answered-${round}`,
        `Les informaticiens ont répondu au sujet de la demande de ${input.requester.displayName} : à vous de lui répondre.`,
      );
      await setStage('with_helpdesk');
      continue;
    }

    if (outcome.decision === 'ask_details') {
      closesAt = new Date(Date.now() + msToNumber(settings.detailsReminderAfter)).toISOString();
      await setStage('waiting_requester');
      await tell(`details-${round}`, 'details', done.id);
      let reply = await nextMessage(settings.detailsReminderAfter);
      if (!reply) {
        closesAt = new Date(Date.now() + msToNumber(settings.detailsCloseAfter)).toISOString();
        await record.update();
        await tell(`details-reminder-${round}`, 'reminder', done.id);
        reply = await nextMessage(settings.detailsCloseAfter);
      }
      if (!reply) {
        closeReason = 'no_reply';
        stage = 'closed';
        closesAt = null;
        await record.close({ decision: 'no_reply' });
        await tell(`closed-no-reply-${round}`, 'closed_no_reply');
        return settled();
      }
      closesAt = null;
      await setStage('with_helpdesk');
      acknowledge();
      await handBack(
        done,
        `${input.requester.displayName} a répondu à votre demande de précisions.`,
        `${input.caseId}:details-received-${round}`,
        `${input.requester.displayName} a répondu à votre demande de précisions.`,
      );
      continue;
    }

    // The answer: the person reads it, then may reopen the request for a while or close it.
    reopenUntil = new Date(Date.now() + msToNumber(settings.reopenWindow)).toISOString();
    await setStage('answered');
    await tell(`answer-${round}`, 'answer', done.id);
    const feedback = await nextMessage(settings.reopenWindow);
    if (feedback?.action === 'reopen') {
      reopenUntil = null;
      await setStage('with_helpdesk');
      acknowledge();
      await handBack(
        done,
        `${input.requester.displayName} a rouvert sa demande d’aide : la réponse ne suffisait pas.`,
        `${input.caseId}:reopened-${round}`,
        `${input.requester.displayName} a rouvert sa demande d’aide : la réponse ne suffisait pas.`,
      );
      continue;
    }
    closeReason = feedback ? 'helped' : 'resolved';
    stage = 'closed';
    reopenUntil = null;
    await record.close({ decision: closeReason });
    acknowledge();
    return settled();
  }
}

export type TellKind = 'answer' | 'details' | 'reminder' | 'closed_no_reply';
