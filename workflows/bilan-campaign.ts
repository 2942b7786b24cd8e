import { continueAsNew, defineQuery, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { QueryDefinition } from '@temporalio/common';
import type { Activities } from '../activities';
import type { BilanInput } from './bilan';

/**
 * Opening a campaign: one bilan workflow per provider in scope, a page at a time. Each page is an
 * activity that starts its bilans with bounded concurrency; bilan workflow ids are business keys
 * (campaign, provider), so a retried page or a re-opened campaign starts no duplicate. Progress
 * is projected into `campaigns` after every page.
 */
export interface CampaignInput {
  campaignId: string;
  settings: BilanInput['settings'];
  /** Carried over by continue-as-new. */
  after?: string | null;
  processed?: number;
  started?: number;
}

export interface CampaignProgress {
  total: number;
  processed: number;
  started: number;
  done: boolean;
}

export const getProgress: QueryDefinition<CampaignProgress> = defineQuery('getProgress');

export function campaignWorkflowId(campaignId: string): string {
  return `bilan-campaign-${campaignId}`;
}

/** Providers per page; the page activity starts them at most `concurrency` at a time. */
export const CAMPAIGN_PAGE_SIZE = 200;

const campaign = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

export async function bilanCampaignWorkflow(input: CampaignInput): Promise<CampaignProgress> {
  const progress: CampaignProgress = {
    total: 0,
    processed: input.processed ?? 0,
    started: input.started ?? 0,
    done: false,
  };
  setHandler(getProgress, () => progress);
  progress.total = await campaign.countCampaignScope({ campaignId: input.campaignId });
  let after = input.after ?? null;
  for (;;) {
    const page = await campaign.openBilanPage({
      campaignId: input.campaignId,
      after,
      limit: CAMPAIGN_PAGE_SIZE,
      settings: input.settings,
    });
    if (page.count === 0) break;
    after = page.last;
    progress.processed += page.count;
    progress.started += page.started;
    await campaign.recordCampaignProgress({
      campaignId: input.campaignId,
      processed: progress.processed,
      done: false,
    });
    if (workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof bilanCampaignWorkflow>({
        ...input,
        after,
        processed: progress.processed,
        started: progress.started,
      });
    }
  }
  progress.done = true;
  await campaign.recordCampaignProgress({
    campaignId: input.campaignId,
    processed: progress.processed,
    done: true,
  });
  return progress;
}
