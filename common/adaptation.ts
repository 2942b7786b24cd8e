/**
 * The authorisation of a childcare place and the requests to adapt it (DOMAIN.md procedure 2;
 * seed chapter 8 « Mon autorisation »): end of activity, temporary cessation. Pure code shared by
 * the workflow, the API and the interface.
 */
import type { FieldProblem } from './cessation-risk';

export const ADAPTATION = 'adaptation';
export const ADAPTATION_LABEL = 'Adaptation de l’autorisation';

export const ADAPTATION_TYPES = ['end_of_activity', 'temporary_cessation'] as const;
export type AdaptationType = (typeof ADAPTATION_TYPES)[number];
export const ADAPTATION_TYPE_LABELS: Record<AdaptationType, string> = {
  end_of_activity: 'Fin d’activité',
  temporary_cessation: 'Cessation temporaire',
};

export const AUTHORISATION_STATUSES = ['granted', 'suspended', 'withdrawn'] as const;
export type AuthorisationStatus = (typeof AUTHORISATION_STATUSES)[number];
export const AUTHORISATION_STATUS_LABELS: Record<AuthorisationStatus, string> = {
  granted: 'Autorisation active',
  suspended: 'Autorisation suspendue',
  withdrawn: 'Autorisation retirée',
};

export const DOCUMENT_KINDS = ['grant', 'suspension', 'withdrawal', 'refusal'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  grant: 'Décision d’octroi de l’autorisation',
  suspension: 'Décision de suspension (cessation temporaire)',
  withdrawal: 'Décision de retrait de l’autorisation (fin d’activité)',
  refusal: 'Décision de refus de la demande d’adaptation',
};

/** What the provider asks. Dates are whole days (« 2027-03-31 »), in Brussels. */
export interface AdaptationRequest {
  type: AdaptationType;
  /** End of activity: the last day the place is open. */
  lastDay?: string | null;
  /** Temporary cessation: the first and the last day of the cessation, and why. */
  from?: string | null;
  to?: string | null;
  reason?: string | null;
}

/** Where the request stands; « Mes demandes » shows it with what ONE is waiting for. */
export const ADAPTATION_STAGES = [
  'review',
  'waiting_provider',
  'accepted',
  'in_effect',
  'refused',
  'done',
] as const;
export type AdaptationStage = (typeof ADAPTATION_STAGES)[number];
export const ADAPTATION_STAGE_LABELS: Record<AdaptationStage, string> = {
  review: 'En cours d’examen par votre référent·e accueil',
  waiting_provider: 'Informations complémentaires demandées',
  accepted: 'Acceptée : prendra effet à la date prévue',
  in_effect: 'Acceptée : en cours',
  refused: 'Refusée',
  done: 'Terminée',
};

export const REVIEW_DECISIONS = ['accepted', 'refused', 'more_info'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = {
  accepted: 'Demande acceptée',
  refused: 'Demande refusée',
  more_info: 'Informations complémentaires demandées',
};
export const ADAPTATION_TASK_KIND = 'adaptation.review';
export const ADAPTATION_TASK_TITLE = 'Examiner la demande d’adaptation de l’autorisation';
export const COMMENT_MAX = 2000;

export interface ReviewOutcome {
  decision: ReviewDecision;
  /** The reason of a refusal, or the question asked to the provider. */
  comment: string | null;
}

export function checkReviewOutcome(outcome: ReviewOutcome): FieldProblem[] {
  if (!REVIEW_DECISIONS.includes(outcome.decision))
    return [
      {
        path: 'outcome.decision',
        message: 'Choisissez « Accepter », « Refuser » ou « Demander des informations »',
      },
    ];
  const comment = outcome.comment?.trim() ?? '';
  if (outcome.decision === 'refused' && !comment)
    return [{ path: 'outcome.comment', message: 'Indiquez le motif du refus : l’accueillant·e le lira' }];
  if (outcome.decision === 'more_info' && !comment)
    return [{ path: 'outcome.comment', message: 'Indiquez les informations que vous attendez' }];
  if (comment.length > COMMENT_MAX)
    return [{ path: 'outcome.comment', message: `Ce texte ne peut dépasser ${COMMENT_MAX} caractères` }];
  return [];
}

/** Midnight in Brussels at the start of `day` (« 2027-03-01 »), as an instant. */
export function startOfDayBrussels(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const utcMidnight = Date.UTC(y, m - 1, d);
  // Brussels is UTC+1 or UTC+2: find the offset that day from the formatted hour.
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hour12: false }).format(
      new Date(utcMidnight),
    ),
  );
  return new Date(utcMidnight - (hour % 24) * 3_600_000);
}

/** The day after `day`. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Today in Brussels, « 2026-12-05 ». */
export function todayBrussels(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}

/** The days a request covers, to refuse overlapping ones: an end of activity runs for ever. */
export function requestSpan(r: AdaptationRequest): { from: string; to: string } {
  if (r.type === 'end_of_activity') return { from: r.lastDay ?? '0000-01-01', to: '9999-12-31' };
  return { from: r.from ?? '0000-01-01', to: r.to ?? '9999-12-31' };
}
export function overlaps(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** « Cessation temporaire du 1 mars 2027 au 31 mars 2027 (congé de maternité) » */
export function describeRequest(r: AdaptationRequest, formatDay: (day: string) => string): string {
  if (r.type === 'end_of_activity')
    return `Fin d’activité : dernier jour d’accueil le ${formatDay(r.lastDay ?? '')}`;
  return `Cessation temporaire du ${formatDay(r.from ?? '')} au ${formatDay(r.to ?? '')}${r.reason ? ` (${r.reason})` : ''}`;
}

/** « 1 mars 2027 » from « 2027-03-01 ». */
export const dayFr = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat('fr-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
};

/** What ONE is waiting for, in the provider's words. */
export function adaptationWaitingFor(stage: AdaptationStage, request: AdaptationRequest): string | null {
  switch (stage) {
    case 'review':
      return 'L’examen de votre demande par votre référent·e accueil';
    case 'waiting_provider':
      return 'Votre réponse aux questions de votre référent·e accueil';
    case 'accepted':
      return request.type === 'end_of_activity'
        ? `Votre dernier jour d’accueil, le ${dayFr(request.lastDay ?? '')}`
        : `Le début de la cessation, le ${dayFr(request.from ?? '')}`;
    case 'in_effect':
      return `La fin de la cessation : reprise le ${dayFr(nextDay(request.to ?? ''))}`;
    default:
      return null;
  }
}
