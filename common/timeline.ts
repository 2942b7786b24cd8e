/**
 * A case's history as a person reads it, and how a procedure writes its part of it. The API
 * decodes the workflow's own event history (api/timeline.ts) into plain events; what every
 * procedure shares (tasks, notices, an interrupted run) it writes itself, and each procedure
 * declares the rest with its contract (`ProcedureContract.timeline`,
 * common/procedures/*.timeline.ts). Pure code: no Temporal, no protobuf, no Node.
 */

export const TIMELINE_KINDS = [
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
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_TONES = ['info', 'warning', 'success'] as const;
export type TimelineTone = (typeof TIMELINE_TONES)[number];

export interface TimelineActor {
  id: string;
  displayName: string;
}

/** One line of a case's history: what happened, when, by whom. */
export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  actor: TimelineActor | null;
  tone: TimelineTone;
}

/**
 * One event of a workflow's history, decoded: its time (ISO) and its payload as the workflow
 * sent or received it. A case that continues as new brings the events of each of its runs.
 */
export type DecodedEvent =
  /** A run starts, with its input. */
  | { type: 'started'; at: string; workflowType: string; input: unknown }
  /** An activity completed: what it was given and what it returned. */
  | { type: 'activity'; at: string; activityType: string; input: unknown; result: unknown }
  /** An update the workflow accepted, with its argument. */
  | { type: 'update'; at: string; name: string; input: unknown }
  /** A signal the workflow received, with its argument. */
  | { type: 'signal'; at: string; name: string; input: unknown }
  /** The run continues as a new one. */
  | { type: 'continuedAsNew'; at: string }
  /** The run failed, was terminated, timed out or was cancelled. */
  | { type: 'interrupted'; at: string };

/** A case's record as the workflow wrote it to the read model (`syncCase`). */
export interface CaseRecord {
  status: 'open' | 'closed';
  details: Record<string, unknown>;
  outcome: Record<string, unknown> | null;
}

/** What a completed task decided, in a line, and how the history shows it. */
export type Completion = Pick<TimelineEntry, 'detail' | 'tone'>;

/**
 * A procedure's part of its cases' history. The shared code writes the lines every procedure
 * has: a task opened, claimed, released, reassigned, completed, cancelled or late, a notice
 * sent, a run interrupted. `S` is what the part remembers along one case (the year of an ACTE
 * case, whether its bank details were ready…).
 */
export interface ProcedureTimeline<S = unknown> {
  /** What the part remembers, empty, when a case's history begins; without it, nothing. */
  init?(): S;
  /**
   * The lines of the procedure's own events: its runs starting (the case opened, a new year),
   * its activities, updates and signals. Called for every event of the case, before the shared
   * lines of the same event.
   */
  entries(event: DecodedEvent, state: S): TimelineEntry[];
  /**
   * What a change of the case's record says, if anything. Without it: « Dossier clôturé » with
   * the label of the decision, once the case is closed with one.
   */
  caseRecorded?(at: string, record: CaseRecord, state: S): TimelineEntry | null;
  /**
   * How a completed task of the procedure reads; undefined: the label of the decision and the
   * comment.
   */
  completion?(kind: string, outcome: Record<string, unknown>): Completion | undefined;
  /**
   * Notices to the childminder are messages of a running exchange (reminders among them), not
   * the announcement of the result.
   */
  providerMessages?: boolean;
}

/** An actor as the history shows it, from a person in a workflow's input. */
export const actorOf = (a: TimelineActor): TimelineActor => ({ id: a.id, displayName: a.displayName });

/** Parts of a detail line, the empty ones left out. */
export const lines = (...parts: Array<string | null>) => parts.filter(Boolean).join(' · ');

/** The comment of a task's outcome; an empty one is none. */
export const commentOf = (outcome: Record<string, unknown>): string | null =>
  typeof outcome.comment === 'string' && outcome.comment ? outcome.comment : null;

/**
 * « Dossier clôturé » with its decision, as its procedure's labels name it: the close of a case
 * whose procedure says nothing more. `successes` are the decisions told in the success tone.
 */
export function closedWithDecision(
  labels: Readonly<Record<string, string>>,
  successes: readonly string[] = [],
): (at: string, record: CaseRecord) => TimelineEntry | null {
  return (at, record) => {
    if (record.status !== 'closed' || !record.outcome) return null;
    const decision = String(record.outcome.decision);
    return {
      at,
      kind: 'case_closed',
      title: 'Dossier clôturé',
      detail: `Décision : ${labels[decision] ?? decision}`,
      actor: null,
      tone: successes.includes(decision) ? 'success' : 'info',
    };
  };
}
