/**
 * A worker process, for production: runs the workflows and activities of the task queue.
 * Scale by starting more of them; each one's workflow cache is bounded (MAX_CACHED_WORKFLOWS).
 */
import fs from 'node:fs';
import { NativeConnection, Runtime, makeTelemetryFilterString, DefaultLogger } from '@temporalio/worker';
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../common/node/config';
import { CASE_SEARCH_ATTRIBUTES } from '../common/search-attributes';
import { ensureNamespaceRetention, ensureSearchAttributes } from '../runtime/temporal-dev-server';
import { createDb } from '../db';
import { createWorker } from './create-worker';
import { ensureMailSchedules } from './schedules';

async function main() {
  const config = loadConfig();
  if (!config.database.url || !config.temporal.address)
    throw new Error('DATABASE_URL and TEMPORAL_ADDRESS are required');
  Runtime.install({
    logger: new DefaultLogger('INFO'),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }) } },
  });
  // The cases' search attributes and a long retention, on whatever server this is.
  const admin = await Connection.connect({ address: config.temporal.address });
  await ensureSearchAttributes(admin, config.temporal.namespace, CASE_SEARCH_ATTRIBUTES);
  await ensureNamespaceRetention(admin, config.temporal.namespace, 3650);
  // Opening a campaign starts bilan workflows from an activity: it needs a client.
  const client = new Client({ connection: admin, namespace: config.temporal.namespace });
  const db = createDb(config.database.url);
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  // A bundle built ahead (`npm run build:workflows`, done in the image) spares the start-up bundling.
  const bundlePath = process.env.WORKFLOW_BUNDLE_PATH;
  const worker = await createWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    db,
    client,
    workflowBundle: bundlePath ? { code: fs.readFileSync(bundlePath, 'utf8') } : undefined,
    maxCachedWorkflows: Number(process.env.MAX_CACHED_WORKFLOWS || 1000),
  });
  await ensureMailSchedules(client, config, config.temporal.taskQueue);
  await worker.run(); // returns after SIGINT/SIGTERM, once in-flight tasks are done
  await connection.close();
  await admin.close();
  await db.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
