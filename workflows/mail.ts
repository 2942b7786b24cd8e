import { ActivityFailure, proxyActivities, workflowInfo } from '@temporalio/workflow';
import { msToNumber } from '@temporalio/common/lib/time';
import type { Activities } from '../activities';
import type { MailWorkflowInput } from '../activities/mail/outbox';
import { readModel } from './activity-presets';

/**
 * One message, sent once. Retried with backoff (up to `retryMaxInterval` between attempts) for
 * `giveUpAfter`; an SMTP server that refuses the recipient outright is not retried. A message
 * that still cannot be sent is marked undeliverable and the coordination told: never dropped
 * silently. The history holds the message's id only, never its address or content.
 */
export async function mailWorkflow(input: MailWorkflowInput): Promise<'sent' | 'undeliverable'> {
  const maximumInterval = msToNumber(input.retryMaxInterval);
  const smtp = proxyActivities<Activities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: input.giveUpAfter,
    retry: {
      initialInterval: Math.min(2000, maximumInterval),
      backoffCoefficient: 2,
      maximumInterval,
      nonRetryableErrorTypes: ['MAIL_REJECTED'],
    },
  });
  try {
    await smtp.sendMail(input.mailId);
    return 'sent';
  } catch (err) {
    // Only the activity's final failure (refused, or out of time) makes a message undeliverable.
    if (!(err instanceof ActivityFailure)) throw err;
    await readModel.markMailUndeliverable(input.mailId);
    return 'undeliverable';
  }
}

/**
 * Started by the Temporal Schedule `agent-digest` on working days at DIGEST_TIME (Brussels): the
 * digests of the day for the agents who chose « résumé quotidien ».
 */
export async function agentDigestWorkflow(): Promise<{ day: string; queued: number; workingDay: boolean }> {
  return readModel.queueDigests({ at: workflowInfo().startTime.toISOString() });
}

/**
 * Started by the Temporal Schedule `mail-sweep` every few minutes: a message queued while Temporal
 * could not be reached (its row exists, its workflow does not) is started here.
 */
export async function mailSweepWorkflow(): Promise<number> {
  return readModel.sweepPendingMails(120);
}
