/**
 * `npm run bench:flash`: one issue of the Flash accueil to 2,000 childminders who chose the e-mail,
 * on real parts started for the occasion — PostgreSQL (embedded, temporary directory), the Temporal
 * dev server (SQLite file with WAL), the mail catcher (MailDev, real SMTP), one worker in a child
 * process, the API on a free port. It measures, as the coordination would see it:
 *
 *   1. the time from « Envoyer » until every mail is queued (the issue's progress, polled as the
 *      page does, printed as it moves);
 *   2. the time until all of them are in the catcher;
 *   3. « Envoyer » pressed again: nothing more is sent (same mail rows, one workflow, no mail twice).
 *
 * Prints a table, saves JSON to bench-results/flash-<timestamp>.json. BENCH_FLASH_PROVIDERS (2000)
 * changes the number of childminders.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { loadConfig, mailSettingsOf } from '../common/node/config';
import { createLogger } from '../common/node/logger';
import { createPersonalDataCipher } from '../common/node/personal-data';
import { CASE_SEARCH_ATTRIBUTES } from '../common/search-attributes';
import { flashWorkflowId } from '../common/flash';
import { createDb, migrateLatest } from '../db';
import { seedDemo } from '../db/seeds/demo';
import { createApp } from '../api/app';
import { createSessions } from '../api/auth/sessions';
import type { MailSettings } from '../activities/mail';
import { bundleWorkflows, createWorker } from '../worker/create-worker';
import { ensureTemporalCli } from '../runtime/temporal-cli';
import { startEmbeddedPostgres } from '../runtime/embedded-postgres';
import { startTemporalDevServer } from '../runtime/temporal-dev-server';
import { caughtMails, startMailCatcher } from '../runtime/mail-catcher';
import { Session, freePort, newProviders, sleep, stats } from './lib/harness';

const ROOT = path.join(__dirname, '..');
const PROVIDERS = Math.max(1, Number(process.env.BENCH_FLASH_PROVIDERS || 2000));
const TASK_QUEUE = 'bench-flash';
const SUPERVISOR_ID = 'u-coordination';
const LIMIT_MS = 30 * 60_000;

const started = Date.now();
const say = (line: string) =>
  process.stderr.write(`[bench:flash ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
const round1 = (x: number) => Math.round(x * 10) / 10;

// ---------------------------------------------------------------------------------------------
// The worker, in its own process (as in production), with the real activities and SMTP settings

async function workerChild(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const db = createDb(process.env.BENCH_DATABASE_URL!);
  const address = process.env.BENCH_TEMPORAL_ADDRESS!;
  const connection = await NativeConnection.connect({ address });
  // The page activity starts each mail's workflow: the worker needs a client.
  const clientConnection = await Connection.connect({ address });
  const worker = await createWorker({
    connection,
    namespace: 'default',
    taskQueue: TASK_QUEUE,
    db,
    client: new Client({ connection: clientConnection, namespace: 'default' }),
    workflowBundle: { code: fs.readFileSync(process.env.BENCH_BUNDLE_FILE!, 'utf8') },
    mail: JSON.parse(process.env.BENCH_MAIL_SETTINGS!) as MailSettings,
  });
  const running = worker.run();
  process.send!({ type: 'ready' });
  process.on('message', (msg: { type: string }) => {
    if (msg.type === 'stop') worker.shutdown();
  });
  process.on('disconnect', () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
  });
  await running;
  await clientConnection.close();
  await connection.close();
  await db.destroy();
  process.exit(0);
}

async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(__filename, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...env, BENCH_FLASH_WORKER: '1' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`worker exited (${code})`)));
  });
  return child;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pro-one-bench-flash-'));
  fs.chmodSync(tmp, 0o755); // as root, PostgreSQL runs as its own user and must reach its data dir
  const stops: Array<() => Promise<unknown>> = [];
  const result: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: round1(os.totalmem() / 1024 ** 3),
      node: process.version,
    },
    providers: PROVIDERS,
  };
  try {
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATA_DIR: tmp, LOG_LEVEL: 'warn' });
    config.temporal.taskQueue = TASK_QUEUE;
    Runtime.install({ logger: new DefaultLogger('WARN') });

    const pg = await startEmbeddedPostgres({
      dataDir: path.join(tmp, 'postgres'),
      port: await freePort(),
      database: 'pro_one_bench_flash',
      log: say,
    });
    stops.push(() => pg.stop());
    const db = createDb(pg.url);
    stops.push(() => db.destroy());
    await migrateLatest(db);
    await seedDemo(db, createPersonalDataCipher(config.personalDataKey));

    const mail = await startMailCatcher({
      smtpPort: await freePort(),
      webPort: await freePort(),
      mailDir: path.join(tmp, 'mail'),
      log: say,
    });
    stops.push(() => mail.stop());
    config.mail.smtpUrl = mail.smtpUrl;

    const cliPath = await ensureTemporalCli({
      cacheDir: config.cacheDir,
      explicitPath: config.temporal.cliPath,
      log: say,
    });
    const server = await startTemporalDevServer({
      cliPath,
      dbFile: path.join(tmp, 'temporal', 'temporal.sqlite'),
      port: await freePort(),
      uiPort: await freePort(),
      namespace: 'default',
      searchAttributes: CASE_SEARCH_ATTRIBUTES,
      logFile: path.join(tmp, 'temporal', 'server.log'),
      log: say,
    });
    stops.push(() => server.stop());
    const connection = await Connection.connect({ address: server.address });
    stops.push(() => connection.close());
    const client = new Client({ connection, namespace: 'default' });

    const app = createApp({ db, temporal: client, config, logger: createLogger('warn') });
    const http: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    stops.push(() => new Promise<void>((resolve) => http.close(() => resolve())));
    const baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    config.http.publicUrl = baseUrl;

    say('bundling the workflows');
    const bundleFile = path.join(tmp, 'workflow-bundle.js');
    fs.writeFileSync(bundleFile, (await bundleWorkflows()).code);
    say('starting the worker in its own process');
    const worker = await startWorker({
      BENCH_DATABASE_URL: pg.url,
      BENCH_TEMPORAL_ADDRESS: server.address,
      BENCH_BUNDLE_FILE: bundleFile,
      BENCH_MAIL_SETTINGS: JSON.stringify(mailSettingsOf(config)),
    });
    stops.push(async () => {
      if (worker.exitCode !== null) return;
      const exited = new Promise((r) => worker.once('exit', r));
      worker.send({ type: 'stop' });
      const timer = setTimeout(() => worker.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    });

    // The childminders: the only ones who chose the e-mail in this database.
    say(`${PROVIDERS} childminders who chose the Flash accueil by e-mail`);
    const providers = await newProviders(db, PROVIDERS, 'f');
    await db('providers').update({ flashAccueil: null });
    await db('providers')
      .whereIn(
        'id',
        providers.map((p) => p.providerId),
      )
      .update({ flashAccueil: 'email' });

    const { token, session } = await createSessions(db, config).create(SUPERVISOR_ID, 'strong');
    const coordination = new Session(baseUrl, token, session.csrfToken);
    const title = `Flash accueil de mesure ${new Date().toISOString().slice(0, 16)}`;
    const created = await coordination.request('POST', '/api/flash-issues', {
      title,
      body: 'Les bilans de fonctionnement sont ouverts.\n\nLe helpdesk est fermé du 24 au 31 décembre.',
    });
    if (created.status !== 201) throw new Error(`draft: ${created.status} ${created.text}`);
    const id = created.body.issue.id as string;
    const subject = `Flash accueil — ${title}`;

    // 1. « Envoyer », and the progress as the coordination's page polls it.
    say('« Envoyer »');
    const t0 = performance.now();
    const sent = await coordination.request('POST', `/api/flash-issues/${id}/send`);
    if (sent.status !== 202) throw new Error(`send: ${sent.status} ${sent.text}`);
    const answerMs = performance.now() - t0;
    let lastShown = -1;
    let queuedSeconds = 0;
    const progress: Array<{ seconds: number; processed: number }> = [];
    const pollMs: number[] = [];
    for (;;) {
      const p0 = performance.now();
      const res = await coordination.request('GET', `/api/flash-issues/${id}`);
      pollMs.push(performance.now() - p0);
      const issue = res.body.issue;
      const c = issue.coordination;
      const seconds = (performance.now() - t0) / 1000;
      if (c.email.processed !== lastShown) {
        say(`  progress: ${c.email.processed} / ${c.email.recipients} (${seconds.toFixed(1)} s)`);
        progress.push({ seconds: round1(seconds), processed: c.email.processed });
        lastShown = c.email.processed;
      }
      if (issue.status === 'sent') {
        queuedSeconds = seconds;
        break;
      }
      if (seconds * 1000 > LIMIT_MS) throw new Error('the issue is still being sent');
      await sleep(500);
    }

    // 2. Until every mail is in the catcher (SMTP accepted): the outbox's count shows the way,
    // the catcher's own mailbox has the last word.
    const sentRows = async () =>
      Number(
        (
          await db('mail_messages')
            .where('key', 'like', `flash:${id}:%`)
            .where('status', 'sent')
            .count({ n: '*' })
        )[0].n,
      );
    const inCatcher = async () => (await caughtMails(mail.webUrl)).filter((m) => m.subject === subject);
    let lastSent = -1;
    let deliveredSeconds = 0;
    for (;;) {
      const n = await sentRows();
      const seconds = (performance.now() - t0) / 1000;
      if (n !== lastSent && (n - lastSent >= 200 || n === PROVIDERS)) {
        say(`  mails accepted by SMTP: ${n} / ${PROVIDERS} (${seconds.toFixed(1)} s)`);
        lastSent = n;
      }
      if (n >= PROVIDERS && (await inCatcher()).length >= PROVIDERS) {
        deliveredSeconds = (performance.now() - t0) / 1000;
        break;
      }
      if (seconds * 1000 > LIMIT_MS) throw new Error(`only ${n} mails sent`);
      await sleep(1000);
    }
    say(`  all ${PROVIDERS} mails in the catcher (${deliveredSeconds.toFixed(1)} s)`);

    // 3. « Envoyer » again: nothing more.
    say('« Envoyer » again');
    const again = await coordination.request('POST', `/api/flash-issues/${id}/send`);
    await sleep(10_000);
    const caught = await inCatcher();
    const addresses = caught.map((m) => m.to[0]?.address);
    const twice = addresses.length - new Set(addresses).size;
    const rows = Number(
      (await db('mail_messages').where('key', 'like', `flash:${id}:%`).count({ n: '*' }))[0].n,
    );
    const runs = (await client.workflow.count(`WorkflowId = '${flashWorkflowId(id)}'`)).count;
    const mailWorkflows = (await client.workflow.count(`WorkflowType = 'mailWorkflow'`)).count;

    Object.assign(result, {
      sendAnswerMs: round1(answerMs),
      queuedSeconds: round1(queuedSeconds),
      queuedPerSecond: round1(PROVIDERS / queuedSeconds),
      progressPoll: stats(pollMs),
      inCatcherSeconds: round1(deliveredSeconds),
      inCatcherPerSecond: round1(PROVIDERS / deliveredSeconds),
      progress,
      again: {
        status: again.status,
        started: again.body?.started,
        message: again.body?.message,
        mailsInCatcher: caught.length,
        addressesTwice: twice,
        mailRows: rows,
        flashWorkflowRuns: runs,
        mailWorkflows,
        nothingMore: again.status === 200 && caught.length === PROVIDERS && twice === 0 && rows === PROVIDERS,
      },
    });
  } finally {
    say('stopping');
    for (const stop of stops.reverse()) await stop().catch((err) => say(`teardown: ${String(err)}`));
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const r = result as Record<string, never> & { again: Record<string, unknown> };
  const m = result.machine as { cpus: number; cpuModel: string; memoryGiB: number };
  console.log(`\nFlash accueil — ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB\n`);
  const table: Array<[string, string]> = [
    ['childminders (e-mail)', String(PROVIDERS)],
    ['« Envoyer » answered in', `${r.sendAnswerMs} ms`],
    ['every mail queued', `${r.queuedSeconds} s (${r.queuedPerSecond}/s)`],
    [
      'progress poll (GET), p50 / p95',
      `${(r.progressPoll as { p50: number }).p50} / ${(r.progressPoll as { p95: number }).p95} ms`,
    ],
    ['every mail in the catcher', `${r.inCatcherSeconds} s (${r.inCatcherPerSecond}/s)`],
    ['« Envoyer » again', `HTTP ${String(r.again.status)}, started: ${String(r.again.started)}`],
    [
      'mails in the catcher after',
      `${String(r.again.mailsInCatcher)} (addresses twice: ${String(r.again.addressesTwice)})`,
    ],
    ['outbox rows / workflow runs', `${String(r.again.mailRows)} / ${String(r.again.flashWorkflowRuns)}`],
    ['nothing more sent', String(r.again.nothingMore)],
  ];
  const width = Math.max(...table.map(([k]) => k.length));
  for (const [k, v] of table) console.log(`${k.padEnd(width)}  ${v}`);
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  const file = path.join(
    ROOT,
    'bench-results',
    `flash-${String(result.startedAt).replace(/[:.]/g, '-')}.json`,
  );
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nSaved ${path.relative(ROOT, file)}.`);
  if (!r.again.nothingMore) process.exitCode = 1;
}

if (process.env.BENCH_FLASH_WORKER) {
  workerChild().catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
