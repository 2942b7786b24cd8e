import type { Context } from 'koa';
import type { Knex } from 'knex';
import { record } from './ability';
import { recordDenied } from './audit';
import { notFound } from './errors';
import { requireUser } from './current-user';

/** A childminder's row (`providers`), as the routes that show or change her data read it. */
export type ProviderRow = Record<string, unknown> & {
  id: string;
  firstName: string;
  lastName: string;
  subregionCode: string;
  agentConseilId: string | null;
  email: string | null;
  mobile: string | null;
  nissEncrypted: string | null;
  bceEncrypted: string | null;
};

/** What a rule on a provider looks at. */
export function providerSubject(p: Pick<ProviderRow, 'id' | 'subregionCode' | 'agentConseilId'>) {
  return record('Provider', { id: p.id, subregionCode: p.subregionCode, agentConseilId: p.agentConseilId });
}

export async function loadProvider(db: Knex, id: string): Promise<ProviderRow | undefined> {
  return db('providers').where({ id }).first() as Promise<ProviderRow | undefined>;
}

/**
 * The provider (the whole row) and its CASL subject, if this person may read them; otherwise a
 * refusal recorded in the audit trail under `subjectType` and a 404.
 */
export async function findReadableProvider(
  db: Knex,
  ctx: Context,
  id: string,
  subjectType: string,
  fields: string[],
) {
  const { user, ability } = requireUser(ctx);
  const provider = (await db('providers').where({ id }).first()) as ProviderRow | undefined;
  if (!provider || !ability.can('read', providerSubject(provider))) {
    await recordDenied(ctx, { subjectType, subjectId: id, providerId: provider ? id : null, fields });
    throw notFound('Cet·te accueillant·e');
  }
  return { user, ability, provider, subject: providerSubject(provider) };
}
