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
import { z } from './validation';

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
const dateFr = (iso: string) =>
  new Intl.DateTimeFormat('fr-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  }).format(new Date(iso));

export function buildTimeline(events: HistoryEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const scheduled = new Map<string, { type: string; input: unknown }>();
  const taskTitles = new Map<string, string>();
  const escalated = new Set<string>();

  for (const event of events) {
    const at = eventTime(event);
    switch (event.eventType) {
      case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED: {
        const input = decode<CessationRiskInput>(event.workflowExecutionStartedEventAttributes?.input);
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
          entries.push(notificationEntry(at, activity.input as NotificationInput));
        if (activity.type === 'syncTask') {
          const task = activity.input as TaskSnapshot;
          if (task.version === 1) {
            taskTitles.set(task.id, task.title);
            entries.push({
              at,
              kind: 'task_opened',
              title: `Tâche « ${task.title} » créée pour la ${roleLabel(task.candidateRole)}`,
              detail: `À traiter au plus tard le ${dateFr(task.dueAt)}`,
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
          const outcome = args.outcome as unknown as AnalysisOutcome;
          entries.push({
            at,
            kind: 'task_completed',
            title: `Tâche « ${title} » terminée par ${actor.displayName}`,
            detail: [
              `Résultat : ${describeOutcome(outcome)}`,
              outcome.comment ? `Commentaire : ${outcome.comment}` : null,
            ]
              .filter(Boolean)
              .join(' · '),
            actor,
            tone: 'success',
          });
        }
        break;
      }
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

function notificationEntry(at: string, n: NotificationInput): TimelineEntry {
  let title: string;
  if (n.providerId) title = 'Accueillant·e informé·e du résultat';
  else if (n.recipientRole === 'supervisor') title = 'Coordination alertée';
  else title = `Notification envoyée à la ${roleLabel(n.recipientRole ?? '')}`;
  return {
    at,
    kind: 'notification_sent',
    title,
    detail: n.message,
    actor: null,
    tone: n.recipientRole === 'supervisor' ? 'warning' : 'info',
  };
}
