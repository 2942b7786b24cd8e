import { createPersonalDataCipher } from '../../common/node/personal-data';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Runtime, DefaultLogger, type Worker, type WorkflowBundle } from '@temporalio/worker';
import { loadConfig, type Config } from '../../common/node/config';
import { createLogger } from '../../common/node/logger';
import { CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS } from '../../common/search-attributes';
import { createDb, migrateLatest, type Db } from '../../db';
import { DEMO_USERS, seedDemo } from '../../db/seeds/demo';
import { identitiesOf, startDevOidcProvider, type DevOidcProvider } from '../../runtime/oidc-dev-provider';
import { createApp } from '../../api/app';
import { bundleWorkflows, createWorker } from '../../worker/create-worker';
import { ensureTemporalCli } from '../../runtime/temporal-cli';
import { startEmbeddedPostgres } from '../../runtime/embedded-postgres';
import { DEV_SERVER_DYNAMIC_CONFIG } from '../../runtime/temporal-dev-server';
import { startMailCatcher, type MailCatcher } from '../../runtime/mail-catcher';
import { mailSettingsOf } from '../../common/node/config';
import { ensureMailSchedules } from '../../worker/schedules';

/**
 * The real parts every integration test shares, started once per run: PostgreSQL (embedded, or
 * TEST_DATABASE_URL), the Temporal dev server (the CLI binary the project provisions), one worker
 * with the real activities, and the API on a free port.
 */
export interface TestSystem {
  config: Config;
  db: Db;
  env: TestWorkflowEnvironment;
  bundle: WorkflowBundle;
  taskQueue: string;
  baseUrl: string;
  /** The local OpenID provider standing in for CSAM; tests add the people they create. */
  oidc: DevOidcProvider;
  /** The mail catcher (MailDev) every message of the run is sent to; read through its API. */
  mail: MailCatcher;
  /** Everything the API has logged so far (pino JSON lines, level debug). */
  logs(): string;
  /** Starts another worker on its own task queue (e.g. to play a story with other durations). */
  stop(): Promise<void>;
}

let shared: Promise<TestSystem> | undefined;

export function testSystem(): Promise<TestSystem> {
  shared ??= start();
  return shared;
}

/** The shared system if this run started it, without starting it. */
export async function runningTestSystem(): Promise<TestSystem | undefined> {
  return shared?.catch(() => undefined);
}

export async function stopTestSystem(): Promise<void> {
  const running = await shared?.catch(() => undefined);
  if (running) await running.stop();
  shared = undefined;
}

function progress(line: string): void {
  process.stderr.write(`  [setup] ${line}\n`);
}

async function start(): Promise<TestSystem> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pro-one-test-'));
  fs.chmodSync(tmp, 0o755); // as root, PostgreSQL runs as its own user and must reach its data dir
  const stops: Array<() => Promise<void>> = [];
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATA_DIR: tmp,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  });
  config.temporal.taskQueue = `test-${process.pid}`;

  Runtime.install({ logger: new DefaultLogger('WARN') });

  let dbUrl = process.env.TEST_DATABASE_URL;
  if (!dbUrl) {
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(tmp, 'postgres'),
      port: 15432 + (process.pid % 1000),
      database: 'pro_one_test',
      log: progress,
    });
    stops.push(() => pg.stop());
    dbUrl = pg.url;
  }
  const db = createDb(dbUrl);
  stops.push(() => db.destroy());
  await migrateLatest(db);
  await seedDemo(db, createPersonalDataCipher(config.personalDataKey));

  // Real SMTP to a real catcher; messages retry every few seconds here, not minutes.
  const mail = await startMailCatcher({
    smtpPort: 11025 + (process.pid % 1000),
    webPort: 12080 + (process.pid % 1000),
    mailDir: path.join(tmp, 'mail'),
  });
  stops.push(() => mail.stop());
  config.mail.smtpUrl = mail.smtpUrl;
  config.mail.retryMaxInterval = '2 seconds';

  const cliPath = await ensureTemporalCli({
    cacheDir: config.cacheDir,
    explicitPath: config.temporal.cliPath,
    log: progress,
  });
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: cliPath },
      ip: '127.0.0.1',
      searchAttributes: [CASE_PROCEDURE, CASE_PROVIDER_ID, CASE_STATUS],
      extraArgs: ['--sqlite-pragma', 'journal_mode=wal', ...DEV_SERVER_DYNAMIC_CONFIG],
    },
  });
  stops.push(() => env.teardown());
  config.temporal.namespace = env.namespace ?? 'default';

  // Links in messages point at the API under test (its port is known only later): the worker
  // reads the public address when it renders a message.
  const mailSettings = mailSettingsOf(config);
  progress('bundling workflows');
  const bundle = await bundleWorkflows();
  const worker: Worker = await createWorker({
    connection: env.nativeConnection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    db,
    client: env.client,
    workflowBundle: bundle,
    mail: mailSettings,
  });
  const running = worker.run();
  await ensureMailSchedules(env.client, config, config.temporal.taskQueue);
  stops.push(async () => {
    worker.shutdown();
    await running;
  });

  // The API logs at debug level into memory, so tests can search them (e.g. for personal data).
  const logLines: string[] = [];
  const echo = process.env.LOG_LEVEL && process.env.LOG_LEVEL !== 'silent';
  const logger = createLogger('debug', 'pro-one', {
    write: (line: string) => {
      logLines.push(line);
      if (echo) process.stderr.write(line);
    },
  });
  const app = createApp({ db, temporal: env.client, config, logger });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  // The strong login goes through a real OpenID provider standing in for CSAM.
  config.http.publicUrl = baseUrl;
  mailSettings.publicUrl = baseUrl;
  const oidc = await startDevOidcProvider({
    port: 0,
    clientId: config.oidc.clientId,
    clientSecret: config.oidc.clientSecret,
    redirectUris: [`${baseUrl}/api/auth/oidc/callback`],
    identities: identitiesOf(DEMO_USERS),
  });
  stops.push(() => oidc.stop());
  config.oidc.issuer = oidc.issuer;

  return {
    config,
    db,
    env,
    bundle,
    taskQueue: config.temporal.taskQueue,
    baseUrl,
    oidc,
    mail,
    logs: () => logLines.join(''),
    async stop() {
      for (const stop of stops.reverse()) {
        try {
          await stop();
        } catch (err) {
          progress(`teardown: ${String(err)}`);
        }
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
