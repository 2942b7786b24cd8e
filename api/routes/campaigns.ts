import { createHash } from 'node:crypto';
import Router from '@koa/router';
import type { Context } from 'koa';
import { brusselsInstant, dateFr } from '../../common/bilan';
import { SUBREGIONS, subregionName } from '../../common/roles';
import {
  bilanCampaignWorkflow,
  campaignWorkflowId,
  type CampaignInput,
} from '../../workflows/bilan-campaign';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, notFound } from '../errors';
import { requireUser } from '../current-user';
import { defineRoute, z } from '../define-route';

/** Campaigns of bilans de fonctionnement, opened by the coordination for the whole sector. */

export const CampaignView = z
  .object({
    id: z.string(),
    title: z.string(),
    startsAt: z.string(),
    deadline: z.string(),
    subregion: z.object({ code: z.string(), name: z.string() }).nullable(),
    status: z.enum(['opening', 'open']),
    statusLabel: z.string(),
    providerCount: z.number(),
    processedCount: z.number(),
    createdBy: z.object({ id: z.string(), displayName: z.string() }),
    createdAt: z.string(),
  })
  .openapi('Campaign');
type CampaignView = z.infer<typeof CampaignView>;

const When = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const CampaignBody = z
  .object({
    title: z.string().trim().min(1).max(120),
    /** A day (the tools open at the start of it, Brussels time) or an exact instant. */
    startsAt: When,
    /** A day (the plan is due by the end of it, Brussels time) or an exact instant. */
    deadline: When,
    subregionCode: z.enum(SUBREGIONS.map((s) => s.code) as [string, ...string[]]).nullish(),
  })
  .strict()
  .openapi('CampaignInput');

const STATUS_LABELS = { opening: 'Ouverture en cours', open: 'Ouverte' } as const;

type Row = Record<string, unknown>;

function campaignView(row: Row): CampaignView {
  const status = row.status as 'opening' | 'open';
  const code = row.subregionCode as string | null;
  return {
    id: String(row.id),
    title: String(row.title),
    startsAt: new Date(row.startsAt as Date).toISOString(),
    deadline: new Date(row.deadline as Date).toISOString(),
    subregion: code ? { code, name: subregionName(code) } : null,
    status,
    statusLabel: STATUS_LABELS[status],
    providerCount: Number(row.providerCount),
    processedCount: Number(row.processedCount),
    createdBy: { id: String(row.createdBy), displayName: String(row.creatorName) },
    createdAt: new Date(row.createdAt as Date).toISOString(),
  };
}

/** « Bilan Général 2024 - 2025 » → `bilan-general-2024-2025`, with a short hash for uniqueness. */
export function campaignIdFor(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const hash = createHash('sha256').update(title.trim().toLowerCase()).digest('hex').slice(0, 6);
  return `${slug || 'campagne'}-${hash}`;
}

/** Starts (or joins) the workflow that opens the campaign's bilans; starting it again is harmless. */
export async function openCampaign(
  { temporal, config }: Pick<ApiDeps, 'db' | 'temporal' | 'config'>,
  campaignId: string,
): Promise<void> {
  const input: CampaignInput = {
    campaignId,
    settings: {
      reminderOffsets: config.deadlines.bilanReminderOffsets,
      reviewDue: config.deadlines.bilanReview,
      overdueFollowUpDue: config.deadlines.bilanFollowUp,
    },
  };
  // The status moves to « opening » from the workflow itself: set here, it would stay so for ever
  // when this start joins a run that is just finishing (USE_EXISTING).
  await temporal.workflow.start(bilanCampaignWorkflow, {
    taskQueue: config.temporal.taskQueue,
    workflowId: campaignWorkflowId(campaignId),
    workflowIdConflictPolicy: 'USE_EXISTING',
    workflowIdReusePolicy: 'ALLOW_DUPLICATE',
    args: [input],
  });
}

/**
 * The demo's campaigns (`npm start`): one under way, one to come. Created once; a restart only
 * makes sure every bilan is open.
 */
export async function ensureDemoCampaigns(
  deps: Pick<ApiDeps, 'db' | 'temporal' | 'config'>,
  createdBy: string,
  now = new Date(),
): Promise<void> {
  const year = now.getUTCFullYear();
  const shift = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  const demos = [
    { title: `Bilan Général ${year} - ${year + 1}`, startsAt: shift(-1), deadline: shift(180) },
    { title: `Bilan Général ${year + 1} - ${year + 2}`, startsAt: shift(365), deadline: shift(545) },
  ];
  for (const demo of demos) {
    const id = campaignIdFor(demo.title);
    const exists = await deps.db('campaigns').where({ id }).first('id');
    if (!exists) {
      await deps.db('campaigns').insert({
        id,
        title: demo.title,
        starts_at: brusselsInstant(demo.startsAt.slice(0, 10), 'start'),
        deadline: brusselsInstant(demo.deadline.slice(0, 10), 'end'),
        created_by: createdBy,
      });
    }
    await openCampaign(deps, id);
  }
}

export function campaignRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();

  const campaignQuery = () =>
    db('campaigns as k')
      .join('users as u', 'u.id', 'k.created_by')
      .select('k.*', 'u.display_name as creator_name');

  function requireSupervisor(ctx: Context, action: 'read' | 'create') {
    const { ability } = requireUser(ctx);
    if (!ability.can(action, 'Campaign')) throw forbidden();
  }

  const open = (campaignId: string) => openCampaign({ db, temporal, config }, campaignId);

  defineRoute(router, '/campaigns', {
    method: 'get',
    path: '/',
    summary: 'Campagnes de bilans de fonctionnement',
    tags: ['Coordination'],
    responses: { 200: { description: 'Campagnes', schema: z.object({ campaigns: z.array(CampaignView) }) } },
    handler: async (ctx) => {
      requireSupervisor(ctx, 'read');
      const rows = (await campaignQuery().orderBy('k.created_at', 'desc').limit(200)) as Row[];
      ctx.body = { campaigns: rows.map(campaignView) };
    },
  });

  defineRoute(router, '/campaigns', {
    method: 'post',
    path: '/',
    summary: 'Ouvrir une campagne : un bilan pour chaque accueillant·e du périmètre',
    tags: ['Coordination'],
    body: CampaignBody,
    responses: { 201: { description: 'Campagne ouverte', schema: z.object({ campaign: CampaignView }) } },
    handler: async (ctx, { body }) => {
      requireSupervisor(ctx, 'create');
      const { user } = requireUser(ctx);
      const startsAt = body.startsAt.length === 10 ? brusselsInstant(body.startsAt, 'start') : body.startsAt;
      const deadline = body.deadline.length === 10 ? brusselsInstant(body.deadline, 'end') : body.deadline;
      if (Date.parse(deadline) <= Date.parse(startsAt)) {
        throw new AppError(
          400,
          'VALIDATION_FAILED',
          'Certaines informations sont manquantes ou incorrectes.',
          [
            {
              path: 'deadline',
              message: `La date limite doit suivre le début de l’auto-évaluation (${dateFr(startsAt)})`,
            },
          ],
        );
      }
      if (Date.parse(deadline) <= Date.now()) {
        throw new AppError(
          400,
          'VALIDATION_FAILED',
          'Certaines informations sont manquantes ou incorrectes.',
          [{ path: 'deadline', message: 'La date limite doit être dans le futur' }],
        );
      }
      const id = campaignIdFor(body.title);
      const inserted = await db('campaigns')
        .insert({
          id,
          title: body.title,
          starts_at: startsAt,
          deadline,
          subregion_code: body.subregionCode ?? null,
          created_by: user.id,
        })
        .onConflict('title')
        .ignore()
        .returning('id');
      if (inserted.length === 0) {
        throw new AppError(
          409,
          'CAMPAIGN_EXISTS',
          'Une campagne porte déjà ce titre : relancez son ouverture si des bilans manquent.',
        );
      }
      await open(id);
      ctx.status = 201;
      ctx.body = { campaign: campaignView(await campaignQuery().where('k.id', id).first()) };
    },
  });

  const Params = z.object({
    id: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[a-z0-9-]+$/),
  });

  defineRoute(router, '/campaigns', {
    method: 'get',
    path: '/:id',
    summary: 'Une campagne et sa progression',
    tags: ['Coordination'],
    params: Params,
    responses: { 200: { description: 'Campagne', schema: z.object({ campaign: CampaignView }) } },
    handler: async (ctx, { params }) => {
      requireSupervisor(ctx, 'read');
      const row = (await campaignQuery().where('k.id', params.id).first()) as Row | undefined;
      if (!row) throw notFound('Cette campagne');
      ctx.body = { campaign: campaignView(row) };
    },
  });

  defineRoute(router, '/campaigns', {
    method: 'post',
    path: '/:id/open',
    summary: 'Relancer l’ouverture : ouvre les bilans manquants, sans doublon',
    tags: ['Coordination'],
    params: Params,
    responses: { 200: { description: 'Ouverture relancée', schema: z.object({ campaign: CampaignView }) } },
    handler: async (ctx, { params }) => {
      requireSupervisor(ctx, 'create');
      const row = (await campaignQuery().where('k.id', params.id).first()) as Row | undefined;
      if (!row) throw notFound('Cette campagne');
      await open(params.id);
      ctx.body = { campaign: campaignView(await campaignQuery().where('k.id', params.id).first()) };
    },
  });

  return router;
}
