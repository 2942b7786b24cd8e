import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // The childminder's identification (« Signalétique ») and their three ONE contacts.
  // Personal numbers are stored encrypted, with a keyed fingerprint for exact lookups.
  await knex.schema.alterTable('providers', (t) => {
    t.text('email');
    t.text('mobile');
    t.text('bce_encrypted');
    t.text('niss_encrypted');
    t.text('niss_fingerprint').unique();
    t.text('agent_conseil_id').references('users.id');
    t.text('referent_accueil_id').references('users.id');
    t.text('referent_sante_id').references('users.id');
    t.index(['agent_conseil_id']);
  });

  await knex.schema.alterTable('users', (t) => {
    t.text('first_name');
    t.text('last_name');
    t.text('phone');
    // 'password' until the account is converted; then 'strong' only (CSAM: eID, itsme, BOSA).
    t.text('login_method').notNullable().defaultTo('password');
    t.text('password_hash');
    t.integer('failed_login_count').notNullable().defaultTo(0);
    t.timestamp('locked_until', { useTz: true });
    t.text('niss_fingerprint').unique();
    t.text('oidc_subject').unique();
    t.timestamp('converted_at', { useTz: true });
  });
  await knex.raw(
    `alter table users add constraint users_login_method check (login_method in ('password', 'strong'))`,
  );

  // Server-side sessions: the cookie holds a random token, the table its hash.
  await knex.schema.createTable('sessions', (t) => {
    t.text('id').primary();
    t.text('user_id').notNullable().references('users.id');
    t.text('login_method').notNullable();
    t.text('csrf_token').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('ended_at', { useTz: true });
    t.text('end_reason');
    t.index(['user_id']);
  });

  // The audit trail: who read or changed which personal data, when, how they had logged in;
  // refused attempts too. Append-only: the database itself refuses updates and deletes.
  await knex.schema.createTable('audit_events', (t) => {
    t.bigIncrements('id').primary();
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('actor_id');
    t.text('actor_name');
    t.specificType('actor_roles', 'text[]');
    t.text('login_method');
    t.text('action').notNullable();
    t.text('outcome').notNullable().defaultTo('allowed');
    t.text('subject_type').notNullable();
    t.text('subject_id');
    t.text('provider_id');
    t.uuid('case_id');
    t.specificType('fields', 'text[]');
    t.jsonb('changes');
    t.text('reason');
    t.text('request_id');
    t.index(['provider_id', 'at']);
    t.index(['case_id', 'at']);
    t.index(['actor_id', 'at']);
  });
  await knex.raw(`
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only';
    end $$;
    create trigger audit_events_no_update before update or delete on audit_events
      for each row execute function audit_events_append_only();
    create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_append_only();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger if exists audit_events_no_truncate on audit_events');
  await knex.raw('drop trigger if exists audit_events_no_update on audit_events');
  await knex.raw('drop function if exists audit_events_append_only()');
  await knex.schema.dropTable('audit_events');
  await knex.schema.dropTable('sessions');
  await knex.raw('alter table users drop constraint users_login_method');
  await knex.schema.alterTable('users', (t) => {
    for (const c of [
      'first_name',
      'last_name',
      'phone',
      'login_method',
      'password_hash',
      'failed_login_count',
      'locked_until',
      'niss_fingerprint',
      'oidc_subject',
      'converted_at',
    ])
      t.dropColumn(c);
  });
  await knex.schema.alterTable('providers', (t) => {
    for (const c of [
      'email',
      'mobile',
      'bce_encrypted',
      'niss_encrypted',
      'niss_fingerprint',
      'agent_conseil_id',
      'referent_accueil_id',
      'referent_sante_id',
    ])
      t.dropColumn(c);
  });
}
