import Router from '@koa/router';
import { record } from '../ability';
import { recordDenied, recordRead } from '../audit';
import type { ApiDeps } from '../deps';
import { notFound } from '../errors';
import { RecordId, defineRoute, z } from '../define-route';
import { findReadableProvider } from '../provider-access';
import { PaymentView, bankDetailsStatus, paymentView } from '../acte-view';

type Row = Record<string, unknown>;

/** « Mes subsides » (seed chapter 11): what was paid and what is due, with the bank details it waits for. */
export function subsidyRoutes({ db }: ApiDeps): Router {
  const router = new Router();

  defineRoute(router, '/providers', {
    method: 'get',
    path: '/:id/subsidies',
    summary: 'Mes subsides : subsides versés et à venir',
    tags: ['Subsides'],
    params: z.object({ id: RecordId() }),
    responses: {
      200: {
        description: 'Subsides',
        schema: z.object({
          subsidies: z.object({
            payments: z.array(PaymentView),
            totalPaidCents: z.number(),
            bankDetails: z.object({
              status: z.enum(['approved', 'pending', 'missing']),
              ibanEnd: z.string().nullable(),
            }),
          }),
        }),
      },
    },
    handler: async (ctx, { params }) => {
      const { ability, provider: row } = await findReadableProvider(db, ctx, params.id, 'Payment', []);
      const scope = { subregionCode: row.subregionCode, agentConseilId: row.agentConseilId };
      if (!ability.can('read', record('Payment', { providerId: params.id, ...scope }))) {
        await recordDenied(ctx, {
          subjectType: 'Payment',
          subjectId: params.id,
          providerId: params.id,
          fields: [],
        });
        throw notFound('Ces subsides');
      }
      const [payments, approved, status] = await Promise.all([
        db('subsidy_payments').where({ providerId: params.id }).orderBy('year', 'desc'),
        db('bank_details').where({ providerId: params.id, status: 'approved' }).first('iban_last4'),
        bankDetailsStatus(db, params.id),
      ]);
      const views = (payments as Row[]).map(paymentView);
      await recordRead(ctx, {
        subjectType: 'Payment',
        subjectId: params.id,
        providerId: params.id,
        fields: [],
      });
      ctx.body = {
        subsidies: {
          payments: views,
          totalPaidCents: views.filter((p) => p.status === 'released').reduce((s, p) => s + p.amountCents, 0),
          bankDetails: { status, ibanEnd: approved ? String(approved.ibanLast4) : null },
        },
      };
    },
  });

  return router;
}
