import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('subregions', (t) => {
    t.text('code').primary();
    t.text('name').notNullable();
  });

  await knex.schema.createTable('providers', (t) => {
    t.text('id').primary();
    t.text('first_name').notNullable();
    t.text('last_name').notNullable();
    t.text('subregion_code').notNullable().references('subregions.code');
    t.text('city').notNullable();
    t.text('postcode').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['subregion_code']);
  });

  await knex.schema.createTable('users', (t) => {
    t.text('id').primary();
    t.text('display_name').notNullable();
    t.text('email').notNullable().unique();
    t.specificType('roles', 'text[]').notNullable();
    t.text('subregion_code').references('subregions.code');
    t.text('provider_id').references('providers.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  // Read model of the cases. The workflow is the source of truth; activities project its
  // snapshots here, guarded by `version` so a late retry never overwrites a newer state.
  await knex.schema.createTable('cases', (t) => {
    t.uuid('id').primary();
    t.text('procedure').notNullable();
    t.text('provider_id').notNullable().references('providers.id');
    t.text('workflow_id').notNullable();
    t.text('run_id').notNullable();
    t.text('status').notNullable();
    t.jsonb('details').notNullable();
    t.jsonb('outcome');
    t.text('opened_by').notNullable().references('users.id');
    t.timestamp('opened_at', { useTz: true }).notNullable();
    t.timestamp('closed_at', { useTz: true });
    t.integer('version').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['procedure', 'status', 'opened_at']);
    t.index(['provider_id', 'opened_at']);
    t.index(['status', 'opened_at']);
  });
  // At most one open case per business key, whatever happens upstream.
  await knex.raw(
    `create unique index cases_one_open_per_workflow on cases (workflow_id) where status = 'open'`,
  );

  await knex.schema.createTable('tasks', (t) => {
    t.text('id').primary();
    t.uuid('case_id').notNullable().references('cases.id');
    t.text('kind').notNullable();
    t.text('title').notNullable();
    t.text('candidate_role').notNullable();
    t.text('assignee_id').references('users.id');
    t.text('status').notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('completed_at', { useTz: true });
    t.text('completed_by').references('users.id');
    t.jsonb('outcome');
    t.timestamp('escalated_at', { useTz: true });
    t.integer('version').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['candidate_role', 'status', 'due_at']);
    t.index(['assignee_id', 'status', 'due_at']);
    t.index(['case_id']);
  });

  await knex.schema.createTable('notifications', (t) => {
    t.bigIncrements('id').primary();
    // Idempotency key: a retried activity never notifies twice.
    t.text('key').notNullable().unique();
    t.text('recipient_role');
    t.text('provider_id').references('providers.id');
    t.uuid('case_id').references('cases.id');
    t.text('message').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['recipient_role', 'created_at']);
    t.index(['provider_id', 'created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('notifications');
  await knex.schema.dropTable('tasks');
  await knex.schema.dropTable('cases');
  await knex.schema.dropTable('users');
  await knex.schema.dropTable('providers');
  await knex.schema.dropTable('subregions');
}
