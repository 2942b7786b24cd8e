import { VALIDATION_DECISION_LABELS, type ValidationOutcome } from '../validation';
import {
  actorOf,
  closedWithDecision,
  commentOf,
  lines,
  type DecodedEvent,
  type ProcedureTimeline,
  type TimelineActor,
  type TimelineEntry,
} from '../timeline';
import type { ValidationInput } from '../../workflows/validation';

/** The submission the case opened with. */
interface ValidationState {
  input: ValidationInput | null;
}

function opened(at: string, validation: ValidationInput): TimelineEntry {
  const rib = validation.kind === 'rib';
  return {
    at,
    kind: 'case_opened',
    title: rib
      ? `Nouvelles coordonnées bancaires envoyées par ${validation.submittedBy.displayName}`
      : `Photo du lieu d’accueil envoyée par ${validation.submittedBy.displayName}`,
    detail: rib
      ? 'À valider avant d’être utilisées pour les paiements.'
      : 'Visible sur MY.ONE seulement après validation.',
    actor: validation.submittedBy,
    tone: 'info',
  };
}

/** A photo withdrawn, or new bank details replacing those waiting. */
function resubmitted(at: string, name: string, args: unknown, validation: ValidationInput): TimelineEntry[] {
  const input = args as { subjectId?: string; actor: TimelineActor } | undefined;
  if (!input?.actor) return [];
  const actor = actorOf(input.actor);
  if (name === 'withdraw')
    return [
      {
        at,
        kind: 'task_cancelled',
        title: `Photo retirée par ${actor.displayName}`,
        detail: 'Il n’y a plus rien à valider.',
        actor,
        tone: 'info',
      },
    ];
  if (!input.subjectId || input.subjectId === validation.subjectId) return [];
  return [
    {
      at,
      kind: 'case_opened',
      title: `Nouvelles coordonnées bancaires envoyées par ${actor.displayName}`,
      detail: 'Elles remplacent celles qui attendaient leur validation.',
      actor,
      tone: 'info',
    },
  ];
}

function entries(event: DecodedEvent, state: ValidationState): TimelineEntry[] {
  if (event.type === 'started') {
    state.input = (event.input as ValidationInput | undefined) ?? null;
    return state.input ? [opened(event.at, state.input)] : [];
  }
  if (event.type === 'update' && state.input && (event.name === 'submit' || event.name === 'withdraw'))
    return resubmitted(event.at, event.name, event.input, state.input);
  return [];
}

/** Procedures 4 and 5's history (bank details, photo): the submission and the agent's decision. */
export const validationTimeline: ProcedureTimeline<ValidationState> = {
  init: () => ({ input: null }),
  entries,
  caseRecorded: closedWithDecision(VALIDATION_DECISION_LABELS, ['approved']),
  completion(_kind, outcome) {
    const decision = String(outcome.decision ?? '');
    const comment = commentOf(outcome);
    const label = VALIDATION_DECISION_LABELS[decision as ValidationOutcome['decision']] ?? decision;
    return {
      detail: lines(`Décision : ${label}`, comment ? `Motif : ${comment}` : null),
      tone: decision === 'approved' ? 'success' : 'warning',
    };
  },
};
