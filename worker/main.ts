/**
 * A worker process, for production: runs the workflows and activities of the task queue.
 * Scale by starting more of them; each one's workflow cache is bounded (MAX_CACHED_WORKFLOWS).
 */
import { NativeConnection, Runtime, makeTelemetryFilterString, DefaultLogger } from '@temporalio/worker';
import { loadConfig } from '../common/config';
import { createDb } from '../db';
import { createWorker } from './create-worker';

async function main() {
  const config = loadConfig();
  if (!config.database.url || !config.temporal.address) throw new Error('DATABASE_URL and TEMPORAL_ADDRESS are required');
  Runtime.install({
    logger: new DefaultLogger('INFO'),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }) } },
  });
  const db = createDb(config.database.url);
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  const worker = await createWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    db,
    maxCachedWorkflows: Number(process.env.MAX_CACHED_WORKFLOWS || 1000),
  });
  await worker.run(); // returns after SIGINT/SIGTERM, once in-flight tasks are done
  await connection.close();
  await db.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
