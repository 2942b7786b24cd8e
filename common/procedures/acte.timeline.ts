import { ACTE_DECISION_LABELS, PLAN_TASK_KIND, QUESTION_TASK_KIND, acteAmountCents, euros } from '../acte';
import { dateFr } from '../bilan';
import { dayFr } from '../adaptation';
import {
  actorOf,
  commentOf,
  lines,
  type DecodedEvent,
  type ProcedureTimeline,
  type TimelineEntry,
} from '../timeline';
import type { ActeInput, ActeQuestionInput, PaymentReleasedInput, PlanStepInput } from '../../workflows/acte';

/** The year running (one run each), and whether its subsidy found validated bank details. */
interface ActeState {
  acte: ActeInput | null;
  bankReady: boolean;
}

/** The charter signed (year 1), or a new year of it. */
function yearOpened(at: string, acte: ActeInput): TimelineEntry {
  if (acte.year === 1)
    return {
      at,
      kind: 'case_opened',
      title: `Charte ACTE signée par ${acte.signedBy.displayName}`,
      detail:
        'Subside de 125 € par place autorisée, à verser dans les trois mois de la signature, puis chaque année.',
      actor: acte.signedBy,
      tone: 'success',
    };
  return {
    at,
    kind: 'year_started',
    title: `Année ${acte.year} du dispositif ACTE`,
    detail: `Depuis le ${dateFr(acte.yearStart)} : nouvelle vérification des conditions, subside de l’année, nouveau plan d’action et point sur celui de l’an dernier.`,
    actor: null,
    tone: 'info',
  };
}

/** The year's conditions not met: no subsidy this year. */
function notEligible(at: string, result: unknown): TimelineEntry[] {
  const facts = result as { eligible: boolean; reason: string | null } | undefined;
  if (!facts || facts.eligible) return [];
  return [
    {
      at,
      kind: 'deadline_passed',
      title: 'Conditions du subside ACTE non remplies cette année',
      detail: facts.reason,
      actor: null,
      tone: 'warning',
    },
  ];
}

function paymentScheduled(at: string, input: unknown): TimelineEntry {
  const p = input as { places: number; dueAt: string; year: number };
  return {
    at,
    kind: 'payment_scheduled',
    title: `Subside ACTE de ${euros(acteAmountCents(p.places))} (${p.places} place${p.places > 1 ? 's' : ''}) à verser au plus tard le ${dateFr(p.dueAt)}`,
    detail: 'Il sera versé sur les coordonnées bancaires validées par l’ONE.',
    actor: null,
    tone: 'info',
  };
}

/** The subsidy found validated bank details: said once a year. */
function bankDetailsReady(at: string, result: unknown, state: ActeState): TimelineEntry[] {
  if (state.bankReady || (result as { status: string } | undefined)?.status !== 'ready') return [];
  state.bankReady = true;
  return [
    {
      at,
      kind: 'information_provided',
      title: 'Coordonnées bancaires validées : le subside est prêt à être versé',
      detail: 'Il partira avec le prochain lot de paiements.',
      actor: null,
      tone: 'success',
    },
  ];
}

/** The year's conditions not met, its subsidy scheduled, then ready to be paid. */
function subsidyStep(event: Extract<DecodedEvent, { type: 'activity' }>, state: ActeState): TimelineEntry[] {
  if (event.activityType === 'acteYearFacts') return notEligible(event.at, event.result);
  if (event.activityType === 'registerActePayment') return [paymentScheduled(event.at, event.input)];
  if (event.activityType === 'attachApprovedBankDetails')
    return bankDetailsReady(event.at, event.result, state);
  return [];
}

/** The ecological action plan, or the review of last year's, sent by the provider. */
function planStep(at: string, name: string, args: unknown): TimelineEntry[] {
  const input = args as PlanStepInput | undefined;
  if (!input?.actor) return [];
  const actor = actorOf(input.actor);
  return [
    {
      at,
      kind: name === 'submitPlan' ? 'plan_sent' : 'information_provided',
      title:
        name === 'submitPlan'
          ? `Plan d’action écologique envoyé à l’équipe ACTE par ${actor.displayName}`
          : `Point sur le plan d’action de l’année ${input.year} envoyé par ${actor.displayName}`,
      detail: null,
      actor,
      tone: 'info',
    },
  ];
}

function paymentReleased(at: string, input: unknown): TimelineEntry[] {
  const r = input as PaymentReleasedInput | undefined;
  if (!r) return [];
  return [
    {
      at,
      kind: 'payment_released',
      title: `Subside ACTE versé : lot de paiements libéré par ${r.releasedBy.displayName}`,
      detail: `Virement exécuté le ${dayFr(r.executionDate)}`,
      actor: r.releasedBy,
      tone: 'success',
    },
  ];
}

function yearEnded(at: string, acte: ActeInput): TimelineEntry {
  return {
    at,
    kind: 'case_closed',
    title: `Fin de l’année ${acte.year} du dispositif ACTE`,
    detail: null,
    actor: null,
    tone: 'info',
  };
}

function entries(event: DecodedEvent, state: ActeState): TimelineEntry[] {
  switch (event.type) {
    case 'started':
      state.acte = (event.input as ActeInput | undefined) ?? null;
      if (!state.acte) return [];
      state.bankReady = false;
      return [yearOpened(event.at, state.acte)];
    case 'activity':
      return subsidyStep(event, state);
    case 'update':
      return state.acte && (event.name === 'submitPlan' || event.name === 'submitReview')
        ? planStep(event.at, event.name, event.input)
        : [];
    case 'signal':
      return event.name === 'paymentReleased' ? paymentReleased(event.at, event.input) : [];
    case 'continuedAsNew':
      return state.acte ? [yearEnded(event.at, state.acte)] : [];
    default:
      return [];
  }
}

/** Procedure 6's history: the charter, each year's subsidy and plan, until the end. */
export const acteTimeline: ProcedureTimeline<ActeState> = {
  init: () => ({ acte: null, bankReady: false }),
  entries,
  caseRecorded(at, record) {
    if (record.status !== 'closed') return null;
    return {
      at,
      kind: 'case_closed',
      title: 'Dispositif ACTE terminé',
      detail: (record.outcome as { comment?: string | null } | null)?.comment ?? null,
      actor: null,
      tone: 'info',
    };
  },
  completion(kind, outcome) {
    if (kind !== PLAN_TASK_KIND) return undefined;
    const decision = String(outcome.decision ?? '');
    const comment = commentOf(outcome);
    return {
      detail: lines(
        `Décision : ${ACTE_DECISION_LABELS[decision] ?? decision}`,
        comment ? `Commentaire : ${comment}` : null,
      ),
      tone: decision === 'changes_requested' ? 'warning' : 'success',
    };
  },
  providerMessages: true,
};

/** A question to the équipe ACTE: asked, answered. */
export const acteQuestionTimeline: ProcedureTimeline = {
  entries(event) {
    if (event.type !== 'started') return [];
    const q = event.input as ActeQuestionInput | undefined;
    if (!q) return [];
    return [
      {
        at: event.at,
        kind: 'case_opened',
        title: `Question posée à l’équipe ACTE par ${q.askedBy.displayName}`,
        detail: q.question,
        actor: q.askedBy,
        tone: 'info',
      },
    ];
  },
  // Closed: « Dossier clôturé » with the decision's label (« Réponse envoyée »), the default.
  completion(kind, outcome) {
    if (kind !== QUESTION_TASK_KIND) return undefined;
    const comment = commentOf(outcome);
    return {
      detail: lines(comment ? `Réponse : ${comment}` : null),
      tone: String(outcome.decision ?? '') === 'changes_requested' ? 'warning' : 'success',
    };
  },
};
