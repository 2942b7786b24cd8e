import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // A case may concern someone who is not a childminder: a question to the helpdesk from an ONE
  // agent, or from a person who cannot log in (no account at all). Such a case has no provider,
  // and may have no opener among the users; the procedure's details name the person.
  await knex.schema.alterTable('cases', (t) => {
    t.text('provider_id').nullable().alter();
    t.text('opened_by').nullable().alter();
    t.index(['opened_by', 'opened_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (t) => {
    t.dropIndex(['opened_by', 'opened_at']);
  });
}
