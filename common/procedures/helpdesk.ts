import { z } from 'zod';
import {
  ANSWER_MAX,
  ANSWER_TASK_KIND,
  HELPDESK,
  HELPDESK_DECISIONS,
  HELPDESK_DECISION_LABELS,
  HELPDESK_LABEL,
  NOT_WAITING_FOR_YOU,
  SECOND_LINE_TASK_KIND,
  STAGE_LABELS,
  checkHelpdeskOutcome,
  checkSecondLineOutcome,
  dayFr,
  type HelpdeskDetails,
} from '../helpdesk';
import { commentField, outcomeSchema, type ProcedureContract } from '../procedure';
import { helpdeskTimeline } from './helpdesk.timeline';

/** Procedure 7: a request to the helpdesk (« Aide »), answered by the helpdesk or its second line. */

export const HelpdeskOutcomeSchema = outcomeSchema(
  {
    decision: z.enum(HELPDESK_DECISIONS, {
      error: 'Choisissez : répondre, demander des précisions ou transmettre aux informaticiens',
    }),
    comment: commentField(ANSWER_MAX),
  },
  (outcome) => checkHelpdeskOutcome(outcome),
);

/** The informaticiens' answer, to the helpdesk: its text only. */
export const SecondLineOutcomeSchema = outcomeSchema(
  {
    decision: z
      .literal('technical_answer', { error: 'Cette tâche n’attend qu’une réponse' })
      .optional()
      .transform(() => 'technical_answer' as const),
    comment: commentField(ANSWER_MAX),
  },
  (outcome) => checkSecondLineOutcome(outcome),
);

export const helpdesk: ProcedureContract = {
  id: HELPDESK,
  label: HELPDESK_LABEL,
  workflowType: 'helpdeskWorkflow',
  readers: ['helpdesk', 'support_technique'],
  taskKinds: [
    { kind: ANSWER_TASK_KIND, outcome: HelpdeskOutcomeSchema },
    { kind: SECOND_LINE_TASK_KIND, outcome: SecondLineOutcomeSchema },
  ],
  refusals: { [NOT_WAITING_FOR_YOU]: 409 },
  decisionLabels: HELPDESK_DECISION_LABELS,
  fieldLabels: {
    helpdeskRequest: 'demande d’aide',
    requesterRoles: 'rôle',
    requesterSubregion: 'sous-région',
    requesterOpenCases: 'dossiers en cours',
  },
  timeline: helpdeskTimeline,
  // A person reads the requests she sent, whatever her role (an agent may ask too).
  rules: (user) => [{ action: 'read', subject: 'HelpdeskRequest', conditions: { openedBy: user.id } }],
  describe({ status, details }) {
    const d = details as unknown as HelpdeskDetails;
    const stage = status === 'closed' ? 'closed' : d.stage;
    return {
      statusLabel: STAGE_LABELS[stage] ?? STAGE_LABELS.with_helpdesk,
      summary: d.subjectLabel,
      waitingFor:
        stage === 'waiting_requester'
          ? `Vos précisions${d.closesAt ? `, au plus tard le ${dayFr(d.closesAt)}` : ''}`
          : stage === 'with_helpdesk' || stage === 'with_second_line'
            ? 'La réponse du helpdesk'
            : null,
    };
  },
};
