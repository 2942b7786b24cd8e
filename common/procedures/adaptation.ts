import { z } from 'zod';
import {
  ADAPTATION,
  ADAPTATION_LABEL,
  ADAPTATION_STAGE_LABELS,
  ADAPTATION_TASK_KIND,
  COMMENT_MAX,
  DOCUMENT_KIND_LABELS,
  REVIEW_DECISIONS,
  REVIEW_DECISION_LABELS,
  adaptationWaitingFor,
  checkReviewOutcome,
  dayFr,
  describeRequest,
  type AdaptationRequest,
  type AdaptationStage,
  type DocumentKind,
  type ReviewOutcome,
} from '../adaptation';
import { commentField, outcomeSchema, type ProcedureContract } from '../procedure';
import { adaptationTimeline } from './adaptation.timeline';

/** Procedure 2: a change to the authorisation, examined by the référent·e accueil. */
export const ADAPTATION_REFUSED = 'ADAPTATION_NOT_WAITING';

export const AdaptationOutcomeSchema = outcomeSchema(
  {
    decision: z.enum(REVIEW_DECISIONS, {
      error: 'Choisissez « Accepter », « Refuser » ou « Demander des informations »',
    }),
    comment: commentField(COMMENT_MAX),
  },
  (outcome) => checkReviewOutcome(outcome as ReviewOutcome),
);

export const adaptation: ProcedureContract = {
  id: ADAPTATION,
  label: ADAPTATION_LABEL,
  workflowType: 'adaptationWorkflow',
  readers: ['referent_accueil'],
  taskKinds: [{ kind: ADAPTATION_TASK_KIND, outcome: AdaptationOutcomeSchema }],
  refusals: { [ADAPTATION_REFUSED]: 409 },
  decisionLabels: REVIEW_DECISION_LABELS,
  timeline: adaptationTimeline,
  describe({ status, details }) {
    const d = details as {
      request: AdaptationRequest;
      stage: AdaptationStage;
      documents?: Array<{ id: string; kind: DocumentKind }>;
    };
    return {
      statusLabel: ADAPTATION_STAGE_LABELS[d.stage] ?? String(d.stage),
      summary: describeRequest(d.request, dayFr),
      waitingFor: status === 'open' ? adaptationWaitingFor(d.stage, d.request) : null,
      documents: (d.documents ?? []).map((doc) => ({
        id: doc.id,
        label: DOCUMENT_KIND_LABELS[doc.kind],
        url: `/api/decision-documents/${doc.id}`,
      })),
    };
  },
};
