import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // The Flash accueil, ONE's newsletter to childminders: one row per issue, written by the
  // coordination. A draft may be edited; « Envoyer » moves it to `sending`, and the issue's
  // workflow (`flash-<id>`) queues one mail per childminder who chose to receive it by e-mail, a
  // page at a time, recording its progress here, then marks it `sent`. The text of a sent issue
  // never changes: what was mailed is what the childminders read in the application.
  await knex.schema.createTable('flash_issues', (t) => {
    t.uuid('id').primary();
    t.text('title').notNullable();
    // Plain text; paragraphs are separated by an empty line.
    t.text('body').notNullable();
    t.text('status').notNullable().defaultTo('draft');
    // Counted when sending starts: childminders reached by e-mail, and by post (the postal list).
    t.integer('recipient_count').notNullable().defaultTo(0);
    t.integer('postal_count').notNullable().defaultTo(0);
    // Childminders whose mail is queued so far: the coordination's progress bar.
    t.integer('processed_count').notNullable().defaultTo(0);
    t.text('created_by').notNullable().references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('updated_by').notNullable().references('users.id');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // Who pressed « Envoyer », and when: the date for the childminders.
    t.text('sent_by').references('users.id');
    t.timestamp('sent_at', { useTz: true });
    // When the last mail was queued (the status became `sent`).
    t.timestamp('queued_at', { useTz: true });
    t.index(['status', 'sent_at']);
    t.index(['created_at']);
  });
  await knex.raw(
    `alter table flash_issues add constraint flash_issues_status check (status in ('draft', 'sending', 'sent'))`,
  );
  await knex.raw(
    `alter table flash_issues add constraint flash_issues_sent check (status = 'draft' or (sent_by is not null and sent_at is not null))`,
  );

  // The PDF, at most one: checked like every upload (type read from its bytes, 5 Mo), kept
  // under the id, served after a permission check. Its name is only shown.
  await knex.schema.createTable('flash_issue_pdfs', (t) => {
    t.uuid('issue_id').primary().references('flash_issues.id').onDelete('CASCADE');
    t.text('content_type').notNullable();
    t.integer('size').notNullable();
    t.binary('content').notNullable();
    t.text('display_name').notNullable();
    t.text('uploaded_by').notNullable().references('users.id');
    t.timestamp('uploaded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  // Who receives the Flash accueil by e-mail, paged by id: the workflow walks this index.
  await knex.raw(
    `create index providers_flash_by_email on providers (id) where flash_accueil in ('email', 'both')`,
  );
  // Each of them is mailed at her login's address when her signalétique has none: found by provider.
  await knex.raw('create index if not exists users_by_provider on users (provider_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists users_by_provider');
  await knex.raw('drop index if exists providers_flash_by_email');
  await knex.schema.dropTable('flash_issue_pdfs');
  await knex.schema.dropTable('flash_issues');
}
