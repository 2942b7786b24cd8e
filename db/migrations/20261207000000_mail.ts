import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Every message that leaves the application. One row per message and recipient, keyed by the
  // business key of what it says (a notice, a digest of a day, an issue of the Flash accueil, a
  // password reset): the same key never makes a second message, and its Message-ID is derived
  // from it. The row holds the template and its parameters, never a national register number or
  // an IBAN; the message is rendered when it is sent.
  await knex.schema.createTable('mail_messages', (t) => {
    t.uuid('id').primary();
    t.text('key').notNullable().unique();
    t.text('message_id').notNullable().unique();
    t.text('template').notNullable();
    t.jsonb('params').notNullable();
    t.text('recipient_user_id').references('users.id');
    t.text('recipient_provider_id').references('providers.id');
    t.text('to_address').notNullable();
    t.text('to_name').notNullable();
    t.uuid('case_id');
    // pending → sent, or undeliverable once MAIL_GIVE_UP_AFTER has passed (the coordination sees it).
    t.text('status').notNullable().defaultTo('pending');
    t.integer('attempts').notNullable().defaultTo(0);
    // Sent again by the coordination after it was undeliverable: each resend has its own workflow.
    t.integer('resends').notNullable().defaultTo(0);
    t.text('last_error');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('sent_at', { useTz: true });
    t.timestamp('undeliverable_at', { useTz: true });
    t.index(['status', 'created_at']);
    t.index(['recipient_user_id', 'created_at']);
  });
  await knex.raw(
    `alter table mail_messages add constraint mail_messages_status check (status in ('pending', 'sent', 'undeliverable'))`,
  );

  // How an agent hears of the work of their scope: a mail per notice, or one digest a working day.
  await knex.schema.alterTable('users', (t) => {
    t.text('mail_frequency').notNullable().defaultTo('immediate');
  });
  await knex.raw(
    `alter table users add constraint users_mail_frequency check (mail_frequency in ('immediate', 'daily'))`,
  );

  // A notice for one person (a task handed to them), beside those for a team or a provider.
  await knex.schema.alterTable('notifications', (t) => {
    t.text('recipient_user_id').references('users.id');
    t.index(['recipient_user_id', 'created_at']);
  });

  // « Mot de passe oublié ? »: single-use links. The token itself is never stored, only its hash.
  await knex.schema.createTable('password_resets', (t) => {
    t.uuid('id').primary();
    t.text('user_id').notNullable().references('users.id');
    t.text('token_hash').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.text('request_ip_hash');
    t.index(['user_id', 'created_at']);
    t.index(['created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('password_resets');
  await knex.schema.alterTable('notifications', (t) => {
    t.dropColumn('recipient_user_id');
  });
  await knex.raw('alter table users drop constraint users_mail_frequency');
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('mail_frequency');
  });
  await knex.schema.dropTable('mail_messages');
}
