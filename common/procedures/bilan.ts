import {
  BILAN_TASK_KINDS,
  COMMENT_MAX_LENGTH,
  PROCEDURE,
  PROCEDURE_LABEL,
  STAGE_LABELS,
  describeBilan,
  type BilanDetails,
} from '../bilan';
import { commentField, outcomeSchema, type ProcedureContract } from '../procedure';
import { bilanTimeline } from './bilan.timeline';

/** Procedure 3: the bilan de fonctionnement, two volets and an action plan read by the agent conseil. */
export const BilanRefusal = {
  notStarted: 'BILAN_NOT_STARTED',
  locked: 'BILAN_LOCKED',
  notProvider: 'BILAN_NOT_YOURS',
  invalidExtension: 'INVALID_EXTENSION',
} as const;

/** Every bilan task is closed with a comment only. */
export const ReviewOutcomeSchema = outcomeSchema({ comment: commentField(COMMENT_MAX_LENGTH) });

export const bilan: ProcedureContract = {
  id: PROCEDURE,
  label: PROCEDURE_LABEL,
  workflowType: 'bilanWorkflow',
  readers: ['agent_conseil'],
  taskKinds: BILAN_TASK_KINDS.map((kind) => ({ kind, outcome: ReviewOutcomeSchema })),
  refusals: {
    [BilanRefusal.notStarted]: 409,
    [BilanRefusal.locked]: 409,
    [BilanRefusal.notProvider]: 403,
    [BilanRefusal.invalidExtension]: 400,
  },
  decisionLabels: { reviewed: 'Lu et commenté', closed: 'Bilan clôturé' },
  timeline: bilanTimeline,
  describe({ details }) {
    const d = details as unknown as BilanDetails;
    return { statusLabel: STAGE_LABELS[d.stage] ?? String(d.stage), summary: describeBilan(d) };
  },
};
