import path from 'node:path';
import knex, { type Knex } from 'knex';
import { Model, knexSnakeCaseMappers } from 'objection';

export type Db = Knex;

/** One pool for the process; Objection models are bound to it. */
export function createDb(url: string, opts: { poolMax?: number } = {}): Db {
  const db = knex({
    client: 'pg',
    connection: url,
    pool: { min: 0, max: opts.poolMax ?? 10 },
    acquireConnectionTimeout: 10_000,
    ...knexSnakeCaseMappers(),
  });
  Model.knex(db);
  return db;
}

export async function migrateLatest(db: Db): Promise<string[]> {
  const [, applied] = (await db.migrate.latest({
    directory: path.join(__dirname, 'migrations'),
    loadExtensions: ['.ts'],
  })) as [number, string[]];
  return applied;
}
