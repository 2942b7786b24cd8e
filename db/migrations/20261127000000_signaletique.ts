import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Every section of the « Signalétique ». What parents may search on MY.ONE has columns of its
  // own; the rest of a section is one JSON value, checked as a whole by the API's schema.
  await knex.schema.alterTable('providers', (t) => {
    t.boolean('visible_on_myone').notNullable().defaultTo(false);
    t.text('website');
    t.text('facebook');
    t.text('street');
    t.text('street_number');
    t.text('box');
    t.jsonb('postal_address');
    t.text('emergency_mobile');
    t.jsonb('coaccueil');
    // The co-accueillant·e's national register number, encrypted like the provider's own.
    t.text('coaccueil_niss_encrypted');
    t.jsonb('opening_hours');
    t.text('availability_status');
    t.date('availability_from');
    t.jsonb('unavailability_periods');
    t.jsonb('qualities');
    t.jsonb('groups');
    // Places the authorisation grants (« Mon autorisation »): shown, not edited, here.
    t.integer('capacity');
    t.text('flash_accueil');
    t.timestamp('signaletique_submitted_at', { useTz: true });
    t.index(['visible_on_myone', 'postcode']);
  });

  // Uploaded files (bank statements, photos, pedagogical project): stored under a name the
  // server makes, with the type read from the content; the person's file name is only shown.
  await knex.schema.createTable('files', (t) => {
    t.uuid('id').primary();
    t.text('provider_id').notNullable().references('providers.id');
    t.text('purpose').notNullable();
    t.text('content_type').notNullable();
    t.integer('size').notNullable();
    t.binary('content').notNullable();
    t.text('display_name').notNullable();
    t.text('uploaded_by').notNullable().references('users.id');
    t.timestamp('uploaded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['provider_id', 'purpose']);
  });
  await knex.schema.alterTable('providers', (t) => {
    t.uuid('project_file_id').references('files.id');
  });

  // Bank details: each submission, its statement and the agent's decision. Only an approved row
  // is ever used to pay; the previous approved one stays in force until a newer is approved.
  await knex.schema.createTable('bank_details', (t) => {
    t.uuid('id').primary();
    t.text('provider_id').notNullable().references('providers.id');
    t.uuid('case_id');
    t.text('iban_encrypted').notNullable();
    t.text('iban_last4').notNullable();
    t.text('bic').notNullable();
    t.text('holder').notNullable();
    t.uuid('file_id').notNullable().references('files.id');
    t.text('status').notNullable();
    t.text('reason');
    t.text('submitted_by').notNullable().references('users.id');
    t.timestamp('submitted_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('decided_by').references('users.id');
    t.timestamp('decided_at', { useTz: true });
    t.index(['provider_id', 'status']);
  });
  await knex.raw(
    `alter table bank_details add constraint bank_details_status check (status in ('pending', 'approved', 'rejected', 'replaced', 'superseded'))`,
  );
  await knex.raw(
    `create unique index bank_details_one_approved on bank_details (provider_id) where status = 'approved'`,
  );

  await knex.schema.createTable('photos', (t) => {
    t.uuid('id').primary();
    t.text('provider_id').notNullable().references('providers.id');
    t.uuid('case_id');
    t.uuid('file_id').notNullable().references('files.id');
    t.text('status').notNullable();
    t.text('reason');
    t.text('decided_by').references('users.id');
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('uploaded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['provider_id', 'status']);
  });
  await knex.raw(
    `alter table photos add constraint photos_status check (status in ('pending', 'approved', 'rejected', 'removed'))`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('photos');
  await knex.schema.dropTable('bank_details');
  await knex.schema.alterTable('providers', (t) => {
    t.dropColumn('project_file_id');
  });
  await knex.schema.dropTable('files');
  await knex.schema.alterTable('providers', (t) => {
    for (const c of [
      'visible_on_myone',
      'website',
      'facebook',
      'street',
      'street_number',
      'box',
      'postal_address',
      'emergency_mobile',
      'coaccueil',
      'coaccueil_niss_encrypted',
      'opening_hours',
      'availability_status',
      'availability_from',
      'unavailability_periods',
      'qualities',
      'groups',
      'capacity',
      'flash_accueil',
      'signaletique_submitted_at',
    ])
      t.dropColumn(c);
  });
}
