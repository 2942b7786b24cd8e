import type { Knex } from 'knex';
import { ApplicationFailure } from '@temporalio/activity';
import { uuidFrom } from '../common/node/ids';
import {
  ACTE_SCHEME,
  acteAmountCents,
  acteEligibility,
  type PaymentStatus,
  type PlanStatus,
} from '../common/acte';
import type { PersonalDataCipher } from '../common/node/personal-data';
import { buildPain001, type SepaTransfer } from './sepa';

export interface Payer {
  name: string;
  iban: string;
  bic: string;
}

export interface ActeActivityDeps {
  db: Knex;
  cipher: PersonalDataCipher;
  /** ONE's account, the debtor of every transfer. */
  payer: Payer;
}

export const NOTHING_TO_PAY = 'NOTHING_TO_PAY';

/** The facts of a year of ACTE for one provider: may they receive it, for how many places. */
export async function acteFacts(db: Knex, providerId: string) {
  const row = (await db('providers as p')
    .leftJoin('authorisations as a', 'a.provider_id', 'p.id')
    .where('p.id', providerId)
    .first('p.subsidy_level', 'p.capacity as provider_capacity', 'a.capacity', 'a.status')) as
    | {
        subsidyLevel: number | null;
        providerCapacity: number | null;
        capacity: number | null;
        status: string | null;
      }
    | undefined;
  const places = row?.capacity ?? row?.providerCapacity ?? null;
  const eligibility = acteEligibility({
    subsidyLevel: row?.subsidyLevel ?? null,
    authorisationStatus: row?.status ?? null,
    places,
  });
  return { ...eligibility, places, authorisationWithdrawn: row?.status === 'withdrawn' };
}

/**
 * ACTE's side effects in PostgreSQL, and the SEPA file. Each is idempotent: the charter once per
 * provider, a payment once per provider and year (its key is the transfer's EndToEndId), a batch
 * once per id — so a retried activity never registers, nor pays, twice.
 */
export function createActeActivities({ db, cipher, payer }: ActeActivityDeps) {
  return {
    async recordCharter(input: {
      providerId: string;
      caseId: string;
      signedAt: string;
      signedBy: string;
    }): Promise<void> {
      await db('acte_charters')
        .insert({
          providerId: input.providerId,
          caseId: input.caseId,
          signedAt: input.signedAt,
          signedBy: input.signedBy,
        })
        .onConflict('provider_id')
        .ignore();
    },

    async acteYearFacts(input: { providerId: string }) {
      return acteFacts(db, input.providerId);
    },

    async registerActePayment(input: {
      providerId: string;
      caseId: string;
      year: number;
      places: number;
      dueAt: string;
    }): Promise<{ paymentId: string; amountCents: number; status: PaymentStatus }> {
      const id = uuidFrom('subsidy', ACTE_SCHEME, input.providerId, String(input.year));
      await db('subsidy_payments')
        .insert({
          id,
          providerId: input.providerId,
          caseId: input.caseId,
          scheme: ACTE_SCHEME,
          year: input.year,
          places: input.places,
          amountCents: acteAmountCents(input.places),
          // ≤ 35 characters, letters, digits and dashes: the transfer's EndToEndId.
          idempotencyKey: `ACTE-${id.replace(/-/g, '').slice(0, 24)}-${input.year}`,
          dueAt: input.dueAt,
        })
        .onConflict(['provider_id', 'scheme', 'year'])
        .ignore();
      const row = (await db('subsidy_payments').where({ id }).first('amount_cents', 'status')) as {
        amountCents: string | number;
        status: PaymentStatus;
      };
      return { paymentId: id, amountCents: Number(row.amountCents), status: row.status };
    },

    /** A payment waiting for bank details becomes ready once the provider's are approved. */
    async attachApprovedBankDetails(input: { paymentId: string }): Promise<{ status: PaymentStatus }> {
      return db.transaction(async (trx) => {
        const payment = (await trx('subsidy_payments').where({ id: input.paymentId }).forUpdate().first()) as
          { providerId: string; status: PaymentStatus } | undefined;
        if (!payment) throw ApplicationFailure.nonRetryable(`Unknown payment ${input.paymentId}`);
        if (payment.status !== 'waiting_bank_details') return { status: payment.status };
        const bank = await trx('bank_details')
          .where({ providerId: payment.providerId, status: 'approved' })
          .first('id');
        if (!bank) return { status: payment.status };
        await trx('subsidy_payments')
          .where({ id: input.paymentId })
          .update({ status: 'ready', bankDetailsId: bank.id });
        return { status: 'ready' as const };
      });
    },

    async setActePlanStatus(input: {
      providerId: string;
      year: number;
      status: PlanStatus;
      comment?: string | null;
    }): Promise<void> {
      const patch: Record<string, unknown> = { status: input.status, updatedAt: db.fn.now() };
      if (input.status === 'submitted') patch.submittedAt = db.fn.now();
      else {
        patch.decidedAt = db.fn.now();
        patch.comment = input.comment ?? null;
      }
      await db('acte_plans').where({ providerId: input.providerId, year: input.year }).update(patch);
    },

    async markActePlanReviewed(input: { providerId: string; year: number }): Promise<void> {
      await db('acte_plans')
        .where({ providerId: input.providerId, year: input.year })
        .whereNull('reviewed_at')
        .update({ reviewedAt: db.fn.now() });
    },

    /**
     * Builds the batch's SEPA file (pain.001) from every payment ready to go, once: the batch id
     * is the idempotency key, so a retry returns the batch already built, and a payment already
     * in a batch is never in another.
     */
    async assemblePaymentBatch(input: {
      batchId: string;
      executionDate: string;
      releasedBy: { id: string; displayName: string };
    }) {
      return db.transaction(async (trx) => {
        // One batch at a time: two agents releasing at once do not race for the same payments.
        await trx.raw('select pg_advisory_xact_lock(hashtext(?))', ['payment_batches']);
        const existing = await trx('payment_batches').where({ id: input.batchId }).first();
        if (!existing) {
          const ready = (await trx('subsidy_payments as s')
            .join('bank_details as b', 'b.id', 's.bank_details_id')
            .where('s.status', 'ready')
            .whereNull('s.batch_id')
            .orderBy('s.created_at')
            .select(
              's.id',
              's.provider_id',
              's.year',
              's.amount_cents',
              's.idempotency_key',
              's.scheme',
              'b.iban_encrypted',
              'b.bic',
              'b.holder',
            )) as Array<Record<string, unknown>>;
          if (!ready.length)
            throw ApplicationFailure.create({
              type: NOTHING_TO_PAY,
              message: 'Aucun subside n’est prêt à être versé.',
              nonRetryable: true,
            });
          const transfers: SepaTransfer[] = ready.map((p) => ({
            endToEndId: String(p.idempotencyKey),
            amountCents: Number(p.amountCents),
            creditorName: String(p.holder),
            iban: cipher.decrypt(String(p.ibanEncrypted)),
            bic: (p.bic as string | null) || null,
            remittance: `Subside ACTE annee ${String(p.year)} - ONE`,
          }));
          const messageId = `ONE-${input.batchId.replace(/-/g, '').slice(0, 28)}`;
          const xml = buildPain001({
            messageId,
            createdAt: new Date().toISOString(),
            executionDate: input.executionDate,
            debtor: payer,
            transfers,
          });
          const total = transfers.reduce((sum, t) => sum + t.amountCents, 0);
          await trx('payment_batches').insert({
            id: input.batchId,
            messageId,
            executionDate: input.executionDate,
            count: transfers.length,
            totalCents: total,
            fileEncrypted: cipher.encrypt(xml),
            releasedBy: input.releasedBy.id,
          });
          await trx('subsidy_payments')
            .whereIn(
              'id',
              ready.map((p) => String(p.id)),
            )
            .update({ status: 'released', batchId: input.batchId, paidOn: input.executionDate });
        }
        const payments = (await trx('subsidy_payments')
          .where({ batchId: input.batchId })
          .orderBy('created_at')
          .select('id', 'provider_id', 'case_id', 'scheme', 'amount_cents')) as Array<
          Record<string, unknown>
        >;
        return {
          batchId: input.batchId,
          count: payments.length,
          totalCents: payments.reduce((sum, p) => sum + Number(p.amountCents), 0),
          payments: payments.map((p) => ({
            paymentId: String(p.id),
            providerId: String(p.providerId),
            caseId: String(p.caseId),
            scheme: String(p.scheme),
          })),
        };
      });
    },
  };
}
