/**
 * The cessation-risk report (DOMAIN.md, procedure 3; seed guide chapter 6): its choices, the
 * words shown for them, and the checks on an outcome. Pure code: the workflow, the API and the
 * UI all rely on the same definitions.
 */
export const PROCEDURE = 'cessation_risk';
export const PROCEDURE_LABEL = "Signalement d'un risque de cessation d'activité";
export const BADGE_LABEL = "Risque de cessation d'activité signalé";

export const PERIODS = ['short_term', 'medium_term'] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_LABELS: Record<Period, string> = {
  short_term: 'À court terme (dans les 3 à 6 mois)',
  medium_term: 'À moyen terme (plus de 6 mois)',
};

export const REASONS = ['financial', 'premises_unavailable', 'other'] as const;
export type Reason = (typeof REASONS)[number];
export const REASON_LABELS: Record<Reason, string> = {
  financial: 'Raison financière',
  premises_unavailable: "Indisponibilité des lieux d'accueil",
  other: 'Autre motif',
};
export const REASON_OTHER_MAX_LENGTH = 1000;

export interface CessationRiskReport {
  period: Period;
  reason: Reason;
  /** Required when the reason is `other`, absent otherwise. */
  reasonOther: string | null;
}

export const DECISIONS = ['financial_support', 'no_support', 'closed'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = {
  financial_support: 'Soutien financier accordé',
  no_support: 'Pas de soutien financier',
  closed: 'Dossier clôturé sans suite',
};
export const MAX_SUPPORT_AMOUNT_EUR = 100_000;
export const COMMENT_MAX_LENGTH = 2000;

export interface AnalysisOutcome {
  decision: Decision;
  /** Whole euros, only with `financial_support`. */
  amountEur: number | null;
  comment: string | null;
}

export type { FieldProblem } from './procedure';
import type { FieldProblem } from './procedure';

/** Checks an analysis outcome; returns the problems in French, none when it is acceptable. */
export function checkAnalysisOutcome(outcome: AnalysisOutcome): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!DECISIONS.includes(outcome.decision)) {
    problems.push({ path: 'outcome.decision', message: 'Choisissez le résultat de l’analyse' });
    return problems;
  }
  if (outcome.decision === 'financial_support') {
    const amount = outcome.amountEur;
    if (amount === null || amount === undefined) {
      problems.push({ path: 'outcome.amountEur', message: 'Indiquez le montant accordé' });
    } else if (!Number.isInteger(amount) || amount <= 0 || amount > MAX_SUPPORT_AMOUNT_EUR) {
      problems.push({
        path: 'outcome.amountEur',
        message: `Le montant doit être un nombre entier d’euros entre 1 et ${MAX_SUPPORT_AMOUNT_EUR.toLocaleString('fr-BE')}`,
      });
    }
  } else if (outcome.amountEur !== null && outcome.amountEur !== undefined) {
    problems.push({
      path: 'outcome.amountEur',
      message: 'Un montant ne peut être indiqué que si un soutien est accordé',
    });
  }
  if (
    outcome.comment !== null &&
    outcome.comment !== undefined &&
    outcome.comment.length > COMMENT_MAX_LENGTH
  ) {
    problems.push({
      path: 'outcome.comment',
      message: `Le commentaire ne peut dépasser ${COMMENT_MAX_LENGTH} caractères`,
    });
  }
  return problems;
}

export function formatEuros(amount: number): string {
  return `${amount.toLocaleString('fr-BE')} €`;
}

export function describeOutcome(outcome: AnalysisOutcome): string {
  const label = DECISION_LABELS[outcome.decision];
  return outcome.decision === 'financial_support' && outcome.amountEur
    ? `${label} : ${formatEuros(outcome.amountEur)}`
    : label;
}
