import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { Config } from '../common/node/config';

/** What the API needs from the outside world; passed in, so tests use the real things. */
export interface ApiDeps {
  db: Knex;
  temporal: Client;
  config: Config;
  logger: Logger;
}
