import { createHash } from 'node:crypto';
import { heartbeat, activityInfo } from '@temporalio/activity';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Knex } from 'knex';
import { PROCEDURE, bilanWorkflowId } from '../common/bilan';
import { subregionName } from '../common/roles';
import { CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS } from '../common/search-attributes';
import type { BilanInput, bilanWorkflow } from '../workflows/bilan';

/** Bilans started at once by one page: enough to keep the server busy, not to swamp it. */
export const CAMPAIGN_START_CONCURRENCY = 16;

/** The same case id for the same (campaign, provider), however often a page is retried. */
export function bilanCaseId(campaignId: string, providerId: string): string {
  const h = createHash('sha256').update(`bilan:${campaignId}:${providerId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface CampaignRow {
  id: string;
  title: string;
  startsAt: Date;
  deadline: Date;
  subregionCode: string | null;
  createdBy: string;
  creatorName: string;
}

async function loadCampaign(db: Knex, campaignId: string): Promise<CampaignRow> {
  const row = (await db('campaigns as k')
    .join('users as u', 'u.id', 'k.created_by')
    .where('k.id', campaignId)
    .first('k.*', 'u.display_name as creator_name')) as CampaignRow | undefined;
  if (!row) throw new Error(`Campaign ${campaignId} not found`);
  return row;
}

function scope(db: Knex, campaign: { subregionCode: string | null }): Knex.QueryBuilder {
  const q = db('providers');
  if (campaign.subregionCode) q.where('subregion_code', campaign.subregionCode);
  return q;
}

/** Runs `fn` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await fn(item);
    }
  });
  await Promise.all(lanes);
}

export function createCampaignActivities({ db, temporal }: { db: Knex; temporal?: Client }) {
  return {
    /** Counts the providers in scope and marks the campaign as opening. */
    async countCampaignScope({ campaignId }: { campaignId: string }): Promise<number> {
      const campaign = await loadCampaign(db, campaignId);
      const [{ count }] = (await scope(db, campaign).count({ count: '*' })) as Array<{ count: string }>;
      const total = Number(count);
      await db('campaigns')
        .where({ id: campaignId })
        .update({ provider_count: total, status: 'opening', processed_count: 0 });
      return total;
    },

    /**
     * Starts the bilans of one page of providers (ordered by id, after `after`). A bilan that
     * already exists for this campaign — open or closed — is left as it is.
     */
    async openBilanPage(input: {
      campaignId: string;
      after: string | null;
      limit: number;
      settings: BilanInput['settings'];
    }): Promise<{ count: number; last: string | null; started: number }> {
      if (!temporal) throw new Error('This worker has no Temporal client for opening campaigns');
      const campaign = await loadCampaign(db, input.campaignId);
      const q = scope(db, campaign)
        .orderBy('id')
        .limit(input.limit)
        .select('id', 'first_name', 'last_name', 'subregion_code');
      if (input.after) q.where('id', '>', input.after);
      const providers = (await q) as Array<{
        id: string;
        firstName: string;
        lastName: string;
        subregionCode: string;
      }>;
      const taskQueue = activityInfo().taskQueue;
      let started = 0;
      let done = 0;
      await eachLimited(providers, CAMPAIGN_START_CONCURRENCY, async (p) => {
        const args: BilanInput = {
          caseId: bilanCaseId(campaign.id, p.id),
          campaign: { id: campaign.id, title: campaign.title },
          provider: {
            id: p.id,
            displayName: `${p.firstName} ${p.lastName}`,
            subregionName: subregionName(p.subregionCode),
          },
          openedBy: { id: campaign.createdBy, displayName: campaign.creatorName },
          startsAt: new Date(campaign.startsAt).toISOString(),
          deadline: new Date(campaign.deadline).toISOString(),
          settings: input.settings,
        };
        try {
          await temporal.workflow.start<typeof bilanWorkflow>('bilanWorkflow', {
            taskQueue,
            workflowId: bilanWorkflowId(campaign.id, p.id),
            // One bilan per provider and campaign, ever: a closed one is not opened again.
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
            args: [args],
            typedSearchAttributes: [
              { key: CASE_PROCEDURE, value: PROCEDURE },
              { key: CASE_PROVIDER_ID, value: p.id },
              { key: CASE_STATUS, value: 'open' },
            ],
          });
          started += 1;
        } catch (err) {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        }
        done += 1;
        heartbeat({ done });
      });
      return { count: providers.length, last: providers.at(-1)?.id ?? null, started };
    },

    async recordCampaignProgress(input: { campaignId: string; processed: number; done: boolean }) {
      await db('campaigns')
        .where({ id: input.campaignId })
        .update({
          processed_count: input.processed,
          ...(input.done ? { status: 'open', opened_at: db.fn.now() } : {}),
        });
    },
  };
}
