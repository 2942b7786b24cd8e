import type { Client } from '@temporalio/client';
import type { Config } from '../common/config';

/**
 * Runs the Temporal calls of one step (start, update) under a deadline of
 * `config.temporal.updateWaitMs`. When the workflow cannot confirm in time — its activity waits
 * for a database that is down, the server restarts — the call fails with
 * `WorkflowUpdateRPCTimeoutOrCancelledError`, which the error middleware answers as 503
 * STEP_PENDING: the request never hangs, and the step, once accepted, is not lost.
 */
export function withinStepDeadline<T>(temporal: Client, config: Config, fn: () => Promise<T>): Promise<T> {
  return temporal.withDeadline(Date.now() + config.temporal.updateWaitMs, fn);
}
