import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // The basic subsidy level (« subside de base ») ONE granted the place: ACTE is open from level 1.
  await knex.schema.alterTable('providers', (t) => {
    t.integer('subsidy_level');
  });

  // ACTE (seed chapter 14): the signed charter, once per provider; signing again changes nothing.
  await knex.schema.createTable('acte_charters', (t) => {
    t.text('provider_id').primary().references('providers.id');
    t.uuid('case_id').notNullable();
    t.timestamp('signed_at', { useTz: true }).notNullable();
    t.text('signed_by').notNullable().references('users.id');
  });

  // The ecological action plan of each year: themes, self-diagnosis, chosen actions. The provider
  // drafts it here; submitting it and the ACTE team's decision go through the case's workflow.
  await knex.schema.createTable('acte_plans', (t) => {
    t.text('provider_id').notNullable().references('providers.id');
    t.integer('year').notNullable();
    t.jsonb('content').notNullable();
    t.text('status').notNullable().defaultTo('draft');
    t.text('comment');
    t.jsonb('review');
    t.timestamp('submitted_at', { useTz: true });
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('reviewed_at', { useTz: true });
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['provider_id', 'year']);
  });
  await knex.raw(
    `alter table acte_plans add constraint acte_plans_status check (status in ('draft', 'submitted', 'changes_requested', 'validated'))`,
  );

  // Batches of SEPA credit transfers the agent_subsides releases. The file names the accounts
  // paid, so it is kept encrypted like every IBAN.
  await knex.schema.createTable('payment_batches', (t) => {
    t.uuid('id').primary();
    t.text('message_id').notNullable().unique();
    t.date('execution_date').notNullable();
    t.integer('count').notNullable();
    t.bigInteger('total_cents').notNullable();
    t.text('file_encrypted').notNullable();
    t.text('released_by').notNullable().references('users.id');
    t.timestamp('released_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  // Subsidies due and paid (« Mes subsides »). One row per provider, scheme and year: its
  // idempotency key is the transfer's EndToEndId, so no retry ever pays twice.
  await knex.schema.createTable('subsidy_payments', (t) => {
    t.uuid('id').primary();
    t.text('provider_id').notNullable().references('providers.id');
    t.uuid('case_id').notNullable();
    t.text('scheme').notNullable();
    t.integer('year').notNullable();
    t.integer('places').notNullable();
    t.bigInteger('amount_cents').notNullable();
    t.text('idempotency_key').notNullable().unique();
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.text('status').notNullable().defaultTo('waiting_bank_details');
    t.uuid('bank_details_id').references('bank_details.id');
    t.uuid('batch_id').references('payment_batches.id');
    t.date('paid_on');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['provider_id', 'scheme', 'year']);
    t.index(['status']);
  });
  await knex.raw(
    `alter table subsidy_payments add constraint subsidy_payments_status check (status in ('waiting_bank_details', 'ready', 'released'))`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('subsidy_payments');
  await knex.schema.dropTable('payment_batches');
  await knex.schema.dropTable('acte_plans');
  await knex.schema.dropTable('acte_charters');
  await knex.schema.alterTable('providers', (t) => {
    t.dropColumn('subsidy_level');
  });
}
