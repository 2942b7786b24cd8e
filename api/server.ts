/**
 * The API alone, for production: PostgreSQL at DATABASE_URL, Temporal at TEMPORAL_ADDRESS.
 * Stateless, so run as many as the load needs behind a load balancer.
 */
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../common/node/config';
import { createLogger } from '../common/node/logger';
import { createDb } from '../db';
import { createApp } from './app';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'pro-one-api');
  if (!config.database.url || !config.temporal.address)
    throw new Error('DATABASE_URL and TEMPORAL_ADDRESS are required');
  const db = createDb(config.database.url);
  const connection = await Connection.connect({ address: config.temporal.address });
  const client = new Client({ connection, namespace: config.temporal.namespace });
  const server = createApp({ db, temporal: client, config, logger }).listen(
    config.http.port,
    config.http.host,
    () => logger.info({ port: config.http.port }, 'API listening'),
  );
  const stop = () => {
    server.close(() => void Promise.all([db.destroy(), connection.close()]).then(() => process.exit(0)));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
