import { BILAN_TASK_KINDS, TASK_KINDS, dateFr, type BilanDetails } from '../bilan';
import {
  actorOf,
  commentOf,
  type CaseRecord,
  type DecodedEvent,
  type ProcedureTimeline,
  type TimelineEntry,
} from '../timeline';
import type { TaskSnapshot } from '../../activities/read-model';
import type { BilanInput, ExtendDeadlineInput, SendPlanInput, ShareInput } from '../../workflows/bilan';

const VOLET_SHORT = {
  volet1: 'volet 1 (conditions d’autorisation)',
  volet2: 'volet 2 (mise en œuvre du projet d’accueil)',
} as const;

/** The stage of the bilan last recorded. */
interface BilanState {
  stage: string | null;
}

function opened(at: string, input: BilanInput): TimelineEntry {
  return {
    at,
    kind: 'case_opened',
    title: `Bilan « ${input.campaign.title} » ouvert pour ${input.provider.displayName}`,
    detail: `Début de l’auto-évaluation le ${dateFr(input.startsAt)} · plan d’action attendu au plus tard le ${dateFr(input.deadline)} · campagne ouverte par ${input.openedBy.displayName}`,
    actor: input.openedBy,
    tone: 'info',
  };
}

/** The plan did not come in time: said before the task it opens. */
function planOverdue(at: string, task: TaskSnapshot): TimelineEntry[] {
  if (task.version !== 1 || task.kind !== TASK_KINDS.planOverdue) return [];
  return [
    {
      at,
      kind: 'deadline_passed',
      title: 'Délai d’envoi du plan d’action dépassé',
      detail:
        'Le plan d’action n’a pas été reçu à temps ; l’agent conseil est chargé de contacter l’accueillant·e.',
      actor: null,
      tone: 'warning',
    },
  ];
}

/** A provider's hand-over, the plan sent, an extension: who did it, and what. */
function bilanStep(at: string, name: string, args: unknown): TimelineEntry | undefined {
  const input = args as (ShareInput | SendPlanInput | ExtendDeadlineInput) | undefined;
  if (!input?.actor) return undefined;
  const actor = actorOf(input.actor);
  if (name === 'shareVolet') {
    const volet = (input as ShareInput).volet;
    return {
      at,
      kind: 'volet_shared',
      title: `Accès donné à l’ONE au ${VOLET_SHORT[volet]} par ${actor.displayName}`,
      detail: 'L’agent conseil peut en prendre connaissance.',
      actor,
      tone: 'info',
    };
  }
  if (name === 'sendPlan') {
    const { actions, objectives } = (input as SendPlanInput).summary;
    return {
      at,
      kind: 'plan_sent',
      title: `Plan d’action envoyé par ${actor.displayName}`,
      detail: `${actions} action${actions > 1 ? 's' : ''} pour ${objectives > 1 ? `${objectives} objectifs généraux` : '1 objectif général'}`,
      actor,
      tone: 'success',
    };
  }
  const extension = input as ExtendDeadlineInput;
  return {
    at,
    kind: 'deadline_extended',
    title: `Délai prolongé jusqu’au ${dateFr(extension.deadline)} par ${actor.displayName}`,
    detail: `Motif : ${extension.reason}`,
    actor,
    tone: 'info',
  };
}

const STEPS = new Set(['shareVolet', 'sendPlan', 'extendDeadline']);

function entries(event: DecodedEvent): TimelineEntry[] {
  if (event.type === 'started') {
    const input = event.input as BilanInput | undefined;
    return input ? [opened(event.at, input)] : [];
  }
  if (event.type === 'activity' && event.activityType === 'syncTask')
    return planOverdue(event.at, event.input as TaskSnapshot);
  if (event.type === 'update' && STEPS.has(event.name)) {
    const entry = bilanStep(event.at, event.name, event.input);
    return entry ? [entry] : [];
  }
  return [];
}

/** The tools opened, the bilan closed: once each, when its stage changes. */
function caseRecorded(at: string, record: CaseRecord, state: BilanState): TimelineEntry | null {
  const details = record.details as unknown as BilanDetails;
  if (details.stage === state.stage) return null;
  state.stage = details.stage;
  if (details.stage === 'in_progress')
    return {
      at,
      kind: 'bilan_started',
      title: 'Outils du bilan ouverts : l’auto-évaluation commence',
      detail: `Plan d’action attendu au plus tard le ${dateFr(details.deadline)}`,
      actor: null,
      tone: 'info',
    };
  if (details.stage !== 'closed') return null;
  const comment = (record.outcome as { comment?: string | null } | null)?.comment;
  return {
    at,
    kind: 'case_closed',
    title: 'Bilan clôturé',
    detail: comment ? `Commentaire de l’agent conseil : ${comment}` : null,
    actor: null,
    tone: 'success',
  };
}

/** Procedure 3's history: the campaign, the volets shared, the plan, the agent's readings. */
export const bilanTimeline: ProcedureTimeline<BilanState> = {
  init: () => ({ stage: null }),
  entries,
  caseRecorded,
  completion(kind, outcome) {
    if (!BILAN_TASK_KINDS.includes(kind)) return undefined;
    const comment = commentOf(outcome);
    return { detail: comment ? `Commentaire : ${comment}` : 'Sans commentaire', tone: 'success' };
  },
  providerMessages: true,
};
