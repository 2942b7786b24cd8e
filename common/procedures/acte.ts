import { z } from 'zod';
import {
  ACTE,
  ACTE_DECISION_LABELS,
  ACTE_LABEL,
  ACTE_QUESTION,
  ACTE_QUESTION_LABEL,
  COMMENT_MAX,
  PAYMENT_TASK_KIND,
  PLAN_DECISIONS,
  PLAN_TASK_KIND,
  QUESTION_TASK_KIND,
  acteCaseStatus,
  checkAnswerOutcome,
  checkPaymentOutcome,
  checkPlanOutcome,
  euros,
  type PlanOutcome,
} from '../acte';
import type { ActeDetails } from '../../workflows/acte';
import { commentField, outcomeSchema, type ProcedureContract } from '../procedure';
import { acteQuestionTimeline, acteTimeline } from './acte.timeline';

/** Procedure 6: ACTE, the charter, the yearly subsidy, the ecological action plan and questions. */
export const ACTE_REFUSED = 'ACTE_STEP_REFUSED';

export const PlanOutcomeSchema = outcomeSchema(
  {
    decision: z.enum(PLAN_DECISIONS, {
      error: 'Choisissez « Valider le plan » ou « Demander des modifications »',
    }),
    comment: commentField(COMMENT_MAX),
  },
  (outcome) => checkPlanOutcome(outcome as PlanOutcome),
);

/** An answer: its text only; the decision is always « answered ». */
export const AnswerOutcomeSchema = outcomeSchema(
  {
    decision: z
      .literal('answered', { error: 'Cette tâche n’attend qu’une réponse' })
      .optional()
      .transform(() => 'answered' as const),
    comment: commentField(COMMENT_MAX),
  },
  (outcome) => checkAnswerOutcome(outcome),
);

export const acte: ProcedureContract = {
  id: ACTE,
  label: ACTE_LABEL,
  workflowType: 'acteWorkflow',
  readers: ['agent_subsides', 'equipe_acte'],
  taskKinds: [
    { kind: PLAN_TASK_KIND, outcome: PlanOutcomeSchema },
    { kind: PAYMENT_TASK_KIND, outcome: null, closedByProcedure: checkPaymentOutcome()[0].message },
  ],
  refusals: { [ACTE_REFUSED]: 409 },
  decisionLabels: ACTE_DECISION_LABELS,
  timeline: acteTimeline,
  describe({ status, details }) {
    const d = details as unknown as ActeDetails;
    const state = acteCaseStatus(d);
    return {
      statusLabel: status === 'open' ? state.label : 'Dispositif terminé',
      summary: `Année ${d.year} du dispositif${d.payment ? ` · subside de ${euros(d.payment.amountCents)} pour ${d.payment.places} place(s)` : ''}`,
      waitingFor: status === 'open' ? state.waitingFor : null,
      atRisk:
        status === 'open'
          ? d.escalated
            ? `Délai de paiement dépassé${d.atRisk ? ` : ${d.atRisk.toLowerCase()}` : ''}`
            : d.atRisk
          : null,
    };
  },
};

export const acteQuestion: ProcedureContract = {
  id: ACTE_QUESTION,
  label: ACTE_QUESTION_LABEL,
  workflowType: 'acteQuestionWorkflow',
  readers: ['equipe_acte'],
  taskKinds: [{ kind: QUESTION_TASK_KIND, outcome: AnswerOutcomeSchema }],
  refusals: {},
  decisionLabels: ACTE_DECISION_LABELS,
  timeline: acteQuestionTimeline,
  describe({ status, details }) {
    const d = details as { question: string; answer: string | null };
    return {
      statusLabel: status === 'open' ? 'En attente de réponse' : 'Réponse reçue',
      summary: d.question.length > 140 ? `${d.question.slice(0, 139)}…` : d.question,
      waitingFor: status === 'open' ? 'La réponse de l’équipe ACTE' : null,
    };
  },
  requestText: (details) => (typeof details.question === 'string' ? details.question : null),
};
