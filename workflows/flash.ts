import { continueAsNew, defineQuery, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { QueryDefinition } from '@temporalio/common';
import type { Activities } from '../activities';
import { FLASH_PAGE_SIZE } from '../common/flash';

/**
 * Sending an issue of the Flash accueil: one mail per childminder who chose to receive it by
 * e-mail, a page of them at a time (ordered by provider id, the cursor kept here). Each page is one
 * activity that queues the page's mails through the outbox and records the progress on the issue;
 * the mails' keys (`flash:<issue>:<provider>`) make a retried page, or a worker that died in the
 * middle of one, queue nothing twice. The history holds ids and counts only, never an address.
 */
export interface FlashInput {
  issueId: string;
  /** Carried over by continue-as-new: the last provider id done, the counts so far. */
  after?: string | null;
  processed?: number;
  total?: number;
  postal?: number;
}

export interface FlashProgress {
  /** Childminders to reach by e-mail, counted when sending started. */
  total: number;
  /** Childminders whose mail is queued. */
  processed: number;
  /** Childminders who receive it by post (the postal list). */
  postal: number;
  done: boolean;
}

export const getFlashProgress: QueryDefinition<FlashProgress> = defineQuery('getFlashProgress');

const flash = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

export async function flashWorkflow(input: FlashInput): Promise<FlashProgress> {
  const progress: FlashProgress = {
    total: input.total ?? 0,
    processed: input.processed ?? 0,
    postal: input.postal ?? 0,
    done: false,
  };
  setHandler(getFlashProgress, () => progress);
  if (input.total === undefined) {
    const counted = await flash.startFlashSending({ issueId: input.issueId });
    progress.total = counted.total;
    progress.postal = counted.postal;
  }
  let after = input.after ?? null;
  for (;;) {
    const page = await flash.queueFlashPage({
      issueId: input.issueId,
      after,
      limit: FLASH_PAGE_SIZE,
      processedBefore: progress.processed,
    });
    if (page.count === 0) break;
    after = page.last;
    progress.processed += page.count;
    if (workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof flashWorkflow>({
        issueId: input.issueId,
        after,
        processed: progress.processed,
        total: progress.total,
        postal: progress.postal,
      });
    }
  }
  await flash.markFlashSent({ issueId: input.issueId, processed: progress.processed });
  progress.done = true;
  return progress;
}
