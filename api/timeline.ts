import { temporal } from '@temporalio/proto';
import { defaultPayloadConverter } from '@temporalio/common';
import type { CaseSnapshot, NotificationInput, TaskSnapshot } from '../activities/read-model';
import {
  PERIOD_LABELS,
  REASON_LABELS,
  describeOutcome,
  type AnalysisOutcome,
} from '../common/cessation-risk';
import { ROLE_LABELS, type Role } from '../common/roles';
import type { CessationRiskInput } from '../workflows/cessation-risk';
import type { ClaimTaskInput, CompleteTaskInput, ReassignTaskInput } from '../workflows/human-tasks';
import type { BilanInput, ExtendDeadlineInput, SendPlanInput, ShareInput } from '../workflows/bilan';
import type { ValidationInput } from '../workflows/validation';
import type { AdaptationInput, AnswerInput, CutShortInput } from '../workflows/adaptation';
import type { DecisionDocumentInput } from '../activities/authorisation';
import {
  ADAPTATION_TASK_KIND,
  ADAPTATION_TYPE_LABELS,
  AUTHORISATION_STATUS_LABELS,
  DOCUMENT_KIND_LABELS,
  REVIEW_DECISION_LABELS,
  dayFr,
  describeRequest,
  type AuthorisationStatus,
  type ReviewOutcome as AdaptationOutcome,
} from '../common/adaptation';
import { VALIDATION_DECISION_LABELS, type ValidationOutcome } from '../common/validation';
import { BILAN_TASK_KINDS, TASK_KINDS, dateFr, type BilanDetails } from '../common/bilan';

const VOLET_SHORT = {
  volet1: 'volet 1 (conditions d’autorisation)',
  volet2: 'volet 2 (mise en œuvre du projet d’accueil)',
} as const;
import {
  ACTE_DECISION_LABELS,
  PLAN_TASK_KIND,
  QUESTION_TASK_KIND,
  acteAmountCents,
  euros,
} from '../common/acte';
import type { ActeInput, ActeQuestionInput, PaymentReleasedInput, PlanStepInput } from '../workflows/acte';
import { z } from './define-route';

/**
 * A case's history as a person reads it, built from the workflow's own event history (what
 * happened, when, by whom) — the record Temporal keeps and replays — not from a second log.
 */

export const TimelineEntry = z
  .object({
    at: z.string(),
    kind: z.enum([
      'case_opened',
      'notification_sent',
      'task_opened',
      'task_claimed',
      'task_released',
      'task_reassigned',
      'task_completed',
      'deadline_passed',
      'case_closed',
      'case_interrupted',
      'bilan_started',
      'volet_shared',
      'plan_sent',
      'deadline_extended',
      'reminder_sent',
      'task_cancelled',
      'information_provided',
      'document_issued',
      'authorisation_changed',
      'payment_scheduled',
      'payment_released',
      'year_started',
    ]),
    title: z.string(),
    detail: z.string().nullable(),
    actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    tone: z.enum(['info', 'warning', 'success']),
  })
  .openapi('TimelineEntry');
export type TimelineEntry = z.infer<typeof TimelineEntry>;

const EventType = temporal.api.enums.v1.EventType;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

function decode<T>(payloads: temporal.api.common.v1.IPayloads | null | undefined, index = 0): T | undefined {
  const payload = payloads?.payloads?.[index];
  return payload ? defaultPayloadConverter.fromPayload<T>(payload) : undefined;
}

function eventTime(event: HistoryEvent): string {
  const t = event.eventTime;
  const ms = Number(t?.seconds ?? 0) * 1000 + Math.floor((t?.nanos ?? 0) / 1e6);
  return new Date(ms).toISOString();
}

const roleLabel = (role: string) => ROLE_LABELS[role as Role]?.toLowerCase() ?? role;
/** « la cellule de veille », « l’agent conseil », « l’équipe ACTE »… */
const ROLE_WITH_ARTICLE: Record<string, string> = {
  agent_conseil: 'l’agent conseil',
  agent_subsides: 'l’agent subsides',
  referent_accueil: 'l’équipe accueil (référent·e accueil)',
  referent_sante: 'l’équipe santé (référent·e santé)',
  equipe_acte: 'l’équipe ACTE',
  helpdesk: 'l’équipe du helpdesk PRO.ONE',
};
const toRole = (role: string) => ROLE_WITH_ARTICLE[role] ?? `la ${roleLabel(role)}`;

export function buildTimeline(events: HistoryEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const scheduled = new Map<string, { type: string; input: unknown }>();
  const taskTitles = new Map<string, string>();
  const taskKinds = new Map<string, string>();
  const escalated = new Set<string>();
  let bilan = false;
  let validation: ValidationInput | null = null;
  let adaptation: AdaptationInput | null = null;
  let acte: ActeInput | null = null;
  let stage: string | null = null;
  let bankReady = false;

  for (const event of events) {
    const at = eventTime(event);
    switch (event.eventType) {
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED: {
        const attrs = event.workflowExecutionStartedEventAttributes;
        if (attrs?.workflowType?.name === 'validationWorkflow') {
          validation = decode<ValidationInput>(attrs.input) ?? null;
          if (!validation) break;
          entries.push({
            at,
            kind: 'case_opened',
            title:
              validation.kind === 'rib'
                ? `Nouvelles coordonnées bancaires envoyées par ${validation.submittedBy.displayName}`
                : `Photo du lieu d’accueil envoyée par ${validation.submittedBy.displayName}`,
            detail:
              validation.kind === 'rib'
                ? 'À valider avant d’être utilisées pour les paiements.'
                : 'Visible sur MY.ONE seulement après validation.',
            actor: validation.submittedBy,
            tone: 'info',
          });
          break;
        }
        if (attrs?.workflowType?.name === 'adaptationWorkflow') {
          adaptation = decode<AdaptationInput>(attrs.input) ?? null;
          if (!adaptation) break;
          entries.push({
            at,
            kind: 'case_opened',
            title: `Demande d’adaptation de l’autorisation (${ADAPTATION_TYPE_LABELS[adaptation.request.type].toLowerCase()}) envoyée par ${adaptation.requestedBy.displayName}`,
            detail: describeRequest(adaptation.request, dayFr),
            actor: adaptation.requestedBy,
            tone: 'info',
          });
          break;
        }
        if (attrs?.workflowType?.name === 'acteWorkflow') {
          acte = decode<ActeInput>(attrs.input) ?? null;
          if (!acte) break;
          bankReady = false;
          entries.push(
            acte.year === 1
              ? {
                  at,
                  kind: 'case_opened',
                  title: `Charte ACTE signée par ${acte.signedBy.displayName}`,
                  detail:
                    'Subside de 125 € par place autorisée, à verser dans les trois mois de la signature, puis chaque année.',
                  actor: acte.signedBy,
                  tone: 'success',
                }
              : {
                  at,
                  kind: 'year_started',
                  title: `Année ${acte.year} du dispositif ACTE`,
                  detail: `Depuis le ${dateFr(acte.yearStart)} : nouvelle vérification des conditions, subside de l’année, nouveau plan d’action et point sur celui de l’an dernier.`,
                  actor: null,
                  tone: 'info',
                },
          );
          break;
        }
        if (attrs?.workflowType?.name === 'acteQuestionWorkflow') {
          const q = decode<ActeQuestionInput>(attrs.input);
          if (!q) break;
          acte = null;
          entries.push({
            at,
            kind: 'case_opened',
            title: `Question posée à l’équipe ACTE par ${q.askedBy.displayName}`,
            detail: q.question,
            actor: q.askedBy,
            tone: 'info',
          });
          break;
        }
        if (attrs?.workflowType?.name === 'bilanWorkflow') {
          bilan = true;
          const input = decode<BilanInput>(attrs.input);
          if (!input) break;
          entries.push({
            at,
            kind: 'case_opened',
            title: `Bilan « ${input.campaign.title} » ouvert pour ${input.provider.displayName}`,
            detail: `Début de l’auto-évaluation le ${dateFr(input.startsAt)} · plan d’action attendu au plus tard le ${dateFr(input.deadline)} · campagne ouverte par ${input.openedBy.displayName}`,
            actor: input.openedBy,
            tone: 'info',
          });
          break;
        }
        const input = decode<CessationRiskInput>(attrs?.input);
        if (!input) break;
        const detailParts = [
          `Période : ${PERIOD_LABELS[input.report.period]}`,
          `Motif : ${REASON_LABELS[input.report.reason]}`,
        ];
        if (input.report.reasonOther) detailParts.push(`Précision : ${input.report.reasonOther}`);
        entries.push({
          at,
          kind: 'case_opened',
          title: `Signalement enregistré par ${input.reportedBy.displayName}`,
          detail: detailParts.join(' · '),
          actor: input.reportedBy,
          tone: 'info',
        });
        break;
      }
      case EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED: {
        const attrs = event.activityTaskScheduledEventAttributes;
        scheduled.set(String(event.eventId), {
          type: attrs?.activityType?.name ?? '',
          input: decode(attrs?.input),
        });
        break;
      }
      case EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: {
        const activity = scheduled.get(String(event.activityTaskCompletedEventAttributes?.scheduledEventId));
        if (!activity) break;
        if (activity.type === 'notify')
          entries.push(
            notificationEntry(
              at,
              activity.input as NotificationInput,
              bilan || adaptation !== null || acte !== null,
            ),
          );
        if (activity.type === 'acteYearFacts') {
          const facts = decode<{ eligible: boolean; reason: string | null }>(
            event.activityTaskCompletedEventAttributes?.result,
          );
          if (facts && !facts.eligible)
            entries.push({
              at,
              kind: 'deadline_passed',
              title: 'Conditions du subside ACTE non remplies cette année',
              detail: facts.reason,
              actor: null,
              tone: 'warning',
            });
        }
        if (activity.type === 'registerActePayment') {
          const p = activity.input as { places: number; dueAt: string; year: number };
          entries.push({
            at,
            kind: 'payment_scheduled',
            title: `Subside ACTE de ${euros(acteAmountCents(p.places))} (${p.places} place${p.places > 1 ? 's' : ''}) à verser au plus tard le ${dateFr(p.dueAt)}`,
            detail: 'Il sera versé sur les coordonnées bancaires validées par l’ONE.',
            actor: null,
            tone: 'info',
          });
        }
        if (activity.type === 'attachApprovedBankDetails' && !bankReady) {
          const r = decode<{ status: string }>(event.activityTaskCompletedEventAttributes?.result);
          if (r?.status === 'ready') {
            bankReady = true;
            entries.push({
              at,
              kind: 'information_provided',
              title: 'Coordonnées bancaires validées : le subside est prêt à être versé',
              detail: 'Il partira avec le prochain lot de paiements.',
              actor: null,
              tone: 'success',
            });
          }
        }
        if (activity.type === 'generateDecisionDocument') {
          const doc = activity.input as DecisionDocumentInput;
          entries.push({
            at,
            kind: 'document_issued',
            title: `Lettre de décision produite : ${DOCUMENT_KIND_LABELS[doc.kind]}`,
            detail: 'Téléchargeable dans « Mon autorisation ».',
            actor: null,
            tone: 'info',
          });
        }
        if (activity.type === 'setAuthorisationStatus') {
          const change = activity.input as { status: AuthorisationStatus; effectiveOn: string; note: string };
          entries.push({
            at,
            kind: 'authorisation_changed',
            title: `${AUTHORISATION_STATUS_LABELS[change.status]} à partir du ${dayFr(change.effectiveOn)}`,
            detail: change.note,
            actor: null,
            tone: change.status === 'granted' ? 'success' : 'warning',
          });
        }
        if (activity.type === 'syncTask') {
          const task = activity.input as TaskSnapshot;
          if (task.version === 1) {
            taskTitles.set(task.id, task.title);
            taskKinds.set(task.id, task.kind);
            if (task.kind === TASK_KINDS.planOverdue) {
              entries.push({
                at,
                kind: 'deadline_passed',
                title: 'Délai d’envoi du plan d’action dépassé',
                detail:
                  'Le plan d’action n’a pas été reçu à temps ; l’agent conseil est chargé de contacter l’accueillant·e.',
                actor: null,
                tone: 'warning',
              });
            }
            entries.push({
              at,
              kind: 'task_opened',
              title: `Tâche « ${task.title} » créée pour ${toRole(task.candidateRole)}`,
              detail: `À traiter au plus tard le ${dateFr(task.dueAt)}`,
              actor: null,
              tone: 'info',
            });
          } else if (task.status === 'cancelled') {
            const reason = (task.outcome as { cancelReason?: string } | null)?.cancelReason;
            entries.push({
              at,
              kind: 'task_cancelled',
              title: `Tâche « ${task.title} » close sans action`,
              detail: reason ? `Motif : ${reason}` : null,
              actor: null,
              tone: 'info',
            });
          } else if (task.escalatedAt && !escalated.has(task.id)) {
            escalated.add(task.id);
            entries.push({
              at,
              kind: 'deadline_passed',
              title: `Délai dépassé pour la tâche « ${task.title} »`,
              detail: `La tâche devait être traitée le ${dateFr(task.dueAt)} ; la coordination est alertée.`,
              actor: null,
              tone: 'warning',
            });
          }
        }
        if (activity.type === 'syncCase' && bilan) {
          const snapshot = activity.input as CaseSnapshot;
          const details = snapshot.details as unknown as BilanDetails;
          if (details.stage === stage) break;
          if (details.stage === 'in_progress') {
            entries.push({
              at,
              kind: 'bilan_started',
              title: 'Outils du bilan ouverts : l’auto-évaluation commence',
              detail: `Plan d’action attendu au plus tard le ${dateFr(details.deadline)}`,
              actor: null,
              tone: 'info',
            });
          } else if (details.stage === 'closed') {
            const comment = (snapshot.outcome as { comment?: string | null } | null)?.comment;
            entries.push({
              at,
              kind: 'case_closed',
              title: 'Bilan clôturé',
              detail: comment ? `Commentaire de l’agent conseil : ${comment}` : null,
              actor: null,
              tone: 'success',
            });
          }
          stage = details.stage;
          break;
        }
        if (activity.type === 'syncCase' && acte) {
          const snapshot = activity.input as CaseSnapshot;
          if (snapshot.status === 'closed')
            entries.push({
              at,
              kind: 'case_closed',
              title: 'Dispositif ACTE terminé',
              detail: (snapshot.outcome as { comment?: string | null } | null)?.comment ?? null,
              actor: null,
              tone: 'info',
            });
          break;
        }
        if (activity.type === 'syncCase' && adaptation) {
          const snapshot = activity.input as CaseSnapshot;
          if (snapshot.status === 'closed' && snapshot.outcome) {
            const decision = String(snapshot.outcome.decision) as keyof typeof REVIEW_DECISION_LABELS;
            entries.push({
              at,
              kind: 'case_closed',
              title: 'Dossier clôturé',
              detail: `Décision : ${REVIEW_DECISION_LABELS[decision] ?? decision}`,
              actor: null,
              tone: decision === 'accepted' ? 'success' : 'info',
            });
          }
          break;
        }
        if (activity.type === 'syncCase' && validation) {
          const snapshot = activity.input as CaseSnapshot;
          if (snapshot.status === 'closed' && snapshot.outcome) {
            const decision = String(snapshot.outcome.decision) as keyof typeof VALIDATION_DECISION_LABELS;
            entries.push({
              at,
              kind: 'case_closed',
              title: 'Dossier clôturé',
              detail: `Décision : ${VALIDATION_DECISION_LABELS[decision] ?? decision}`,
              actor: null,
              tone: decision === 'approved' ? 'success' : 'info',
            });
          }
          break;
        }
        if (activity.type === 'syncCase') {
          const snapshot = activity.input as CaseSnapshot;
          if (snapshot.status === 'closed' && snapshot.outcome) {
            entries.push({
              at,
              kind: 'case_closed',
              title: 'Dossier clôturé',
              detail: `Résultat : ${describeOutcome(snapshot.outcome as unknown as AnalysisOutcome)}`,
              actor: null,
              tone: 'success',
            });
          }
        }
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED: {
        const request = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input;
        const name = request?.name;
        if (validation && (name === 'submit' || name === 'withdraw')) {
          const args = decode<{ subjectId?: string; actor: { id: string; displayName: string } }>(
            request?.args,
          );
          if (!args?.actor) break;
          const actor = { id: args.actor.id, displayName: args.actor.displayName };
          if (name === 'withdraw')
            entries.push({
              at,
              kind: 'task_cancelled',
              title: `Photo retirée par ${actor.displayName}`,
              detail: 'Il n’y a plus rien à valider.',
              actor,
              tone: 'info',
            });
          else if (args.subjectId && args.subjectId !== validation.subjectId)
            entries.push({
              at,
              kind: 'case_opened',
              title: `Nouvelles coordonnées bancaires envoyées par ${actor.displayName}`,
              detail: 'Elles remplacent celles qui attendaient leur validation.',
              actor,
              tone: 'info',
            });
          break;
        }
        if (acte && (name === 'submitPlan' || name === 'submitReview')) {
          const args = decode<PlanStepInput>(request?.args);
          if (!args?.actor) break;
          const actor = { id: args.actor.id, displayName: args.actor.displayName };
          entries.push({
            at,
            kind: name === 'submitPlan' ? 'plan_sent' : 'information_provided',
            title:
              name === 'submitPlan'
                ? `Plan d’action écologique envoyé à l’équipe ACTE par ${actor.displayName}`
                : `Point sur le plan d’action de l’année ${args.year} envoyé par ${actor.displayName}`,
            detail: null,
            actor,
            tone: 'info',
          });
          break;
        }
        if (name === 'confirmCharter') break;
        if (adaptation && (name === 'answer' || name === 'cutShort')) {
          const args = decode<AnswerInput & CutShortInput>(request?.args);
          if (!args?.actor) break;
          const actor = { id: args.actor.id, displayName: args.actor.displayName };
          entries.push(
            name === 'answer'
              ? {
                  at,
                  kind: 'information_provided',
                  title: `Informations complémentaires envoyées par ${actor.displayName}`,
                  detail: args.text,
                  actor,
                  tone: 'info',
                }
              : {
                  at,
                  kind: 'information_provided',
                  title: `Reprise anticipée de l’accueil demandée par ${actor.displayName}`,
                  detail: `Reprise le ${dayFr(args.resumeOn)}`,
                  actor,
                  tone: 'info',
                },
          );
          break;
        }
        if (name === 'shareVolet' || name === 'sendPlan' || name === 'extendDeadline') {
          const entry = bilanStep(at, name, decode(request?.args));
          if (entry) entries.push(entry);
          break;
        }
        const args = decode<ClaimTaskInput & Partial<CompleteTaskInput> & Partial<ReassignTaskInput>>(
          request?.args,
        );
        if (!args?.actor) break;
        const title = taskTitles.get(args.taskId) ?? 'la tâche';
        const actor = { id: args.actor.id, displayName: args.actor.displayName };
        if (name === 'claimTask') {
          entries.push({
            at,
            kind: 'task_claimed',
            title: `Tâche « ${title} » attribuée à ${actor.displayName}`,
            detail: null,
            actor,
            tone: 'info',
          });
        } else if (name === 'releaseTask') {
          entries.push({
            at,
            kind: 'task_released',
            title: `Tâche « ${title} » remise en attente par ${actor.displayName}`,
            detail: null,
            actor,
            tone: 'info',
          });
        } else if (name === 'reassignTask' && args.assignee) {
          entries.push({
            at,
            kind: 'task_reassigned',
            title: `Tâche « ${title} » réattribuée à ${args.assignee.displayName} par ${actor.displayName}`,
            detail: null,
            actor,
            tone: 'info',
          });
        } else if (name === 'completeTask' && args.outcome) {
          const { detail, tone } = completion(
            taskKinds.get(args.taskId) ?? '',
            args.outcome,
            validation !== null,
          );
          entries.push({
            at,
            kind: 'task_completed',
            title: `Tâche « ${title} » terminée par ${actor.displayName}`,
            detail,
            actor,
            tone,
          });
        }
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED: {
        const attrs = event.workflowExecutionSignaledEventAttributes;
        if (attrs?.signalName !== 'paymentReleased') break;
        const r = decode<PaymentReleasedInput>(attrs.input);
        if (!r) break;
        entries.push({
          at,
          kind: 'payment_released',
          title: `Subside ACTE versé : lot de paiements libéré par ${r.releasedBy.displayName}`,
          detail: `Virement exécuté le ${dayFr(r.executionDate)}`,
          actor: r.releasedBy,
          tone: 'success',
        });
        break;
      }
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
        if (acte)
          entries.push({
            at,
            kind: 'case_closed',
            title: `Fin de l’année ${acte.year} du dispositif ACTE`,
            detail: null,
            actor: null,
            tone: 'info',
          });
        break;
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED:
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED:
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT:
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED:
        entries.push({
          at,
          kind: 'case_interrupted',
          title: 'Traitement du dossier interrompu',
          detail: 'Le dossier doit être examiné par la coordination.',
          actor: null,
          tone: 'warning',
        });
        break;
      default:
        break;
    }
  }
  return entries;
}

/** A provider's hand-over, the plan sent, an extension: who did it, and what. */
function bilanStep(at: string, name: string, args: unknown): TimelineEntry | undefined {
  const input = args as (ShareInput | SendPlanInput | ExtendDeadlineInput) | undefined;
  if (!input?.actor) return undefined;
  const actor = { id: input.actor.id, displayName: input.actor.displayName };
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

const lines = (...parts: Array<string | null>) => parts.filter(Boolean).join(' · ');

/** What a completed task decided, in a line, and how the timeline shows it, by the task's kind. */
function completion(
  kind: string,
  outcome: Record<string, unknown>,
  isValidation: boolean,
): Pick<TimelineEntry, 'detail' | 'tone'> {
  const comment = typeof outcome.comment === 'string' && outcome.comment ? outcome.comment : null;
  const decision = String(outcome.decision ?? '');
  if (BILAN_TASK_KINDS.includes(kind))
    return { detail: comment ? `Commentaire : ${comment}` : 'Sans commentaire', tone: 'success' };
  if (kind === ADAPTATION_TASK_KIND) {
    const label = REVIEW_DECISION_LABELS[decision as AdaptationOutcome['decision']] ?? decision;
    const said = decision === 'more_info' ? 'Question' : decision === 'refused' ? 'Motif' : 'Commentaire';
    return {
      detail: lines(`Décision : ${label}`, comment ? `${said} : ${comment}` : null),
      tone: decision === 'refused' ? 'warning' : decision === 'accepted' ? 'success' : 'info',
    };
  }
  if (kind === PLAN_TASK_KIND || kind === QUESTION_TASK_KIND) {
    const question = kind === QUESTION_TASK_KIND;
    return {
      detail: lines(
        question ? null : `Décision : ${ACTE_DECISION_LABELS[decision] ?? decision}`,
        comment ? `${question ? 'Réponse' : 'Commentaire'} : ${comment}` : null,
      ),
      tone: decision === 'changes_requested' ? 'warning' : 'success',
    };
  }
  if (isValidation) {
    const label = VALIDATION_DECISION_LABELS[decision as ValidationOutcome['decision']] ?? decision;
    return {
      detail: lines(`Décision : ${label}`, comment ? `Motif : ${comment}` : null),
      tone: decision === 'approved' ? 'success' : 'warning',
    };
  }
  return {
    detail: lines(
      `Résultat : ${describeOutcome(outcome as unknown as AnalysisOutcome)}`,
      comment ? `Commentaire : ${comment}` : null,
    ),
    tone: 'success',
  };
}

function notificationEntry(at: string, n: NotificationInput, bilan: boolean): TimelineEntry {
  if (bilan && n.key.includes(':reminder:')) {
    return {
      at,
      kind: 'reminder_sent',
      title: 'Rappel envoyé à l’accueillant·e',
      detail: n.message,
      actor: null,
      tone: 'info',
    };
  }
  let title: string;
  if (n.providerId)
    title = bilan ? 'Message envoyé à l’accueillant·e' : 'Accueillant·e informé·e du résultat';
  else if (n.recipientRole === 'supervisor') title = 'Coordination alertée';
  else if (n.recipientUserId) title = 'Personne chargée de la tâche prévenue';
  else title = `Notification envoyée à ${toRole(n.recipientRole ?? '')}`;
  return {
    at,
    kind: 'notification_sent',
    title,
    detail: n.message,
    actor: null,
    tone: n.recipientRole === 'supervisor' ? 'warning' : 'info',
  };
}
