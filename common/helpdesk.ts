/**
 * Procedure 7, the helpdesk (« Aide »): what the form, the workflow, the API and the interface
 * share. Pure code: workflows import it.
 */
import { brusselsDay, brusselsWallClock, dateFr, isWorkingDay } from './working-days';

export const HELPDESK = 'helpdesk';
export const HELPDESK_LABEL = 'Demande d’aide';

/** How to reach the helpdesk (guide PRO.ONE, point 3). */
export const HELPDESK_CONTACT = {
  hours: 'Du lundi au vendredi, de 9 h à 16 h',
  phone: '02/542.14.45',
  phoneHref: 'tel:+3225421445',
  email: 'pro@one.be',
} as const;

export const SUBJECTS = ['connexion', 'find_information', 'general_information', 'technical'] as const;
export type Subject = (typeof SUBJECTS)[number];
export const SUBJECT_LABELS: Record<Subject, string> = {
  connexion: 'Connexion',
  find_information: 'Trouver une information',
  general_information: 'Demande d’information générale',
  technical: 'Problème technique',
};

/** A short FAQ, shown above the contact form. */
export const FAQ: ReadonlyArray<{ question: string; answer: string }> = [
  {
    question: 'J’ai oublié mon mot de passe.',
    answer:
      'Sur la page de connexion, choisissez « Mot de passe oublié ? » : vous recevez un lien par e-mail. Si vous n’avez plus accès à cette adresse, le helpdesk peut réinitialiser votre accès.',
  },
  {
    question: 'Comment me connecter avec ma carte d’identité ou itsme ?',
    answer:
      'Choisissez « Connexion avec eID / itsme / clés BOSA » sur la page de connexion. Si vous utilisez encore un mot de passe, vous pouvez convertir votre utilisateur dans « Gestion de mon utilisateur ».',
  },
  {
    question: 'Où suivre mes démarches auprès de l’ONE ?',
    answer:
      'Dans « Mes demandes » : chaque demande y montre où elle en est, ce que l’ONE attend de vous et la réponse reçue.',
  },
  {
    question: 'Aucun contact ne s’affiche dans « Contacts ONE ».',
    answer:
      'Écrivez-nous avec le formulaire ci-dessous (sujet « Trouver une information ») : nous vérifions votre dossier.',
  },
];

export const DESCRIPTION_MAX = 4000;
export const ANSWER_MAX = 4000;
export const NAME_MAX = 120;
export const MAX_ATTACHMENTS = 3;
/** All the attachments of one request together, in bytes. */
export const ATTACHMENTS_MAX_BYTES = 5 * 1024 * 1024;

/** What the helpdesk decides on a request. */
export const HELPDESK_DECISIONS = ['answer', 'ask_details', 'forward'] as const;
export type HelpdeskDecision = (typeof HELPDESK_DECISIONS)[number];
export const HELPDESK_DECISION_LABELS: Record<string, string> = {
  answer: 'Réponse envoyée',
  ask_details: 'Précisions demandées',
  forward: 'Transmis aux informaticiens',
  technical_answer: 'Réponse des informaticiens',
  helped: 'Résolu : la réponse a aidé',
  resolved: 'Résolu',
  no_reply: 'Clôturé sans réponse aux précisions demandées',
};

export const ANSWER_TASK_KIND = 'helpdesk.answer';
export const ANSWER_TASK_TITLE = 'Répondre à une demande d’aide';
export const SECOND_LINE_TASK_KIND = 'helpdesk.second_line';
export const SECOND_LINE_TASK_TITLE = 'Analyser un problème technique transmis par le helpdesk';

/** Where a request stands. */
export const STAGES = [
  'with_helpdesk',
  'with_second_line',
  'waiting_requester',
  'answered',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];

/** What the person who asked may do on her request, as the workflow accepts it. */
export const REQUESTER_ACTIONS = ['reply', 'reopen', 'helped'] as const;
export type RequesterAction = (typeof REQUESTER_ACTIONS)[number];

export const NOT_WAITING_FOR_YOU = 'HELPDESK_NOT_WAITING_FOR_YOU';
export const RATE_LIMITED = 'HELPDESK_TOO_MANY_REQUESTS';

/** What a case of this procedure holds in the read model (`cases.details`): no free text. */
export interface HelpdeskDetails {
  requester: { displayName: string; hasAccount: boolean };
  subject: Subject;
  subjectLabel: string;
  stage: Stage;
  /** Until when the person may reopen an answered request (ISO). */
  reopenUntil: string | null;
  /** When an answer to a request for details is expected by (ISO), before the reminder. */
  closesAt: string | null;
  closeReason: 'helped' | 'resolved' | 'no_reply' | null;
}

export const STAGE_LABELS: Record<Stage, string> = {
  with_helpdesk: 'En cours de traitement par le helpdesk',
  with_second_line: 'Transmise aux informaticiens',
  waiting_requester: 'En attente de vos précisions',
  answered: 'Réponse envoyée',
  closed: 'Clôturée',
};

export interface HelpdeskOutcome {
  decision: HelpdeskDecision;
  comment: string | null;
}

/** Checks an outcome of the helpdesk's task: every decision carries a text. */
export function checkHelpdeskOutcome(outcome: { decision: string; comment: string | null }) {
  if (outcome.comment) return [];
  const message =
    outcome.decision === 'ask_details'
      ? 'Écrivez les précisions que vous demandez'
      : outcome.decision === 'forward'
        ? 'Décrivez le problème pour les informaticiens'
        : 'Écrivez votre réponse';
  return [{ path: 'outcome.comment', message }];
}

export function checkSecondLineOutcome(outcome: { comment: string | null }) {
  return outcome.comment ? [] : [{ path: 'outcome.comment', message: 'Écrivez votre réponse au helpdesk' }];
}

// Working hours of the helpdesk: Monday to Friday, 9:00–16:00 in Brussels, public holidays off.

const OPENS = 9 * 60;
const CLOSES = 16 * 60;

/** The instant of a Brussels wall-clock time on a day (`YYYY-MM-DD`). */
function brusselsInstant(day: string, minutes: number): number {
  const [y, m, d] = day.split('-').map(Number);
  return brusselsWallClock(Date.UTC(y, m - 1, d, 0, minutes));
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The moment `hours` working hours after `from`: only Monday to Friday between 9:00 and 16:00
 * (Brussels) count, Belgian public holidays do not.
 */
export function addWorkingHours(from: Date, hours: number): Date {
  let remaining = Math.round(hours * 60) * 60_000;
  let cursor = from.getTime();
  for (let guard = 0; guard < 4000; guard++) {
    const day = brusselsDay(new Date(cursor));
    if (isWorkingDay(day)) {
      const open = brusselsInstant(day, OPENS);
      const close = brusselsInstant(day, CLOSES);
      const start = Math.max(cursor, open);
      if (start < close) {
        if (remaining <= close - start) return new Date(start + remaining);
        remaining -= close - start;
      }
    }
    cursor = brusselsInstant(nextDay(day), 0);
  }
  throw new Error('working hours out of range');
}

/** « 23 novembre 2026 » */
export const dayFr = dateFr;
