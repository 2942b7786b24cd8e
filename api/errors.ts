import type { Context, Next } from 'koa';
import { ZodError } from 'zod';
import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { TaskRefusal } from '../workflows/human-tasks';
import { REFUSAL_STATUS as PROCEDURE_REFUSALS } from '../common/procedures';

export interface FieldError {
  path: string;
  message: string;
}

/** An error a client may see: an HTTP status, a stable code, a French message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
  }
}

export const notFound = (what = 'Cette ressource') =>
  new AppError(404, 'NOT_FOUND', `${what} est introuvable.`);
export const forbidden = () =>
  new AppError(403, 'FORBIDDEN', 'Vous n’avez pas accès à cette information ou à cette action.');
export const unauthenticated = () => new AppError(401, 'UNAUTHENTICATED', 'Veuillez vous connecter.');

/** Refusals raised by workflow validators, by their stable type: the tasks', then each procedure's. */
const REFUSAL_STATUS: Record<string, number> = {
  [TaskRefusal.notFound]: 404,
  [TaskRefusal.closed]: 409,
  [TaskRefusal.alreadyAssigned]: 409,
  [TaskRefusal.notAssignedToYou]: 409,
  [TaskRefusal.wrongRole]: 403,
  [TaskRefusal.invalidOutcome]: 400,
  [TaskRefusal.notSupervisor]: 403,
  [TaskRefusal.assigneeNotEligible]: 400,
  ...PROCEDURE_REFUSALS,
};

export function fromWorkflowError(
  err: unknown,
  closedMessage: { code: string; message: string },
): AppError | undefined {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const failure = err.cause;
    const status = failure.type ? REFUSAL_STATUS[failure.type] : undefined;
    if (status && failure.type) {
      const details = (failure.details ?? []).filter(
        (d): d is FieldError => typeof d === 'object' && d !== null && 'path' in d && 'message' in d,
      );
      const code = failure.type === TaskRefusal.invalidOutcome ? 'VALIDATION_FAILED' : failure.type;
      return new AppError(status, code, failure.message, details.length ? details : undefined);
    }
  }
  // An update sent to a run that has already closed: the step came too late.
  if (
    err instanceof WorkflowNotFoundError ||
    (err instanceof Error && /already completed/i.test(err.message))
  ) {
    return new AppError(409, closedMessage.code, closedMessage.message);
  }
  return undefined;
}

/**
 * The workflow did not confirm a step within `updateWaitMs` (it waits for a database that is
 * down, say). The step is durable once accepted; the same request, sent again with the same
 * Idempotency-Key, gets its outcome without doing it twice.
 */
export const stepPending = () =>
  new AppError(
    503,
    'STEP_PENDING',
    'Votre demande est bien reçue mais pas encore confirmée. Réessayez dans quelques instants : elle ne sera pas enregistrée deux fois.',
  );

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin shutdown
  '57P02', // crash shutdown
  '57P03', // cannot connect now (starting up, shutting down)
  '08000', // connection exception
  '08001',
  '08003',
  '08006',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Connection ended unexpectedly|connect ECONNREFUSED|Client has encountered a connection error|timeout exceeded when trying to connect|Timeout acquiring a connection|the database system is (shutting down|starting up)/i;

/** A dependency (PostgreSQL, Temporal) is away: the request may succeed when sent again. */
function isUnavailable(err: unknown, depth = 0): boolean {
  if (!(err instanceof Error) || depth > 4) return false;
  const code = (err as { code?: unknown }).code;
  if (
    err.name === 'ServiceError' ||
    err.name === 'KnexTimeoutError' ||
    (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) ||
    UNAVAILABLE_MESSAGE.test(err.message)
  )
    return true;
  const inner = [err.cause, ...(err instanceof AggregateError ? err.errors : [])];
  return inner.some((e) => isUnavailable(e, depth + 1));
}

/** First in the chain: every failure leaves as JSON with a stable code; internals never do. */
export function errorMiddleware() {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined && ctx.path.startsWith('/api/')) {
        throw new AppError(404, 'ROUTE_NOT_FOUND', 'Cette adresse n’existe pas.');
      }
    } catch (thrown) {
      const err = thrown instanceof WorkflowUpdateRPCTimeoutOrCancelledError ? stepPending() : thrown;
      let appError: AppError;
      if (err instanceof AppError) {
        appError = err;
        if (appError.status === 503) ctx.set('Retry-After', '5');
      } else if (err instanceof ZodError) {
        appError = new AppError(
          400,
          'VALIDATION_FAILED',
          'Certaines informations sont manquantes ou incorrectes.',
          zodDetails(err),
        );
      } else if (isHttpError(err) && err.status < 500) {
        appError = new AppError(
          err.status,
          err.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
          httpMessage(err.status),
        );
      } else if (isUnavailable(err)) {
        ctx.log.warn({ err }, 'dependency unavailable');
        appError = new AppError(
          503,
          'SERVICE_UNAVAILABLE',
          'Le service est momentanément indisponible. Réessayez dans quelques instants.',
        );
        ctx.set('Retry-After', '5');
      } else {
        ctx.log.error({ err }, 'unhandled error');
        appError = new AppError(
          500,
          'INTERNAL_ERROR',
          'Une erreur inattendue s’est produite. Réessayez plus tard.',
        );
      }
      ctx.status = appError.status;
      ctx.body = {
        error: {
          code: appError.code,
          message: appError.message,
          ...(appError.details ? { details: appError.details } : {}),
        },
      };
    }
  };
}

function isHttpError(err: unknown): err is { status: number; expose?: boolean } {
  return typeof err === 'object' && err !== null && typeof (err as { status?: unknown }).status === 'number';
}

function httpMessage(status: number): string {
  if (status === 413) return 'La requête est trop volumineuse.';
  if (status === 415) return 'Le format de la requête n’est pas accepté (JSON attendu).';
  return 'La requête est mal formée.';
}

export function zodDetails(err: ZodError): FieldError[] {
  return err.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}
