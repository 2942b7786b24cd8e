import type {
  AdaptationDecision,
  AdaptationInput,
  AdaptationType,
  Authorisation,
  AuthorisationStatus,
  PersonRef,
} from '../api/types.js';
import type { FieldErrors } from './field-errors.js';

/**
 * « Mon autorisation » in the interface: the words of the authorisation and its adaptation
 * requests (the same as the server's `common/adaptation.ts`, which the interface never imports),
 * and the checks of the request form.
 */

/** The authorisation as `GET /api/providers/:id/authorisation` sends it: with whose it is. */
export type AuthorisationRecord = Authorisation & { provider: PersonRef };

/** The page's heading: « Mon autorisation » for the provider, the provider's name for an agent. */
export function authorisationHeading(own: boolean, provider: PersonRef | null): string {
  if (own) return 'Mon autorisation';
  return provider ? `Autorisation — ${provider.displayName}` : 'Autorisation';
}

export const ADAPTATION_TYPE_LABELS: Record<AdaptationType, string> = {
  end_of_activity: 'Fin d’activité',
  temporary_cessation: 'Cessation temporaire',
};

export const AUTHORISATION_STATUS_LABELS: Record<AuthorisationStatus, string> = {
  granted: 'Autorisation active',
  suspended: 'Autorisation suspendue',
  withdrawn: 'Autorisation retirée',
};

export const REVIEW_DECISION_LABELS: Record<AdaptationDecision, string> = {
  accepted: 'Accepter',
  refused: 'Refuser',
  more_info: 'Demander des informations',
};

export const REASON_MAX = 1000;
export const TEXT_MAX = 2000;

/** The badge's colour beside the status's words: never colour alone. */
export function authorisationBadgeClass(status: AuthorisationStatus): 'success' | 'warning' | 'danger' {
  if (status === 'granted') return 'success';
  return status === 'suspended' ? 'warning' : 'danger';
}

/** « 1 mars 2027 » from « 2027-03-01 »: a whole day, whatever the reader's time zone. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat('fr-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** `day` plus `days` days (negative to go back). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What the provider fills in; the fields of the other type are ignored. */
export interface AdaptationFormValues {
  type: AdaptationType | null;
  lastDay: string;
  from: string;
  to: string;
  reason: string;
}

export const ADAPTATION_FIELDS = ['type', 'lastDay', 'from', 'to', 'reason'] as const;
export const ADAPTATION_FIELD_LABELS: Record<(typeof ADAPTATION_FIELDS)[number], string> = {
  type: 'Votre demande',
  lastDay: 'Dernier jour d’accueil',
  from: 'Premier jour de la cessation',
  to: 'Dernier jour de la cessation',
  reason: 'Motif',
};

/** The form's own checks, as the server makes them; the server still decides. */
export function checkAdaptationForm(values: AdaptationFormValues, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.type) {
    errors.type = 'Choisissez « Fin d’activité » ou « Cessation temporaire »';
    return errors;
  }
  if (values.type === 'end_of_activity') {
    if (!DAY.test(values.lastDay)) errors.lastDay = 'Indiquez votre dernier jour d’accueil';
    else if (values.lastDay < today) errors.lastDay = 'Le dernier jour ne peut pas être passé';
    return errors;
  }
  if (!DAY.test(values.from)) errors.from = 'Indiquez le premier jour de la cessation';
  else if (values.from < today) errors.from = 'Le premier jour ne peut pas être passé';
  if (!DAY.test(values.to)) errors.to = 'Indiquez le dernier jour de la cessation';
  else if (DAY.test(values.from) && values.to < values.from)
    errors.to = 'Le dernier jour doit suivre le premier';
  if (!values.reason.trim()) errors.reason = 'Indiquez le motif de la cessation temporaire';
  else if (values.reason.trim().length > REASON_MAX)
    errors.reason = `Le motif ne peut pas dépasser ${REASON_MAX} caractères`;
  return errors;
}

/** The request sent: only the fields of the chosen type. Call once the form is valid. */
export function adaptationInputFrom(values: AdaptationFormValues): AdaptationInput {
  if (values.type === 'end_of_activity') return { type: 'end_of_activity', lastDay: values.lastDay };
  return {
    type: 'temporary_cessation',
    from: values.from,
    to: values.to,
    reason: values.reason.trim(),
  };
}

/** The label of the référent·e's text, which says what it is for. */
export function reviewCommentLabel(decision: AdaptationDecision | null): string {
  if (decision === 'refused') return 'Motif du refus';
  if (decision === 'more_info') return 'Votre question à l’accueillant·e';
  return 'Commentaire (facultatif)';
}

/** The référent·e's own checks: a refusal needs its reason, a request for information its question. */
export function checkReviewForm(decision: AdaptationDecision | null, comment: string): FieldErrors {
  if (!decision) return { decision: 'Choisissez « Accepter », « Refuser » ou « Demander des informations »' };
  const text = comment.trim();
  if (decision === 'refused' && !text)
    return { comment: 'Indiquez le motif du refus : l’accueillant·e le lira' };
  if (decision === 'more_info' && !text) return { comment: 'Indiquez les informations que vous attendez' };
  if (text.length > TEXT_MAX) return { comment: `Ce texte ne peut dépasser ${TEXT_MAX} caractères` };
  return {};
}

/**
 * The days a cut-short cessation may reopen on: from tomorrow (and after the cessation's first
 * day) to its last day at the latest, as the workflow accepts them.
 */
export function resumeBounds(
  request: { from: string | null; to: string | null },
  today: string,
): { min: string; max: string | null } {
  const tomorrow = addDays(today, 1);
  const afterStart = request.from ? addDays(request.from, 1) : tomorrow;
  return { min: afterStart > tomorrow ? afterStart : tomorrow, max: request.to };
}

/** The day the place opens again, before the planned reprise; null when it may be sent. */
export function checkResumeOn(
  resumeOn: string,
  request: { from: string | null; to: string | null },
  today: string,
): string | null {
  if (!DAY.test(resumeOn)) return 'Indiquez le jour où vous reprenez l’accueil';
  const { min, max } = resumeBounds(request, today);
  if (resumeOn < min) return `Choisissez un jour à partir du ${formatDay(min)}`;
  if (max && resumeOn > max) return `Choisissez un jour jusqu’au ${formatDay(max)} au plus tard`;
  return null;
}
