import type { Knex } from 'knex';

/**
 * The supervisor's case list (`GET /api/cases`, every case, newest first, 200 at most) read all
 * of `cases` and sorted it: no index led with `opened_at`. Found by `npm run bench` (item 3).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (t) => {
    t.index(['opened_at'], 'cases_opened_at_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (t) => {
    t.dropIndex(['opened_at'], 'cases_opened_at_index');
  });
}
