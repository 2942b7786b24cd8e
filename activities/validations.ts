import type { Knex } from 'knex';
import type { ValidationDecision, ValidationKind } from '../common/validation';

/**
 * The decisions of the validation workflow, applied to PostgreSQL. Idempotent: a submission is
 * decided only while it is pending, so a retried activity changes nothing twice.
 */
export function createValidationActivities({ db }: { db: Knex }) {
  const table = (kind: ValidationKind) => (kind === 'rib' ? 'bank_details' : 'photos');
  return {
    /** A newer bank statement replaces the one still waiting in the same case. */
    async replaceSubmission(input: { kind: ValidationKind; replaced: string; by: string }): Promise<void> {
      await db(table(input.kind))
        .where({ id: input.replaced, status: 'pending' })
        .update({ status: 'replaced' });
    },

    async decideSubmission(input: {
      kind: ValidationKind;
      subjectId: string;
      decision: ValidationDecision;
      reason: string | null;
      decidedBy: string;
    }): Promise<void> {
      await db.transaction(async (trx) => {
        const row = (await trx(table(input.kind)).where({ id: input.subjectId }).forUpdate().first()) as
          { status: string; providerId: string } | undefined;
        if (!row || row.status !== 'pending') return;
        if (input.kind === 'rib' && input.decision === 'approved') {
          // The details in force until now step aside: only one approved row per provider.
          await trx('bank_details')
            .where({ providerId: row.providerId, status: 'approved' })
            .update({ status: 'superseded' });
        }
        await trx(table(input.kind))
          .where({ id: input.subjectId })
          .update({
            status: input.decision,
            reason: input.decision === 'rejected' ? input.reason : null,
            decidedBy: input.decidedBy,
            decidedAt: trx.fn.now(),
          });
      });
    },
  };
}
