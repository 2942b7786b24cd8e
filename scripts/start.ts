/**
 * `npm start`: the whole system on one machine, on embedded defaults — PostgreSQL, the Temporal
 * dev server (state in a SQLite file, Web UI), the worker and the API serving the UI — with the
 * demo data. State lives under DATA_DIR (.data), so a restart finds every open case and timer.
 * DATABASE_URL and TEMPORAL_ADDRESS point it at servers of your own instead.
 */
import { createPersonalDataCipher } from '../common/node/personal-data';
import path from 'node:path';
import type { Server } from 'node:http';
import { Connection } from '@temporalio/client';
import { Client } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { loadConfig } from '../common/node/config';
import { createLogger } from '../common/node/logger';
import { CASE_SEARCH_ATTRIBUTES } from '../common/search-attributes';
import { ROLE_LABELS, subregionName } from '../common/roles';
import { createDb, migrateLatest } from '../db';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../db/seeds/demo';
import { createApp } from '../api/app';
import { bundleWorkflows, createWorker } from '../worker/create-worker';
import { ensureDemoCampaigns } from '../api/routes/campaigns';
import { ensureTemporalCli } from '../runtime/temporal-cli';
import {
  ensureNamespaceRetention,
  ensureSearchAttributes,
  startTemporalDevServer,
} from '../runtime/temporal-dev-server';
import { startEmbeddedPostgres } from '../runtime/embedded-postgres';
import { identitiesOf, startDevOidcProvider } from '../runtime/oidc-dev-provider';
import { startMailCatcher } from '../runtime/mail-catcher';
import { ensureMailSchedules } from '../worker/schedules';
import { mailSettingsOf } from '../common/node/config';
import { buildUi } from './build-ui';

const say = (line: string) => console.log(`▸ ${line}`);

function demoAccountLine(u: (typeof DEMO_USERS)[number]): string {
  const name = `${u.firstName} ${u.lastName}`.padEnd(20);
  const roles = u.roles
    .map((r) => ROLE_LABELS[r])
    .join(', ')
    .padEnd(30);
  const scope = (u.subregionCode ? subregionName(u.subregionCode) : 'toutes les sous-régions').padEnd(24);
  return `  ${name} ${roles} ${scope} ${u.loginMethod === 'password' ? `mot de passe : ${DEMO_PASSWORD}` : 'connexion forte'}`;
}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const stops: Array<{ name: string; stop: () => Promise<void> }> = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('Stopping…');
    for (const { name, stop } of stops.reverse()) {
      try {
        await stop();
        say(`${name} stopped`);
      } catch (err) {
        console.error(`Could not stop ${name}:`, err);
      }
    }
    process.exit(code);
  };
  // embedded-postgres stops its servers on these signals on its own, before the worker has
  // finished; this process stops everything itself, in order.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    say(`Data directory: ${config.dataDir}`);
    say('Building the web interface');
    await buildUi({ minify: config.env === 'production' });

    let databaseUrl = config.database.url;
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        dataDir: path.join(config.dataDir, 'postgres'),
        port: config.database.embeddedPort,
        database: 'pro_one',
        log: say,
      });
      stops.push({ name: 'PostgreSQL', stop: pg.stop });
      databaseUrl = pg.url;
    }
    const db = createDb(databaseUrl);
    stops.push({ name: 'database pool', stop: () => db.destroy() });
    const applied = await migrateLatest(db);
    say(applied.length ? `Database migrated: ${applied.join(', ')}` : 'Database schema up to date');
    await seedDemo(db, createPersonalDataCipher(config.personalDataKey));

    // Without SMTP_URL, messages go to a local mail catcher with a web mailbox.
    let mailbox: string | null = null;
    if (!config.mail.smtpUrl) {
      const catcher = await startMailCatcher({
        smtpPort: config.mail.catcherSmtpPort,
        webPort: config.mail.catcherWebPort,
        mailDir: path.join(config.dataDir, 'mail'),
        log: say,
      });
      stops.push({ name: 'mail catcher', stop: catcher.stop });
      config.mail.smtpUrl = catcher.smtpUrl;
      mailbox = catcher.webUrl.replace('127.0.0.1', 'localhost');
    }

    let address = config.temporal.address;
    let temporalUi = config.temporal.uiUrl;
    if (!address) {
      const cliPath = await ensureTemporalCli({
        cacheDir: config.cacheDir,
        explicitPath: config.temporal.cliPath,
        log: say,
      });
      const server = await startTemporalDevServer({
        cliPath,
        dbFile: path.join(config.dataDir, 'temporal', 'temporal.sqlite'),
        port: config.temporal.devServerPort,
        uiPort: config.temporal.uiPort,
        namespace: config.temporal.namespace,
        searchAttributes: CASE_SEARCH_ATTRIBUTES,
        logFile: path.join(config.dataDir, 'temporal', 'server.log'),
        log: say,
      });
      stops.push({ name: 'Temporal', stop: server.stop });
      address = server.address;
      temporalUi = process.env.TEMPORAL_UI_URL || server.uiUrl.replace('127.0.0.1', 'localhost');
      config.temporal.uiUrl = temporalUi;
    }
    const connection = await Connection.connect({ address });
    stops.push({ name: 'Temporal client', stop: () => connection.close() });
    await ensureSearchAttributes(connection, config.temporal.namespace, CASE_SEARCH_ATTRIBUTES);
    await ensureNamespaceRetention(connection, config.temporal.namespace, 3650, say);
    const client = new Client({ connection, namespace: config.temporal.namespace });

    // Ctrl-C is handled here, so that everything stops in order: the worker before the database.
    Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
    say('Preparing the worker');
    const nativeConnection = await NativeConnection.connect({ address });
    const worker = await createWorker({
      connection: nativeConnection,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      db,
      client,
      workflowBundle: await bundleWorkflows(),
      mail: mailSettingsOf(config),
    });
    const running = worker.run();
    await ensureMailSchedules(client, config, config.temporal.taskQueue);
    stops.push({
      name: 'worker',
      stop: async () => {
        worker.shutdown();
        await running;
        await nativeConnection.close();
      },
    });
    running.catch((err) => {
      console.error('The worker stopped:', err);
      void shutdown(1);
    });

    // Without OIDC_ISSUER, a local OpenID provider stands in for CSAM (strong login).
    let csamStandIn = false;
    if (!config.oidc.issuer) {
      const oidc = await startDevOidcProvider({
        port: config.oidc.devProviderPort,
        host: config.http.host,
        clientId: config.oidc.clientId,
        clientSecret: config.oidc.clientSecret,
        redirectUris: [`${config.http.publicUrl}/api/auth/oidc/callback`],
        identities: identitiesOf(DEMO_USERS),
      });
      stops.push({ name: 'CSAM stand-in', stop: oidc.stop });
      config.oidc.issuer = oidc.issuer;
      csamStandIn = true;
    }

    // The demo's bilans de fonctionnement: a campaign under way and one to come.
    await ensureDemoCampaigns({ db, temporal: client, config }, 'u-coordination');

    const app = createApp({ db, temporal: client, config, logger });
    const server: Server = await new Promise((resolve, reject) => {
      const s = app.listen(config.http.port, config.http.host, () => resolve(s)).on('error', reject);
    });
    stops.push({
      name: 'web server',
      stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    });

    console.log(`
PRO.ONE is running.
  Application          ${config.http.publicUrl}
  Temporal Web UI      ${temporalUi}
  API description      ${config.http.publicUrl}/api/openapi.json
  Mailbox              ${mailbox ? `${mailbox} (local mail catcher: every e-mail the system sends; set SMTP_URL for a real server)` : `messages sent through ${new URL(config.mail.smtpUrl!).host} (SMTP_URL)`}
  Strong login         ${config.oidc.issuer}${csamStandIn ? ' (local CSAM stand-in; set OIDC_ISSUER for a real one)' : ''}
  Analysis deadline    ${config.deadlines.cessationRiskAnalysis} (DEADLINE_CESSATION_RISK_ANALYSIS)
  Bilan reminders      ${config.deadlines.bilanReminderOffsets.join(', ')} before the action-plan deadline (BILAN_REMINDER_OFFSETS)
  Agents' digest       working days at ${String(config.mail.digestTime.hour).padStart(2, '0')}:${String(config.mail.digestTime.minute).padStart(2, '0')} in Brussels (DIGEST_TIME)

Demo accounts (« Connexion avec eID / itsme / clés BOSA », then pick the person; or the password):
${DEMO_USERS.map(demoAccountLine).join('\n')}

Press Ctrl-C to stop; open cases and their deadlines are kept in ${config.dataDir}.
`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    await shutdown(1);
  }
}

void main();
