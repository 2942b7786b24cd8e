import { temporal } from '@temporalio/proto';
import { defaultPayloadConverter } from '@temporalio/common';
import type { CaseSnapshot, NotificationInput, TaskSnapshot } from '../activities/read-model';
import { ROLE_LABELS, type Role } from '../common/roles';
import type { ClaimTaskInput, CompleteTaskInput, ReassignTaskInput } from '../workflows/human-tasks';
import { dateFr } from '../common/bilan';
import { DECISION_LABELS, PROCEDURES } from '../common/procedures';
import {
  TIMELINE_KINDS,
  TIMELINE_TONES,
  actorOf,
  closedWithDecision,
  commentOf,
  lines,
  type Completion,
  type DecodedEvent,
  type ProcedureTimeline,
  type TimelineEntry as Entry,
} from '../common/timeline';
import { z } from './define-route';

/**
 * A case's history as a person reads it, built from the workflow's own event history (what
 * happened, when, by whom) — the record Temporal keeps and replays — not from a second log.
 * The events are decoded here; the lines every procedure shares are written here; the rest is
 * each procedure's part (`timeline` in its contract, common/procedures/*.timeline.ts), found by
 * the workflow type of the run.
 */

export const TimelineEntry = z
  .object({
    at: z.string(),
    kind: z.enum(TIMELINE_KINDS),
    title: z.string(),
    detail: z.string().nullable(),
    actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    tone: z.enum(TIMELINE_TONES),
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

const INTERRUPTED = new Set<temporal.api.enums.v1.EventType | null | undefined>([
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT,
  EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
]);

type Scheduled = Map<string, { activityType: string; input: unknown }>;

/** One raw event, decoded; undefined for those no history line reads. */
function decodeEvent(event: HistoryEvent, scheduled: Scheduled): DecodedEvent | undefined {
  const at = eventTime(event);
  switch (event.eventType) {
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED: {
      const attrs = event.workflowExecutionStartedEventAttributes;
      return {
        type: 'started',
        at,
        workflowType: attrs?.workflowType?.name ?? '',
        input: decode(attrs?.input),
      };
    }
    case EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED: {
      const attrs = event.activityTaskScheduledEventAttributes;
      scheduled.set(String(event.eventId), {
        activityType: attrs?.activityType?.name ?? '',
        input: decode(attrs?.input),
      });
      return undefined;
    }
    case EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: {
      const attrs = event.activityTaskCompletedEventAttributes;
      const activity = scheduled.get(String(attrs?.scheduledEventId));
      return activity && { type: 'activity', at, ...activity, result: decode(attrs?.result) };
    }
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED: {
      const request = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input;
      return { type: 'update', at, name: request?.name ?? '', input: decode(request?.args) };
    }
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED: {
      const attrs = event.workflowExecutionSignaledEventAttributes;
      return { type: 'signal', at, name: attrs?.signalName ?? '', input: decode(attrs?.input) };
    }
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
      return { type: 'continuedAsNew', at };
    default:
      return INTERRUPTED.has(event.eventType) ? { type: 'interrupted', at } : undefined;
  }
}

/** A history's events (one run's, or a case's every run in turn), decoded. */
export function decodeHistory(events: HistoryEvent[]): DecodedEvent[] {
  const scheduled: Scheduled = new Map();
  return events.flatMap((event) => decodeEvent(event, scheduled) ?? []);
}

/** Each procedure's part, by the workflow type that runs its cases (rib and photo share one). */
const PARTS = new Map<string, ProcedureTimeline>();
for (const p of PROCEDURES)
  if (p.timeline && !PARTS.has(p.workflowType)) PARTS.set(p.workflowType, p.timeline);

const roleLabel = (role: string) => ROLE_LABELS[role as Role]?.toLowerCase() ?? role;
/** « la cellule de veille », « l’agent conseil », « l’équipe ACTE »… */
const ROLE_WITH_ARTICLE: Record<string, string> = {
  agent_conseil: 'l’agent conseil',
  agent_subsides: 'l’agent subsides',
  referent_accueil: 'l’équipe accueil (référent·e accueil)',
  referent_sante: 'l’équipe santé (référent·e santé)',
  equipe_acte: 'l’équipe ACTE',
  helpdesk: 'l’équipe du helpdesk PRO.ONE',
  support_technique: 'le support technique',
};
const toRole = (role: string) => ROLE_WITH_ARTICLE[role] ?? `la ${roleLabel(role)}`;

export function buildTimeline(events: HistoryEvent[]): TimelineEntry[] {
  const history = new CaseHistory();
  for (const event of decodeHistory(events)) history.read(event);
  return history.entries;
}

const NO_DETAIL: Completion = { detail: null, tone: 'info' };
type TaskUpdate = ClaimTaskInput & Partial<CompleteTaskInput> & Partial<ReassignTaskInput>;

/** The lines of one case's history, as its events are read in order. */
class CaseHistory {
  readonly entries: Entry[] = [];
  private part: ProcedureTimeline | undefined;
  private state: unknown;
  private readonly tasks = new Map<string, { title: string; kind: string }>();
  private readonly escalated = new Set<string>();

  read(event: DecodedEvent) {
    if (event.type === 'started') {
      const part = PARTS.get(event.workflowType);
      if (part !== this.part) [this.part, this.state] = [part, part?.init?.()];
    }
    if (this.part) this.entries.push(...this.part.entries(event, this.state));
    if (event.type === 'activity')
      this.entries.push(...this.activity(event.at, event.activityType, event.input));
    if (event.type === 'update') this.entries.push(...this.taskStep(event.at, event.name, event.input));
    if (event.type === 'interrupted')
      this.entries.push({
        at: event.at,
        kind: 'case_interrupted',
        title: 'Traitement du dossier interrompu',
        detail: 'Le dossier doit être examiné par la coordination.',
        actor: null,
        tone: 'warning',
      });
  }

  private activity(at: string, activityType: string, input: unknown): Entry[] {
    if (activityType === 'notify')
      return [notificationEntry(at, input as NotificationInput, this.part?.providerMessages ?? false)];
    if (activityType === 'syncTask') return this.taskRecorded(at, input as TaskSnapshot);
    if (activityType !== 'syncCase') return [];
    const record = input as CaseSnapshot;
    const entry = this.part?.caseRecorded
      ? this.part.caseRecorded(at, record, this.state)
      : closedCase(at, record);
    return entry ? [entry] : [];
  }

  /** A task opened, cancelled, or late, as the workflow records it. */
  private taskRecorded(at: string, task: TaskSnapshot): Entry[] {
    if (task.version === 1) {
      this.tasks.set(task.id, { title: task.title, kind: task.kind });
      return [
        {
          at,
          kind: 'task_opened',
          title: `Tâche « ${task.title} » créée pour ${toRole(task.candidateRole)}`,
          detail: `À traiter au plus tard le ${dateFr(task.dueAt)}`,
          actor: null,
          tone: 'info',
        },
      ];
    }
    if (task.status === 'cancelled') {
      const reason = (task.outcome as { cancelReason?: string } | null)?.cancelReason;
      return [
        {
          at,
          kind: 'task_cancelled',
          title: `Tâche « ${task.title} » close sans action`,
          detail: reason ? `Motif : ${reason}` : null,
          actor: null,
          tone: 'info',
        },
      ];
    }
    if (!task.escalatedAt || this.escalated.has(task.id)) return [];
    this.escalated.add(task.id);
    return [
      {
        at,
        kind: 'deadline_passed',
        title: `Délai dépassé pour la tâche « ${task.title} »`,
        detail: `La tâche devait être traitée le ${dateFr(task.dueAt)} ; la coordination est alertée.`,
        actor: null,
        tone: 'warning',
      },
    ];
  }

  /** A task claimed, released, reassigned or completed by someone. */
  private taskStep(at: string, name: string, input: unknown): Entry[] {
    const args = input as TaskUpdate | undefined;
    if (!args?.actor) return [];
    const title = this.tasks.get(args.taskId)?.title ?? 'la tâche';
    const actor = actorOf(args.actor);
    const entry = (kind: Entry['kind'], text: string, { detail, tone }: Completion = NO_DETAIL) => [
      { at, kind, title: `Tâche « ${title} » ${text}`, detail, actor, tone },
    ];
    if (name === 'claimTask') return entry('task_claimed', `attribuée à ${actor.displayName}`);
    if (name === 'releaseTask') return entry('task_released', `remise en attente par ${actor.displayName}`);
    if (name === 'reassignTask' && args.assignee)
      return entry('task_reassigned', `réattribuée à ${args.assignee.displayName} par ${actor.displayName}`);
    if (name !== 'completeTask' || !args.outcome) return [];
    const kind = this.tasks.get(args.taskId)?.kind ?? '';
    const completion = this.part?.completion?.(kind, args.outcome) ?? completedWithDecision(args.outcome);
    return entry('task_completed', `terminée par ${actor.displayName}`, completion);
  }
}

const decisionLabel = (decision: string) => DECISION_LABELS[decision] ?? decision;

/** A completed task, for a procedure that says nothing more: its decision and its comment. */
function completedWithDecision(outcome: Record<string, unknown>): Completion {
  const decision = String(outcome.decision ?? '');
  const comment = commentOf(outcome);
  return {
    detail:
      lines(
        decision ? `Décision : ${decisionLabel(decision)}` : null,
        comment ? `Commentaire : ${comment}` : null,
      ) || null,
    tone: 'success',
  };
}

/** A closed case, for a procedure that says nothing more: « Dossier clôturé » and its decision. */
const closedCase = closedWithDecision(DECISION_LABELS);

function notificationEntry(at: string, n: NotificationInput, providerMessages: boolean): Entry {
  if (providerMessages && n.key.includes(':reminder:')) {
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
    title = providerMessages ? 'Message envoyé à l’accueillant·e' : 'Accueillant·e informé·e du résultat';
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
