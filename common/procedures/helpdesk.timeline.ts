import { HELPDESK_DECISION_LABELS, SUBJECT_LABELS, type Subject } from '../helpdesk';
import { commentOf, lines, type ProcedureTimeline, type TimelineEntry } from '../timeline';
import type { HelpdeskInput, RequesterMessageInput } from '../../workflows/helpdesk';
import type { TellRequesterInput } from '../../activities/helpdesk';

const TOLD: Record<TellRequesterInput['kind'], string> = {
  answer: 'Réponse envoyée à la personne',
  details: 'Précisions demandées à la personne',
  reminder: 'Rappel envoyé : précisions toujours attendues',
  closed_no_reply: 'Personne avertie de la clôture, faute de précisions',
};

const WROTE: Record<RequesterMessageInput['action'], string> = {
  reply: 'a envoyé les précisions demandées',
  reopen: 'a rouvert sa demande',
  helped: 'indique que la réponse l’a aidée',
};

/**
 * Procedure 7's history. The person's own words are not in it (they stay in PostgreSQL), nor is
 * what the helpdesk and the informaticiens write to each other: the history may be read by the
 * person herself.
 */
export const helpdeskTimeline: ProcedureTimeline<{ name: string }> = {
  init: () => ({ name: 'La personne' }),
  entries(event, state) {
    if (event.type === 'started') {
      const input = event.input as HelpdeskInput | undefined;
      if (!input) return [];
      state.name = input.requester.displayName;
      const entry: TimelineEntry = {
        at: event.at,
        kind: 'case_opened',
        title: `Demande d’aide envoyée par ${input.requester.displayName}`,
        detail: `Sujet : ${SUBJECT_LABELS[input.subject as Subject] ?? input.subject}${input.requester.userId ? '' : ' · sans compte PRO.ONE'}`,
        actor: input.requester.userId
          ? { id: input.requester.userId, displayName: input.requester.displayName }
          : null,
        tone: 'info',
      };
      return [entry];
    }
    if (event.type === 'update' && event.name === 'requesterMessage') {
      const m = event.input as RequesterMessageInput | undefined;
      if (!m) return [];
      return [
        {
          at: event.at,
          kind: 'information_provided',
          title: `${state.name} ${WROTE[m.action] ?? 'a écrit'}`,
          detail: null,
          actor: null,
          tone: m.action === 'helped' ? 'success' : 'info',
        },
      ];
    }
    if (event.type === 'activity' && event.activityType === 'helpdeskTellRequester') {
      const told = event.input as TellRequesterInput | undefined;
      if (!told) return [];
      return [
        {
          at: event.at,
          kind: told.kind === 'reminder' ? 'reminder_sent' : 'notification_sent',
          title: TOLD[told.kind] ?? 'Message envoyé à la personne',
          detail: null,
          actor: null,
          tone: told.kind === 'closed_no_reply' ? 'warning' : 'info',
        },
      ];
    }
    return [];
  },
  caseRecorded(at, record) {
    if (record.status !== 'closed' || !record.outcome) return null;
    const decision = String(record.outcome.decision ?? '');
    return {
      at,
      kind: 'case_closed',
      title: 'Demande clôturée',
      detail: HELPDESK_DECISION_LABELS[decision] ?? null,
      actor: null,
      tone: decision === 'no_reply' ? 'warning' : 'success',
    };
  },
  completion(_kind, outcome) {
    const decision = String(outcome.decision ?? '');
    // Only the answer and the question reach the person: the rest stays between ONE's teams.
    const shown = decision === 'answer' || decision === 'ask_details' ? commentOf(outcome) : null;
    return {
      detail: lines(HELPDESK_DECISION_LABELS[decision] ?? decision, shown),
      tone: decision === 'forward' ? 'warning' : 'success',
    };
  },
};
