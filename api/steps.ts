import { randomUUID } from 'node:crypto';
import type { Context } from 'koa';
import type { Client } from '@temporalio/client';
import type { Config } from '../common/node/config';
import { AppError } from './errors';

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

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;

/** The client's key for one form submission: a retry or a double click carries the same one. */
export function idempotencyKey(ctx: Context): string {
  return clientIdempotencyKey(ctx) ?? randomUUID();
}

/** The client's Idempotency-Key, if it sent one; a malformed one is refused. */
export function clientIdempotencyKey(ctx: Context): string | undefined {
  const header = ctx.get('Idempotency-Key');
  if (!header) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new AppError(400, 'INVALID_IDEMPOTENCY_KEY', 'L’identifiant de la demande est mal formé.');
  }
  return header;
}
