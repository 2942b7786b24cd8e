import { completeTask } from '../api/api.js';
import type { Task } from '../api/types.js';

export interface TaskCompletedDetail {
  task: Task;
}

/**
 * Sends the result of a task (its Idempotency-Key makes a retry the same request) and tells the
 * page, with `pro-task-completed`, once the case has recorded it. A refusal is thrown as it came.
 */
export async function sendTaskOutcome(
  host: HTMLElement,
  taskId: string,
  outcome: Parameters<typeof completeTask>[1],
  idempotencyKey: string,
): Promise<void> {
  const { task } = await completeTask(taskId, outcome, idempotencyKey);
  host.dispatchEvent(
    new CustomEvent<TaskCompletedDetail>('pro-task-completed', {
      detail: { task },
      bubbles: true,
      composed: true,
    }),
  );
}

/** Tells the page, with `pro-task-stale`, that the task or its case moved on: it loads them again. */
export function announceStaleTask(host: HTMLElement): void {
  host.dispatchEvent(new CustomEvent('pro-task-stale', { bubbles: true, composed: true }));
}
