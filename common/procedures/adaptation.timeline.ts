import {
  ADAPTATION_TASK_KIND,
  ADAPTATION_TYPE_LABELS,
  AUTHORISATION_STATUS_LABELS,
  DOCUMENT_KIND_LABELS,
  REVIEW_DECISION_LABELS,
  dayFr,
  describeRequest,
  type AuthorisationStatus,
  type ReviewOutcome,
} from '../adaptation';
import {
  actorOf,
  closedWithDecision,
  commentOf,
  lines,
  type DecodedEvent,
  type ProcedureTimeline,
  type TimelineEntry,
} from '../timeline';
import type { DecisionDocumentInput } from '../../activities/authorisation';
import type { AdaptationInput, AnswerInput, CutShortInput } from '../../workflows/adaptation';

/** Whether the case's request was read: the provider's answers belong to it. */
interface AdaptationState {
  input: AdaptationInput | null;
}

function opened(at: string, adaptation: AdaptationInput): TimelineEntry {
  return {
    at,
    kind: 'case_opened',
    title: `Demande d’adaptation de l’autorisation (${ADAPTATION_TYPE_LABELS[adaptation.request.type].toLowerCase()}) envoyée par ${adaptation.requestedBy.displayName}`,
    detail: describeRequest(adaptation.request, dayFr),
    actor: adaptation.requestedBy,
    tone: 'info',
  };
}

/** A decision letter produced, the authorisation changed. */
function authorisationStep(at: string, activityType: string, input: unknown): TimelineEntry[] {
  if (activityType === 'generateDecisionDocument') {
    const doc = input as DecisionDocumentInput;
    return [
      {
        at,
        kind: 'document_issued',
        title: `Lettre de décision produite : ${DOCUMENT_KIND_LABELS[doc.kind]}`,
        detail: 'Téléchargeable dans « Mon autorisation ».',
        actor: null,
        tone: 'info',
      },
    ];
  }
  if (activityType !== 'setAuthorisationStatus') return [];
  const change = input as { status: AuthorisationStatus; effectiveOn: string; note: string };
  return [
    {
      at,
      kind: 'authorisation_changed',
      title: `${AUTHORISATION_STATUS_LABELS[change.status]} à partir du ${dayFr(change.effectiveOn)}`,
      detail: change.note,
      actor: null,
      tone: change.status === 'granted' ? 'success' : 'warning',
    },
  ];
}

/** The provider's answer to a question, or an early return to work. */
function providerStep(at: string, name: string, args: unknown): TimelineEntry[] {
  const input = args as (AnswerInput & CutShortInput) | undefined;
  if (!input?.actor) return [];
  const actor = actorOf(input.actor);
  return [
    name === 'answer'
      ? {
          at,
          kind: 'information_provided',
          title: `Informations complémentaires envoyées par ${actor.displayName}`,
          detail: input.text,
          actor,
          tone: 'info',
        }
      : {
          at,
          kind: 'information_provided',
          title: `Reprise anticipée de l’accueil demandée par ${actor.displayName}`,
          detail: `Reprise le ${dayFr(input.resumeOn)}`,
          actor,
          tone: 'info',
        },
  ];
}

function entries(event: DecodedEvent, state: AdaptationState): TimelineEntry[] {
  switch (event.type) {
    case 'started':
      state.input = (event.input as AdaptationInput | undefined) ?? null;
      return state.input ? [opened(event.at, state.input)] : [];
    case 'activity':
      return authorisationStep(event.at, event.activityType, event.input);
    case 'update':
      return state.input && (event.name === 'answer' || event.name === 'cutShort')
        ? providerStep(event.at, event.name, event.input)
        : [];
    default:
      return [];
  }
}

/** Procedure 2's history: the request, the review, the letters and the authorisation's changes. */
export const adaptationTimeline: ProcedureTimeline<AdaptationState> = {
  init: () => ({ input: null }),
  entries,
  caseRecorded: closedWithDecision(REVIEW_DECISION_LABELS, ['accepted']),
  completion(kind, outcome) {
    if (kind !== ADAPTATION_TASK_KIND) return undefined;
    const decision = String(outcome.decision ?? '');
    const comment = commentOf(outcome);
    const label = REVIEW_DECISION_LABELS[decision as ReviewOutcome['decision']] ?? decision;
    const said = decision === 'more_info' ? 'Question' : decision === 'refused' ? 'Motif' : 'Commentaire';
    return {
      detail: lines(`Décision : ${label}`, comment ? `${said} : ${comment}` : null),
      tone: decision === 'refused' ? 'warning' : decision === 'accepted' ? 'success' : 'info',
    };
  },
  providerMessages: true,
};
