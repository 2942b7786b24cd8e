import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Procedure 7, the helpdesk: what a request holds beyond its case (`cases`, written by its
  // workflow). The person's own words, her address and her attachments live here only, never in
  // the workflow's history nor in the logs.
  await knex.schema.createTable('helpdesk_requests', (t) => {
    t.uuid('case_id').primary();
    // The form's Idempotency-Key, scoped to who sent it: a double click is one request.
    t.text('request_key').notNullable().unique();
    // Who asked: a user, or someone without an account (`user_id` null, name and address given).
    t.text('user_id').references('users.id');
    t.text('provider_id').references('providers.id');
    t.text('display_name').notNullable();
    // Where the answer goes for someone without an account; null for a user (her account's).
    t.text('email');
    t.text('subject').notNullable();
    t.text('description').notNullable();
    // Someone without an account reads and replies through a link: only the hash of its secret.
    t.text('access_id').unique();
    t.text('access_hash').unique();
    // Anti-abuse counts: a keyed fingerprint of the address the request came from, never the address.
    t.text('ip_hash');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['user_id', 'created_at']);
    t.index(['ip_hash', 'created_at']);
  });
  await knex.raw(
    `create index helpdesk_requests_email_created on helpdesk_requests (lower(email), created_at) where email is not null`,
  );
  await knex.raw(
    `alter table helpdesk_requests add constraint helpdesk_requests_who check (user_id is not null or (email is not null and access_hash is not null))`,
  );

  // What the person writes after her request: details asked for, a reopening, « ça m’a aidé ».
  await knex.schema.createTable('helpdesk_messages', (t) => {
    t.uuid('id').primary();
    t.uuid('case_id').notNullable().references('helpdesk_requests.case_id');
    t.text('action').notNullable();
    t.text('body');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['case_id', 'created_at']);
  });
  await knex.raw(
    `alter table helpdesk_messages add constraint helpdesk_messages_action check (action in ('reply', 'reopen', 'helped'))`,
  );

  // Screenshots and documents sent with a request: type read from their bytes, size bounded.
  await knex.schema.createTable('helpdesk_attachments', (t) => {
    t.uuid('id').primary();
    t.uuid('case_id').notNullable().references('helpdesk_requests.case_id');
    t.text('content_type').notNullable();
    t.integer('size').notNullable();
    t.binary('content').notNullable();
    t.text('display_name').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['case_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('helpdesk_attachments');
  await knex.schema.dropTable('helpdesk_messages');
  await knex.schema.dropTable('helpdesk_requests');
}
