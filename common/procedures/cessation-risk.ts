import { z } from 'zod';
import {
  COMMENT_MAX_LENGTH,
  DECISIONS,
  DECISION_LABELS,
  MAX_SUPPORT_AMOUNT_EUR,
  PERIOD_LABELS,
  PROCEDURE,
  PROCEDURE_LABEL,
  REASON_LABELS,
  checkAnalysisOutcome,
  type AnalysisOutcome,
  type Period,
  type Reason,
} from '../cessation-risk';
import { commentField, outcomeSchema, type ProcedureContract } from '../procedure';
import { cessationRiskTimeline } from './cessation-risk.timeline';

/** Procedure 1: a childminder reports a risk of ceasing her activity; the cellule de veille analyses it. */
export const ANALYSIS_TASK_KIND = 'cessation_risk.analysis';
export const CASE_ALREADY_OPEN = 'CASE_ALREADY_OPEN';

export const AnalysisOutcomeSchema = outcomeSchema(
  {
    decision: z.enum(DECISIONS, { error: 'Choisissez le résultat de l’analyse' }),
    amountEur: z
      .number({ error: 'Indiquez un montant en euros' })
      .int({ error: 'Le montant doit être un nombre entier d’euros' })
      .min(1, { error: 'Le montant doit être d’au moins 1 €' })
      .max(MAX_SUPPORT_AMOUNT_EUR, { error: 'Ce montant dépasse le plafond d’un soutien' })
      .nullish()
      .transform((v) => v ?? null),
    comment: commentField(
      COMMENT_MAX_LENGTH,
      `Le commentaire ne peut dépasser ${COMMENT_MAX_LENGTH} caractères`,
    ),
  },
  (outcome) => checkAnalysisOutcome(outcome as AnalysisOutcome),
);

export const cessationRisk: ProcedureContract = {
  id: PROCEDURE,
  label: PROCEDURE_LABEL,
  workflowType: 'cessationRiskWorkflow',
  readers: ['cellule_veille'],
  taskKinds: [{ kind: ANALYSIS_TASK_KIND, outcome: AnalysisOutcomeSchema }],
  refusals: { [CASE_ALREADY_OPEN]: 409 },
  decisionLabels: DECISION_LABELS,
  timeline: cessationRiskTimeline,
  describe({ status, details }) {
    const d = details as { period: Period; reason: Reason; reasonOther?: string | null };
    const periodLabel = PERIOD_LABELS[d.period] ?? d.period;
    const reasonLabel = REASON_LABELS[d.reason] ?? d.reason;
    return {
      statusLabel: status === 'open' ? 'En cours d’analyse' : 'Traité',
      waitingFor: status === 'open' ? 'L’ONE vous contacte pour analyser votre situation' : null,
      summary: `${periodLabel} · ${reasonLabel}`,
      details: {
        period: d.period,
        periodLabel,
        reason: d.reason,
        reasonLabel,
        reasonOther: d.reasonOther ?? null,
      },
    };
  },
};
