/**
 * ACTE, « accueil en transition écologique » (DOMAIN.md procedure 6; seed chapter 14): the
 * charter, the yearly subsidy of 125 € per authorised place paid within three months of the
 * signature, the ecological action plan and the questions to the ACTE team. Pure code shared by
 * the workflows, the API and the interface (no I/O, deterministic).
 */
import { msToNumber } from '@temporalio/common/lib/time';
import type { FieldProblem } from './cessation-risk';

export const ACTE = 'acte';
export const ACTE_LABEL = 'Accueil en transition écologique (ACTE)';
export const ACTE_QUESTION = 'acte_question';
export const ACTE_QUESTION_LABEL = 'Question à l’équipe ACTE';
/** The scheme's name on a subsidy payment. */
export const ACTE_SCHEME = 'acte';

/** 125 € per authorised place, every year (seed chapter 14). In cents: money is never a float. */
export const ACTE_AMOUNT_PER_PLACE_CENTS = 12_500;
/** The basic subsidy level (« subside de base ») from which a place may sign the charter. */
export const ACTE_MIN_SUBSIDY_LEVEL = 1;

export const PLAN_TASK_KIND = 'acte.plan_review';
export const PLAN_TASK_TITLE = 'Examiner un plan d’action écologique';
export const PAYMENT_TASK_KIND = 'acte.payment';
export const PAYMENT_TASK_TITLE = 'Verser le subside ACTE';
export const QUESTION_TASK_KIND = 'acte.question';
export const QUESTION_TASK_TITLE = 'Répondre à une question ACTE';

export const COMMENT_MAX = 2000;
export const QUESTION_MAX = 2000;

/** Durations of the scheme; production values come from the configuration (common/node/config.ts). */
export interface ActeDurations {
  /** From the year's start (the signature, then each anniversary) to the payment's deadline. */
  paymentDeadline: string;
  /** How long before the deadline the provider and the team are warned if it is not paid. */
  paymentWarning: string;
  /** How often a payment waiting for bank details looks for validated ones. */
  bankDetailsCheck: string;
  /** Length of a year of the scheme. */
  year: string;
  /** Reminders during the year, counted from its start. */
  reminders: string[];
  /** Time the ACTE team has to examine a plan. */
  planReview: string;
}

/** Time the ACTE team has to answer a question. */
export type QuestionDurations = { answer: string };

const MONTHS = /^\s*(\d+)\s*(months?|mois)\s*$/i;
const YEARS = /^\s*(\d+)\s*(years?|ans?)\s*$/i;

/** Whether `spec` is a duration this module understands: « 3 months », « 1 year », or `ms` notation. */
export function isPeriod(spec: string): boolean {
  if (MONTHS.test(spec) || YEARS.test(spec)) return true;
  try {
    return msToNumber(spec) > 0;
  } catch {
    return false;
  }
}

/**
 * `start` plus a period. Months and years are calendar ones, in UTC days (« within three months
 * of the signature » of 30 November ends on 28 February, not 90 days later); anything else is a
 * fixed duration ('30 days', '20s').
 */
export function addPeriod(start: string | Date, spec: string): Date {
  const from = new Date(start);
  const months =
    MONTHS.exec(spec)?.[1] ?? (YEARS.exec(spec) ? String(Number(YEARS.exec(spec)![1]) * 12) : null);
  if (months === null) return new Date(from.getTime() + msToNumber(spec));
  const n = Number(months);
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(from.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(
      y,
      m,
      d,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
      from.getUTCMilliseconds(),
    ),
  );
}

export function acteAmountCents(places: number): number {
  return ACTE_AMOUNT_PER_PLACE_CENTS * places;
}

/** « 500,00 € » */
export function euros(cents: number): string {
  return new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export interface EligibilityFacts {
  subsidyLevel: number | null;
  authorisationStatus: string | null;
  places: number | null;
}
export interface Eligibility {
  eligible: boolean;
  /** Why not, in the provider's words; null when eligible. */
  reason: string | null;
}

/** Who may sign the charter and receive the subsidy (seed chapter 14). */
export function acteEligibility(f: EligibilityFacts): Eligibility {
  if (f.authorisationStatus === 'withdrawn')
    return { eligible: false, reason: 'Votre autorisation d’accueil est retirée.' };
  if ((f.subsidyLevel ?? 0) < ACTE_MIN_SUBSIDY_LEVEL)
    return {
      eligible: false,
      reason:
        'Votre milieu d’accueil n’a pas obtenu le subside de base (niveau 1), condition minimale pour signer la charte. Pour en savoir plus, contactez votre agent conseil.',
    };
  if (!f.places || f.places < 1)
    return {
      eligible: false,
      reason:
        'Le nombre de places de votre autorisation n’est pas connu : contactez votre référent·e accueil.',
    };
  return { eligible: true, reason: null };
}

export const PAYMENT_STATUSES = ['waiting_bank_details', 'ready', 'released'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const PAYMENT_STATUS_LABELS: Record<PaymentStatus, string> = {
  waiting_bank_details: 'En attente de coordonnées bancaires validées',
  ready: 'En cours de paiement',
  released: 'Versé',
};

export const PLAN_STATUSES = ['none', 'draft', 'submitted', 'changes_requested', 'validated'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  none: 'Pas encore commencé',
  draft: 'Brouillon',
  submitted: 'Envoyé à l’équipe ACTE',
  changes_requested: 'Modifications demandées',
  validated: 'Validé par l’équipe ACTE',
};

export const PLAN_DECISIONS = ['validated', 'changes_requested'] as const;
export type PlanDecision = (typeof PLAN_DECISIONS)[number];
export interface PlanOutcome {
  decision: PlanDecision;
  /** What to change (required), or a word of encouragement on validation. */
  comment: string | null;
}

export function checkPlanOutcome(outcome: PlanOutcome): FieldProblem[] {
  if (!PLAN_DECISIONS.includes(outcome.decision))
    return [
      {
        path: 'outcome.decision',
        message: 'Choisissez « Valider le plan » ou « Demander des modifications »',
      },
    ];
  const comment = outcome.comment?.trim() ?? '';
  if (outcome.decision === 'changes_requested' && !comment)
    return [{ path: 'outcome.comment', message: 'Indiquez ce que l’accueillant·e doit modifier' }];
  if (comment.length > COMMENT_MAX)
    return [{ path: 'outcome.comment', message: `Ce texte ne peut dépasser ${COMMENT_MAX} caractères` }];
  return [];
}

export interface AnswerOutcome {
  comment: string | null;
}
export function checkAnswerOutcome(outcome: AnswerOutcome): FieldProblem[] {
  const comment = outcome.comment?.trim() ?? '';
  if (!comment) return [{ path: 'outcome.comment', message: 'Écrivez la réponse : l’accueillant·e la lira' }];
  if (comment.length > COMMENT_MAX)
    return [{ path: 'outcome.comment', message: `Ce texte ne peut dépasser ${COMMENT_MAX} caractères` }];
  return [];
}

/** The payment task closes when a batch pays it: nobody completes it by hand. */
export function checkPaymentOutcome(): FieldProblem[] {
  return [
    {
      path: 'outcome',
      message: 'Ce subside se verse avec un lot de paiements : ouvrez « Paiements » et libérez le lot.',
    },
  ];
}

/** The year of the scheme as people say it: « 2026-2027 » for a year that starts in 2026. */
export function schemeYearLabel(yearStart: string): string {
  const y = new Date(yearStart).getUTCFullYear();
  return `${y}-${y + 1}`;
}

/** The outcomes of ACTE tasks and cases, as people read them. */
export const ACTE_DECISION_LABELS: Record<string, string> = {
  validated: 'Plan validé',
  changes_requested: 'Modifications demandées',
  paid: 'Subside versé',
  answered: 'Réponse envoyée',
  ended: 'Dispositif terminé',
};

/** Where an ACTE case stands, for « Mes demandes » and the coordination's list. */
export function acteCaseStatus(d: {
  eligible: boolean;
  payment: { status: PaymentStatus } | null;
  plan: { status: PlanStatus };
  atRisk: string | null;
}): { label: string; waitingFor: string | null } {
  if (!d.eligible) return { label: 'Pas de subside cette année', waitingFor: null };
  if (d.payment && d.payment.status === 'waiting_bank_details')
    return {
      label: d.atRisk
        ? `Subside à risque : ${d.atRisk.toLowerCase()}`
        : 'Subside en attente de coordonnées bancaires',
      waitingFor: 'Vos coordonnées bancaires, validées par l’ONE (« Signalétique »)',
    };
  if (d.payment && d.payment.status === 'ready')
    return { label: 'Subside en cours de paiement', waitingFor: 'Le versement de votre subside par l’ONE' };
  if (d.plan.status === 'submitted')
    return {
      label: 'Plan d’action chez l’équipe ACTE',
      waitingFor: 'L’examen de votre plan par l’équipe ACTE',
    };
  if (d.plan.status === 'none' || d.plan.status === 'changes_requested')
    return {
      label: d.plan.status === 'none' ? 'Charte signée' : 'Modifications du plan demandées',
      waitingFor: 'Votre plan d’action écologique',
    };
  return { label: 'Plan validé, subside versé', waitingFor: null };
}
