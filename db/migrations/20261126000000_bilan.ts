import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // A campaign of bilans de fonctionnement, e.g. « Bilan Général 2024 - 2025 ». Opening it starts
  // one bilan workflow per provider in scope; `processed_count` follows that work.
  await knex.schema.createTable('campaigns', (t) => {
    t.text('id').primary();
    t.text('title').notNullable().unique();
    t.timestamp('starts_at', { useTz: true }).notNullable();
    t.timestamp('deadline', { useTz: true }).notNullable();
    t.text('subregion_code').references('subregions.code');
    t.text('status').notNullable().defaultTo('opening');
    t.integer('provider_count').notNullable().defaultTo(0);
    t.integer('processed_count').notNullable().defaultTo(0);
    t.text('created_by').notNullable().references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('opened_at', { useTz: true });
  });
  await knex.raw(
    `alter table campaigns add constraint campaigns_status check (status in ('opening', 'open'))`,
  );

  await knex.schema.alterTable('cases', (t) => {
    t.text('campaign_id').references('campaigns.id');
    t.index(['campaign_id']);
  });

  // The provider's work on a bilan: data, not steps. The workflow decides when it may change
  // (its stage is projected in cases.details); hand-overs and sending go through the workflow.
  await knex.schema.createTable('bilan_assessments', (t) => {
    t.uuid('case_id').notNullable().references('cases.id');
    t.text('category').notNullable();
    t.text('rating');
    t.text('findings');
    t.text('updated_by').notNullable().references('users.id');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['case_id', 'category']);
  });

  await knex.schema.createTable('bilan_objectives', (t) => {
    t.uuid('id').primary();
    t.uuid('case_id').notNullable().references('cases.id');
    t.text('theme').notNullable();
    t.text('title').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['case_id', 'created_at']);
  });

  await knex.schema.createTable('bilan_actions', (t) => {
    t.uuid('id').primary();
    t.uuid('case_id').notNullable().references('cases.id');
    // An objective with actions cannot be removed: the plan would lose what it answers.
    t.uuid('objective_id').notNullable().references('bilan_objectives.id').onDelete('RESTRICT');
    t.text('description').notNullable();
    t.text('responsible').notNullable();
    t.date('due_date').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['case_id', 'created_at']);
  });

  // Private working documents: only the provider's own team reads them, never an ONE agent.
  await knex.schema.createTable('bilan_documents', (t) => {
    t.uuid('id').primary();
    t.uuid('case_id').notNullable().references('cases.id');
    t.text('provider_id').notNullable().references('providers.id');
    t.text('name').notNullable();
    t.text('content_type').notNullable();
    t.integer('size').notNullable();
    t.binary('content').notNullable();
    t.text('uploaded_by').notNullable().references('users.id');
    t.timestamp('uploaded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['case_id', 'uploaded_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('bilan_documents');
  await knex.schema.dropTable('bilan_actions');
  await knex.schema.dropTable('bilan_objectives');
  await knex.schema.dropTable('bilan_assessments');
  await knex.schema.alterTable('cases', (t) => {
    t.dropColumn('campaign_id');
  });
  await knex.schema.dropTable('campaigns');
}
