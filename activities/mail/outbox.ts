import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { uuidFrom } from '../../common/node/ids';
import type { Config, MailSettings } from '../../common/node/config';

/**
 * The outbox: one row per message, keyed by the business key of what it says, and one
 * `mailWorkflow` per row (workflow id `mail-<row id>`, never reused) that sends it. Whoever queues
 * a message — a notice, the digest, the Flash accueil, a password reset — goes through here, so
 * the same key never becomes two messages, whatever is retried or replayed.
 */
export interface MailToQueue {
  /** The business key: `notice:<notice key>:<user>`, `digest:<day>:<user>`, … */
  key: string;
  template: string;
  params: Record<string, unknown>;
  to: { address: string; name: string; userId?: string | null; providerId?: string | null };
  caseId?: string | null;
}

export interface MailDispatch {
  /** Starts the messages' workflows; without it rows wait for the sweep (`mailSweepWorkflow`). */
  temporal?: Client;
  taskQueue: string;
  retryMaxInterval: string;
  giveUpAfter: string;
  domain: string;
}

/** How to dispatch messages with these settings, from this task queue. */
export function dispatchOf(
  settings: Pick<MailSettings, 'retryMaxInterval' | 'giveUpAfter' | 'domain'>,
  temporal: Client | undefined,
  taskQueue: string,
): MailDispatch {
  return {
    temporal,
    taskQueue,
    retryMaxInterval: settings.retryMaxInterval,
    giveUpAfter: settings.giveUpAfter,
    domain: settings.domain,
  };
}

/** The same, for the API: the settings and task queue of its configuration. */
export function dispatchFromConfig(config: Config, temporal: Client | undefined): MailDispatch {
  return dispatchOf(config.mail, temporal, config.temporal.taskQueue);
}

export interface MailWorkflowInput {
  mailId: string;
  retryMaxInterval: string;
  giveUpAfter: string;
}

export const MAIL_WORKFLOW = 'mailWorkflow';

export function mailIdOf(key: string): string {
  return uuidFrom('mail', key);
}

/** A Message-ID from the business key: the same notice always has the same Message-ID. */
export function messageIdOf(key: string, domain: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${domain}>`;
}

export function mailWorkflowId(mailId: string, resends = 0): string {
  return resends === 0 ? `mail-${mailId}` : `mail-${mailId}-resend-${resends}`;
}

/** Inserts the messages (a key already queued is left as it is) and starts the pending ones. */
export async function queueMails(db: Knex, dispatch: MailDispatch, mails: MailToQueue[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const rows = mails.map((m) => ({
    id: mailIdOf(m.key),
    key: m.key,
    message_id: messageIdOf(m.key, dispatch.domain),
    template: m.template,
    params: JSON.stringify(m.params),
    recipient_user_id: m.to.userId ?? null,
    recipient_provider_id: m.to.providerId ?? null,
    to_address: m.to.address,
    to_name: m.to.name,
    case_id: m.caseId ?? null,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await db('mail_messages')
      .insert(rows.slice(i, i + 500))
      .onConflict('key')
      .ignore();
  }
  // Those still pending: just inserted, or inserted by an earlier attempt that stopped before
  // starting them. Starting one already started is harmless (its workflow id is taken).
  const pending: PendingMail[] = [];
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 1000) {
    const found = (await db('mail_messages')
      .whereIn('id', ids.slice(i, i + 1000))
      .where('status', 'pending')
      .select('id', 'resends')) as PendingMail[];
    pending.push(...found);
  }
  await startMailWorkflows(dispatch, pending);
  return pending.map((p) => p.id);
}

export interface PendingMail {
  id: string;
  resends: number;
}

/** Starts one workflow per message, 16 at a time; a message whose workflow exists is skipped. */
export async function startMailWorkflows(dispatch: MailDispatch, mails: PendingMail[]): Promise<void> {
  const { temporal } = dispatch;
  if (!temporal || mails.length === 0) return;
  let next = 0;
  const startOne = async ({ id: mailId, resends }: PendingMail) => {
    const input: MailWorkflowInput = {
      mailId,
      retryMaxInterval: dispatch.retryMaxInterval,
      giveUpAfter: dispatch.giveUpAfter,
    };
    try {
      await temporal.workflow.start(MAIL_WORKFLOW, {
        taskQueue: dispatch.taskQueue,
        workflowId: mailWorkflowId(mailId, resends),
        args: [input],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return;
      throw err;
    }
  };
  const lanes = Array.from({ length: Math.min(16, mails.length) }, async () => {
    while (next < mails.length) await startOne(mails[next++]);
  });
  await Promise.all(lanes);
}
