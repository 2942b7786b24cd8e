import { z } from 'zod';
import {
  REASON_MAX_LENGTH,
  VALIDATIONS,
  VALIDATION_DECISIONS,
  VALIDATION_DECISION_LABELS,
  checkValidationOutcome,
  type ValidationKind,
  type ValidationOutcome,
} from '../validation';
import { commentField, outcomeSchema, type ProcedureContract } from '../procedure';
import { validationTimeline } from './validation.timeline';

/** Procedures 4 and 5: an agent validates new bank details (RIB) or a photo before they count. */
export const VALIDATION_DECIDED = 'VALIDATION_DECIDED';

export const ValidationOutcomeSchema = outcomeSchema(
  {
    decision: z.enum(VALIDATION_DECISIONS, { error: 'Choisissez « Approuver » ou « Refuser »' }),
    comment: commentField(REASON_MAX_LENGTH),
    /** The submission the agent looked at: a newer one is not approved unseen. */
    subjectId: z.uuid({ error: 'Indiquez la demande examinée' }),
  },
  // Whether it is still the submission on file is the workflow's to say (its state).
  (outcome) =>
    checkValidationOutcome(outcome as ValidationOutcome, outcome.subjectId).filter(
      (p) => p.path !== 'outcome.subjectId',
    ),
);

function validationContract(kind: ValidationKind): ProcedureContract {
  const spec = VALIDATIONS[kind];
  return {
    id: spec.procedure,
    label: spec.procedureLabel,
    workflowType: 'validationWorkflow',
    readers: [spec.role],
    taskKinds: [{ kind: spec.taskKind, outcome: ValidationOutcomeSchema }],
    refusals: { [VALIDATION_DECIDED]: 409 },
    decisionLabels: VALIDATION_DECISION_LABELS,
    timeline: validationTimeline,
    describe({ status, outcomeLabel: decided }) {
      return {
        statusLabel: status === 'open' ? 'En attente de validation' : (decided ?? 'Traité'),
        summary:
          status === 'open'
            ? `${spec.procedureLabel} : en attente`
            : `${spec.procedureLabel} : ${decided ?? 'traitée'}`,
        waitingFor: status === 'open' ? 'La vérification de votre envoi par l’ONE' : null,
      };
    },
  };
}

export const ribValidation = validationContract('rib');
export const photoValidation = validationContract('photo');
