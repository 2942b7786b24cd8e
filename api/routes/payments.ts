import Router from '@koa/router';
import type { Context } from 'koa';
import { WorkflowFailedError } from '@temporalio/client';
import { uuidFrom } from '../../common/node/ids';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { todayBrussels } from '../../common/adaptation';
import { paymentBatchWorkflow, paymentBatchWorkflowId, type PaymentBatchResult } from '../../workflows/acte';
import { recordChange, recordRead } from '../audit';
import type { ApiDeps } from '../deps';
import { AppError, forbidden, notFound } from '../errors';
import { requireUser } from '../current-user';
import { idempotencyKey, withinStepDeadline } from '../steps';
import { defineRoute, z } from '../define-route';
import { dayOf, isoOrNull as iso } from '../rows';
import { PaymentView, paymentView } from '../acte-view';

/**
 * Payments, for the agents subsides: what is ready to go, what waits, and the batches released
 * (a SEPA file each, by `paymentBatchWorkflow`).
 */

type Row = Record<string, unknown>;

/** How many payments « Paiements » lists per state, the most urgent first. */
const PAYMENTS_LISTED = 200;

const PaymentRow = PaymentView.extend({
  provider: z.object({ id: z.string(), displayName: z.string() }),
});
const PaymentTotal = z.object({ count: z.number(), totalCents: z.number() }).openapi('PaymentTotal');
const BatchView = z
  .object({
    id: z.string(),
    executionDate: z.string(),
    count: z.number(),
    totalCents: z.number(),
    releasedAt: z.string(),
    releasedBy: z.string(),
    fileUrl: z.string(),
  })
  .openapi('PaymentBatch');

function requirePayments(ctx: Context, action: 'read' | 'create') {
  const { user, ability } = requireUser(ctx);
  if (!ability.can(action, 'PaymentBatch')) throw forbidden();
  return { user, ability };
}

export function paymentRoutes({ db, temporal, config }: ApiDeps): Router {
  const router = new Router();
  const cipher = createPersonalDataCipher(config.personalDataKey);

  defineRoute(router, '/payments', {
    method: 'get',
    path: '/',
    summary: 'Subsides à verser, en attente, et lots de paiements libérés',
    tags: ['Subsides'],
    responses: {
      200: {
        description: 'Paiements',
        schema: z.object({
          ready: z.array(PaymentRow).describe(`Les ${PAYMENTS_LISTED} plus urgents`),
          waiting: z.array(PaymentRow).describe(`Les ${PAYMENTS_LISTED} plus urgents`),
          totals: z.object({ ready: PaymentTotal, waiting: PaymentTotal }),
          batches: z.array(BatchView),
        }),
      },
    },
    handler: async (ctx) => {
      requirePayments(ctx, 'read');
      // The most urgent of each list, and every payment in the totals: a batch takes them all.
      const listed = (status: string) =>
        db('subsidy_payments as s')
          .join('providers as p', 'p.id', 's.provider_id')
          .where('s.status', status)
          .orderBy([{ column: 's.due_at' }, { column: 's.id' }])
          .limit(PAYMENTS_LISTED)
          .select('s.*', 'p.first_name', 'p.last_name') as Promise<Row[]>;
      const [ready, waiting, sums] = await Promise.all([
        listed('ready'),
        listed('waiting_bank_details'),
        db('subsidy_payments')
          .whereIn('status', ['ready', 'waiting_bank_details'])
          .groupBy('status')
          .select(
            'status',
            db.raw('count(*)::int as count'),
            db.raw('coalesce(sum(amount_cents), 0)::bigint as cents'),
          ) as Promise<Row[]>,
      ]);
      const total = (status: string) => {
        const row = sums.find((r) => r.status === status);
        return { count: Number(row?.count ?? 0), totalCents: Number(row?.cents ?? 0) };
      };
      const withProvider = (r: Row) => ({
        ...paymentView(r),
        provider: { id: String(r.providerId), displayName: `${String(r.firstName)} ${String(r.lastName)}` },
      });
      const batches = (await db('payment_batches as b')
        .join('users as u', 'u.id', 'b.released_by')
        .orderBy('b.released_at', 'desc')
        .limit(50)
        .select('b.*', 'u.display_name')) as Row[];
      ctx.body = {
        ready: ready.map(withProvider),
        waiting: waiting.map(withProvider),
        totals: { ready: total('ready'), waiting: total('waiting_bank_details') },
        batches: batches.map((b) => ({
          id: String(b.id),
          executionDate: dayOf(b.executionDate)!,
          count: Number(b.count),
          totalCents: Number(b.totalCents),
          releasedAt: iso(b.releasedAt)!,
          releasedBy: String(b.displayName),
          fileUrl: `/api/payment-batches/${String(b.id)}/file`,
        })),
      };
    },
  });

  defineRoute(router, '/payment-batches', {
    method: 'post',
    path: '/',
    summary: 'Libérer un lot de paiements : un virement SEPA par subside prêt',
    tags: ['Subsides'],
    body: z
      .object({ executionDate: z.iso.date({ error: 'Indiquez une date, par exemple 2027-01-15' }) })
      .strict()
      .openapi('PaymentBatchRelease'),
    responses: { 201: { description: 'Lot libéré', schema: z.object({ batch: BatchView }) } },
    handler: async (ctx, { body }) => {
      const { user } = requirePayments(ctx, 'create');
      if (body.executionDate < todayBrussels())
        throw new AppError(400, 'VALIDATION_FAILED', 'La date d’exécution ne peut pas être passée.', [
          { path: 'executionDate', message: 'Choisissez aujourd’hui ou un jour à venir' },
        ]);
      const key = idempotencyKey(ctx);
      const batchId = uuidFrom('payment-batch', key);
      const exists = await db('payment_batches').where({ id: batchId }).first('id');
      if (!exists) {
        const ready = await db('subsidy_payments')
          .where({ status: 'ready' })
          .whereNull('batch_id')
          .first('id');
        if (!ready) throw new AppError(409, 'NOTHING_TO_PAY', 'Aucun subside n’est prêt à être versé.');
      }
      let result: PaymentBatchResult;
      try {
        result = await withinStepDeadline(temporal, config, () =>
          temporal.workflow.execute(paymentBatchWorkflow, {
            taskQueue: config.temporal.taskQueue,
            workflowId: paymentBatchWorkflowId(batchId),
            workflowIdConflictPolicy: 'USE_EXISTING',
            args: [
              {
                batchId,
                executionDate: body.executionDate,
                releasedBy: { id: user.id, displayName: user.displayName },
              },
            ],
          }),
        );
      } catch (err) {
        if (
          err instanceof WorkflowFailedError &&
          /Aucun subside/.test(String((err.cause?.cause as Error | undefined)?.message))
        )
          throw new AppError(409, 'NOTHING_TO_PAY', 'Aucun subside n’est prêt à être versé.');
        throw err;
      }
      await recordChange(ctx, {
        subjectType: 'PaymentBatch',
        subjectId: batchId,
        providerId: null,
        changes: { batch: { old: null, new: `${result.count} virement(s)` } },
      });
      const b = (await db('payment_batches').where({ id: result.batchId }).first()) as Row;
      ctx.status = 201;
      ctx.body = {
        batch: {
          id: String(b.id),
          executionDate: dayOf(b.executionDate)!,
          count: Number(b.count),
          totalCents: Number(b.totalCents),
          releasedAt: iso(b.releasedAt)!,
          releasedBy: user.displayName,
          fileUrl: `/api/payment-batches/${String(b.id)}/file`,
        },
      };
    },
  });

  defineRoute(router, '/payment-batches', {
    method: 'get',
    path: '/:id/file',
    summary: 'Le fichier de virements SEPA (pain.001) d’un lot, pour la banque',
    tags: ['Subsides'],
    params: z.object({ id: z.uuid() }),
    responses: { 200: { description: 'Le fichier XML' } },
    handler: async (ctx, { params }) => {
      requirePayments(ctx, 'read');
      const b = (await db('payment_batches').where({ id: params.id }).first()) as Row | undefined;
      if (!b) throw notFound('Ce lot');
      // The file names the accounts paid: reading it is recorded like any read of an IBAN.
      await recordRead(ctx, {
        subjectType: 'PaymentBatch',
        subjectId: params.id,
        providerId: null,
        fields: ['iban'],
      });
      ctx.set('Content-Type', 'application/xml; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="${String(b.messageId)}.xml"`);
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = cipher.decrypt(String(b.fileEncrypted));
    },
  });

  return router;
}
