import type { FieldErrors } from './field-errors.js';
import { REVIEW_DECISION_LABELS, TEXT_MAX, checkReviewForm, reviewCommentLabel } from './authorisation.js';
import type { AdaptationDecision } from '../api/types.js';

/** What differs between the decisions an agent records on a task: the choices and the comment. */
export interface DecisionFormSpec {
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  commentLabel(decision: string | null): string;
  commentHint(decision: string | null): string;
  commentRequired(decision: string | null): boolean;
  commentMaxLength: number;
  /** The form's own checks before anything is sent. */
  check(decision: string | null, comment: string): FieldErrors;
  /** Fields the outcome carries besides the decision and the comment, e.g. the submission seen. */
  extra?: Record<string, string>;
  /** Labels of the extra fields, for the error summary. */
  extraLabels?: Record<string, string>;
  /** An error on one of these fields means the case moved on meanwhile: the page reloads it. */
  staleFields?: string[];
  testId: string;
}

/**
 * Bank details or a photo: approve, or refuse with a reason the provider reads. The outcome names
 * the submission the agent looked at, so a newer one sent meanwhile is never approved unseen.
 */
export function validationDecision(subjectLabel: string, subjectId: string): DecisionFormSpec {
  return {
    legend: `Validez-vous ${subjectLabel} ?`,
    options: [
      { value: 'approved', label: 'Approuver' },
      { value: 'rejected', label: 'Refuser' },
    ],
    commentLabel: (d) => (d === 'rejected' ? 'Motif du refus' : 'Commentaire'),
    commentHint: (d) =>
      d === 'rejected' ? "Obligatoire. L'accueillant·e le lira pour corriger sa demande." : 'Facultatif.',
    commentRequired: () => false,
    commentMaxLength: 1000,
    check: (d): FieldErrors => (d ? {} : { decision: 'Choisissez « Approuver » ou « Refuser »' }),
    extra: { subjectId },
    extraLabels: { subjectId: 'Demande examinée' },
    staleFields: ['subjectId'],
    testId: 'complete-validation',
  };
}

const ADAPTATION_HINTS: Record<AdaptationDecision | 'none', string> = {
  accepted: 'Facultatif. L’accueillant·e le lira avec la décision.',
  refused: 'Obligatoire. L’accueillant·e le lira dans la lettre de décision.',
  more_info: 'Obligatoire. L’accueillant·e y répond depuis « Mon autorisation ».',
  none: 'Facultatif pour une acceptation, obligatoire pour un refus ou une question.',
};

/** A request to adapt an authorisation: accept, refuse with a reason, or ask the provider. */
export const ADAPTATION_DECISION: DecisionFormSpec = {
  legend: 'Votre décision sur cette demande',
  options: (['accepted', 'refused', 'more_info'] as const).map((value) => ({
    value,
    label: REVIEW_DECISION_LABELS[value],
  })),
  commentLabel: (d) => reviewCommentLabel(d as AdaptationDecision | null),
  commentHint: (d) => ADAPTATION_HINTS[(d as AdaptationDecision | null) ?? 'none'],
  commentRequired: (d) => d === 'refused' || d === 'more_info',
  commentMaxLength: TEXT_MAX,
  check: (d, comment) => checkReviewForm(d as AdaptationDecision | null, comment),
  testId: 'complete-adaptation',
};

/** The longest comment or answer the server takes on an ACTE task (common/acte.ts COMMENT_MAX). */
export const ACTE_COMMENT_MAX = 2000;

/** An ecological action plan: validate it, or send it back with what to change. */
export const ACTE_PLAN_DECISION: DecisionFormSpec = {
  legend: 'Votre décision sur ce plan d’action',
  options: [
    { value: 'validated', label: 'Valider le plan' },
    { value: 'changes_requested', label: 'Demander des modifications' },
  ],
  commentLabel: (d) =>
    d === 'changes_requested' ? 'Ce qu’il faut modifier' : 'Message pour l’accueillant·e',
  commentHint: (d) =>
    d === 'changes_requested'
      ? 'Obligatoire. L’accueillant·e le lira et pourra renvoyer son plan.'
      : 'Facultatif. L’accueillant·e le lira avec votre validation.',
  commentRequired: (d) => d === 'changes_requested',
  commentMaxLength: ACTE_COMMENT_MAX,
  check: (d, comment): FieldErrors => {
    if (!d) return { decision: 'Choisissez « Valider le plan » ou « Demander des modifications »' };
    if (d === 'changes_requested' && !comment.trim())
      return { comment: 'Indiquez ce que l’accueillant·e doit modifier' };
    return {};
  },
  testId: 'complete-acte-plan',
};
