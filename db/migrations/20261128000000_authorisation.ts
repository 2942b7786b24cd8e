import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // « Mon autorisation »: the authorisation of the childcare place, one per provider. Its status
  // changes only through the adaptation workflow (suspended, granted again, withdrawn).
  await knex.schema.createTable('authorisations', (t) => {
    t.text('provider_id').primary().references('providers.id');
    t.text('status').notNullable().defaultTo('granted');
    t.date('authorised_on');
    t.text('place');
    t.integer('capacity');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(
    `alter table authorisations add constraint authorisations_status check (status in ('granted', 'suspended', 'withdrawn'))`,
  );

  // Its history: each change, from which day, by which case. A retried activity adds nothing twice.
  await knex.schema.createTable('authorisation_events', (t) => {
    t.bigIncrements('id');
    t.text('provider_id').notNullable().references('providers.id');
    t.text('status').notNullable();
    t.date('effective_on').notNullable();
    t.uuid('case_id');
    t.text('note');
    t.text('event_key').notNullable().unique();
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['provider_id', 'at']);
  });

  // Decision letters (PDF), generated once per decision: the id is derived from the case and the
  // kind, so a retried activity finds the letter already there.
  await knex.schema.createTable('decision_documents', (t) => {
    t.uuid('id').primary();
    t.text('provider_id').notNullable().references('providers.id');
    t.uuid('case_id');
    t.text('kind').notNullable();
    t.text('title').notNullable();
    t.binary('content').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['provider_id', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('decision_documents');
  await knex.schema.dropTable('authorisation_events');
  await knex.schema.dropTable('authorisations');
}
