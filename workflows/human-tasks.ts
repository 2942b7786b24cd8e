import { ApplicationFailure, condition, defineUpdate, patched, setHandler } from '@temporalio/workflow';
import { msToNumber } from '@temporalio/common/lib/time';
import type { Duration, UpdateDefinition } from '@temporalio/common';
import type { TaskSnapshot } from '../activities/read-model';
import { parseOutcome, type FieldProblem } from '../common/procedure';
import { taskKindOf } from '../common/procedures';
import { readModel } from './activity-presets';

/**
 * Human tasks, the same for every procedure. The workflow owns each task's state; the `tasks`
 * table is its projection. Agents act through updates whose validators refuse a wrong or late
 * action with a stable reason before anything is written to the history.
 */

/** Who acts, as the API authenticated them. Names only: never personal data. */
export interface Actor {
  id: string;
  displayName: string;
  roles: string[];
}

export interface ClaimTaskInput {
  taskId: string;
  actor: Actor;
}
export type ReleaseTaskInput = ClaimTaskInput;
export interface CompleteTaskInput {
  taskId: string;
  actor: Actor;
  outcome: Record<string, unknown>;
}

export interface ReassignTaskInput {
  taskId: string;
  /** The supervisor who reassigns. */
  actor: Actor;
  /** The person who will hold the task from now on. */
  assignee: Actor;
}

export const claimTask: UpdateDefinition<TaskSnapshot, [ClaimTaskInput]> = defineUpdate('claimTask');
export const releaseTask: UpdateDefinition<TaskSnapshot, [ReleaseTaskInput]> = defineUpdate('releaseTask');
export const completeTask: UpdateDefinition<TaskSnapshot, [CompleteTaskInput]> = defineUpdate('completeTask');
export const reassignTask: UpdateDefinition<TaskSnapshot, [ReassignTaskInput]> = defineUpdate('reassignTask');

/** Stable refusal codes, shared with the API. */
export const TaskRefusal = {
  notFound: 'TASK_NOT_FOUND',
  closed: 'TASK_CLOSED',
  alreadyAssigned: 'TASK_ALREADY_ASSIGNED',
  notAssignedToYou: 'TASK_NOT_ASSIGNED_TO_YOU',
  wrongRole: 'TASK_WRONG_ROLE',
  invalidOutcome: 'INVALID_OUTCOME',
  notSupervisor: 'TASK_REASSIGN_NOT_ALLOWED',
  assigneeNotEligible: 'TASK_ASSIGNEE_NOT_ELIGIBLE',
} as const;

function refuse(type: string, message: string, details: unknown[] = []): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true, details });
}

export interface OpenTaskSpec {
  /** Unique within the case; with the case id it makes the task id (a business key). */
  key: string;
  kind: string;
  title: string;
  candidateRole: string;
  dueIn: Duration;
  /**
   * A hand-off that returns: the task goes straight back to whoever closed `task` (the agent who
   * asked the childminder something, or handed the case to a second line), who is told why. Every
   * procedure that asks and waits uses this, so an answer never lands in a team's pile.
   */
  backTo?: { task: TaskSnapshot; reason: string };
}

export class HumanTasks {
  private readonly tasks = new Map<string, TaskSnapshot>();

  constructor(
    private readonly caseId: string,
    /**
     * Checks that need the workflow's state (the submission an agent looked at is still the one
     * on file); the outcome's shape and rules are its task kind's schema, checked before.
     */
    private readonly checkAgainstState: (
      kind: string,
      outcome: Record<string, unknown>,
    ) => FieldProblem[] = () => [],
  ) {
    setHandler(claimTask, (input) => this.claim(input), { validator: (input) => this.validateClaim(input) });
    setHandler(releaseTask, (input) => this.release(input), {
      validator: (input) => this.validateRelease(input),
    });
    setHandler(completeTask, (input) => this.complete(input), {
      validator: (input) => this.validateComplete(input),
    });
    setHandler(reassignTask, (input) => this.reassign(input), {
      validator: (input) => this.validateReassign(input),
    });
  }

  all(): TaskSnapshot[] {
    return [...this.tasks.values()];
  }

  async open(spec: OpenTaskSpec): Promise<TaskSnapshot> {
    const createdAt = new Date();
    const holder = spec.backTo?.task.completedBy ?? null;
    // Added after histories were recorded: older cases open the task for the team, as they did.
    const returns = holder !== null && patched('hand-offs-return');
    const task: TaskSnapshot = {
      id: `${this.caseId}:${spec.key}`,
      caseId: this.caseId,
      kind: spec.kind,
      title: spec.title,
      candidateRole: spec.candidateRole,
      assigneeId: returns ? holder : null,
      status: 'open',
      dueAt: new Date(createdAt.getTime() + msToNumber(spec.dueIn)).toISOString(),
      createdAt: createdAt.toISOString(),
      completedAt: null,
      completedBy: null,
      outcome: null,
      escalatedAt: null,
      version: 1,
    };
    this.tasks.set(task.id, task);
    await readModel.syncTask({ ...task });
    if (returns && holder)
      await readModel.notify({
        key: `${task.id}:returned`,
        recipientUserId: holder,
        taskId: task.id,
        caseId: this.caseId,
        message: `${spec.backTo!.reason} La tâche « ${task.title} » vous revient.`,
      });
    return task;
  }

  /**
   * Waits for the task to close. If its due date passes first, the task is marked escalated
   * (visible as overdue, with an event in the case's history) and `onOverdue` runs once; the
   * task stays open: a late answer is still an answer.
   */
  async closed(taskId: string, onOverdue: (task: TaskSnapshot) => Promise<void>): Promise<TaskSnapshot> {
    const task = this.get(taskId);
    const remaining = Math.max(0, Date.parse(task.dueAt) - Date.now());
    const closedInTime = await condition(() => task.status !== 'open', remaining);
    if (!closedInTime) {
      await this.escalate(taskId);
      await onOverdue(task);
      await condition(() => task.status !== 'open');
    }
    return task;
  }

  /** Marks the task escalated: visible as overdue, with an event in the case's history. */
  async escalate(taskId: string): Promise<void> {
    const task = this.get(taskId);
    if (task.escalatedAt) return;
    this.change(task, { escalatedAt: new Date().toISOString() });
    await readModel.syncTask({ ...task });
  }

  /**
   * Closes a task the workflow no longer needs (its object is gone: the awaited document
   * arrived, the case closed). Nobody completed it; the reason shows in its outcome.
   */
  async cancel(taskId: string, reason: string): Promise<TaskSnapshot> {
    const task = this.get(taskId);
    if (task.status !== 'open') return { ...task };
    this.change(task, {
      status: 'cancelled',
      outcome: { cancelReason: reason },
      completedAt: new Date().toISOString(),
    });
    const snapshot = { ...task };
    await readModel.syncTask(snapshot);
    return snapshot;
  }

  /**
   * Closes a task whose work was done elsewhere (a subsidy paid by a batch of transfers): done by
   * the person who did that work, with what they did as its outcome.
   */
  async settle(taskId: string, by: { id: string }, outcome: Record<string, unknown>): Promise<TaskSnapshot> {
    const task = this.get(taskId);
    if (task.status !== 'open') return { ...task };
    this.change(task, {
      status: 'completed',
      outcome,
      completedAt: new Date().toISOString(),
      completedBy: by.id,
    });
    const snapshot = { ...task };
    await readModel.syncTask(snapshot);
    return snapshot;
  }

  private get(taskId: string): TaskSnapshot {
    const task = this.tasks.get(taskId);
    if (!task) refuse(TaskRefusal.notFound, 'Cette tâche n’existe pas dans ce dossier.');
    return task;
  }

  private change(task: TaskSnapshot, patch: Partial<TaskSnapshot>): void {
    Object.assign(task, patch, { version: task.version + 1 });
  }

  private checkOpenAndRole(input: ClaimTaskInput): TaskSnapshot {
    const task = this.get(input.taskId);
    if (task.status !== 'open') refuse(TaskRefusal.closed, 'Cette tâche est déjà terminée.');
    if (!input.actor.roles.includes(task.candidateRole)) {
      refuse(TaskRefusal.wrongRole, 'Cette tâche est réservée à une autre équipe.');
    }
    return task;
  }

  private validateClaim(input: ClaimTaskInput): void {
    const task = this.checkOpenAndRole(input);
    if (task.assigneeId !== null && task.assigneeId !== input.actor.id) {
      refuse(TaskRefusal.alreadyAssigned, 'Cette tâche est déjà prise en charge par une autre personne.');
    }
  }

  private async claim(input: ClaimTaskInput): Promise<TaskSnapshot> {
    const task = this.get(input.taskId);
    if (task.assigneeId === input.actor.id) return { ...task }; // already theirs: nothing changes
    this.change(task, { assigneeId: input.actor.id });
    const snapshot = { ...task };
    await readModel.syncTask(snapshot);
    return snapshot;
  }

  private validateRelease(input: ReleaseTaskInput): void {
    const task = this.checkOpenAndRole(input);
    if (task.assigneeId !== input.actor.id) {
      refuse(
        TaskRefusal.notAssignedToYou,
        'Vous ne pouvez libérer qu’une tâche que vous avez prise en charge.',
      );
    }
  }

  private async release(input: ReleaseTaskInput): Promise<TaskSnapshot> {
    const task = this.get(input.taskId);
    this.change(task, { assigneeId: null });
    const snapshot = { ...task };
    await readModel.syncTask(snapshot);
    return snapshot;
  }

  private validateReassign(input: ReassignTaskInput): void {
    const task = this.get(input.taskId);
    if (task.status !== 'open') refuse(TaskRefusal.closed, 'Cette tâche est déjà terminée.');
    if (!input.actor.roles.includes('supervisor')) {
      refuse(TaskRefusal.notSupervisor, 'Seule la coordination peut réattribuer une tâche.');
    }
    if (!input.assignee.roles.includes(task.candidateRole)) {
      refuse(
        TaskRefusal.assigneeNotEligible,
        'Cette personne ne fait pas partie de l’équipe chargée de la tâche.',
      );
    }
  }

  private async reassign(input: ReassignTaskInput): Promise<TaskSnapshot> {
    const task = this.get(input.taskId);
    if (task.assigneeId === input.assignee.id) return { ...task };
    this.change(task, { assigneeId: input.assignee.id });
    const snapshot = { ...task };
    await readModel.syncTask(snapshot);
    // The person who now holds the task is told (in the application and by mail). Added after
    // histories were recorded: older reassignments replay without it.
    if (patched('reassign-notice')) {
      await readModel.notify({
        key: `${task.id}:assigned:${snapshot.version}`,
        recipientUserId: input.assignee.id,
        taskId: task.id,
        caseId: this.caseId,
        message: `${input.actor.displayName} vous a confié la tâche « ${task.title} ».`,
      });
    }
    return snapshot;
  }

  private validateComplete(input: CompleteTaskInput): void {
    const task = this.checkOpenAndRole(input);
    if (task.assigneeId !== input.actor.id) {
      refuse(
        TaskRefusal.notAssignedToYou,
        'Prenez d’abord la tâche en charge pour enregistrer son résultat.',
      );
    }
    const spec = taskKindOf(task.kind);
    const parsed = spec
      ? parseOutcome(spec, input.outcome)
      : {
          ok: false as const,
          problems: [{ path: 'outcome', message: 'Cette tâche ne prend pas de résultat.' }],
        };
    const problems = parsed.ok ? this.checkAgainstState(task.kind, input.outcome) : parsed.problems;
    if (problems.length > 0)
      refuse(TaskRefusal.invalidOutcome, 'Le résultat est incomplet ou incorrect.', problems);
  }

  private async complete(input: CompleteTaskInput): Promise<TaskSnapshot> {
    const task = this.get(input.taskId);
    this.change(task, {
      status: 'completed',
      outcome: input.outcome,
      completedAt: new Date().toISOString(),
      completedBy: input.actor.id,
    });
    const snapshot = { ...task };
    await readModel.syncTask(snapshot);
    return snapshot;
  }
}
