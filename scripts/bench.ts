/**
 * `npm run bench`: measures the system on this machine against the engine's own limit, side by
 * side in one run (issue 4, « Benchmarks »). Starts its own real parts — PostgreSQL (embedded,
 * temporary directory, its own port), the Temporal dev server (SQLite file with WAL, as the SDK's
 * stress tests run it), one worker in a child process with a bounded workflow cache, the API on
 * a free port — then measures:
 *
 *   1. case starts through the API vs raw `client.workflow.start` of the same workflow;
 *   2. a provider step and an agent's claim + completion (update round trips) with N open cases;
 *   3. the agent inbox and the supervisor's case list with 100,000 tasks and cases, and their plans;
 *   4. worker memory with N open cases, worker start time with a prebuilt bundle;
 *   5. cold start of the whole system (`scripts/start.ts`) until the first page answers;
 *   6. opening a bilan campaign for 2,000 providers (one workflow each), and opening it again
 *      (idempotent: no duplicate) — `npm run bench:campaign` runs this item alone.
 *
 * Prints a table, saves JSON to bench-results/<timestamp>.json. Counts come from the environment:
 *   BENCH_SCALE (multiplies every count below; 0.05 for a quick try), BENCH_STARTS (200 per side),
 *   BENCH_CONCURRENCY (16), BENCH_OPEN_CASES ("1000,3000": the defaults finish in about 10
 *   minutes on 2 cores; "1000,10000" as the issue asks takes about 30), BENCH_SAMPLES (100),
 *   BENCH_READ_ROWS (100000), BENCH_MAX_CACHED_WORKFLOWS (1000), BENCH_CAMPAIGN_PROVIDERS (2000), BENCH_SKIP (e.g. "5").
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { Client, Connection, WithStartWorkflowOperation } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { loadConfig, type Config } from '../common/node/config';
import { createLogger } from '../common/node/logger';
import { createPersonalDataCipher } from '../common/node/personal-data';
import { PROCEDURE } from '../common/cessation-risk';
import {
  CASE_PROCEDURE,
  CASE_PROVIDER_ID,
  CASE_SEARCH_ATTRIBUTES,
  CASE_STATUS,
} from '../common/search-attributes';
import { createDb, migrateLatest, type Db } from '../db';
import { seedDemo } from '../db/seeds/demo';
import { createApp } from '../api/app';
import { createSessions } from '../api/auth/sessions';
import { Session, freePort, newProviders, pool, sleep, stats, type Json, type Stats } from './lib/harness';
import { createActivities } from '../activities';
import { bundleWorkflows, createWorker } from '../worker/create-worker';
import { ensureTemporalCli, TEMPORAL_CLI_VERSION } from '../runtime/temporal-cli';
import { startEmbeddedPostgres } from '../runtime/embedded-postgres';
import { startMailCatcher } from '../runtime/mail-catcher';
import { ensureNamespaceRetention, startTemporalDevServer } from '../runtime/temporal-dev-server';
import { campaignWorkflowId, type CampaignProgress } from '../workflows/bilan-campaign';
import {
  cessationRiskWorkflow,
  cessationRiskWorkflowId,
  confirmReport,
  type CessationRiskInput,
} from '../workflows/cessation-risk';

// ---------------------------------------------------------------------------------------------
// Settings

const ROOT = path.join(__dirname, '..');
const scale = Number(process.env.BENCH_SCALE || 1);
const scaled = (name: string, fallback: number, min = 1) =>
  Math.max(min, Math.round(Number(process.env[name] || fallback) * scale));
const SETTINGS = {
  scale,
  starts: scaled('BENCH_STARTS', 200, 16),
  concurrency: Number(process.env.BENCH_CONCURRENCY || 16),
  openCases: (process.env.BENCH_OPEN_CASES || '1000,3000')
    .split(',')
    .map((n) => Math.max(10, Math.round(Number(n) * scale))),
  samples: scaled('BENCH_SAMPLES', 100, 20),
  readRows: scaled('BENCH_READ_ROWS', 100_000, 1000),
  readSamples: Math.max(50, Number(process.env.BENCH_READ_SAMPLES || 300)),
  maxCachedWorkflows: Number(process.env.BENCH_MAX_CACHED_WORKFLOWS || 1000),
  campaignProviders: scaled('BENCH_CAMPAIGN_PROVIDERS', 2000, 20),
  skip: new Set((process.env.BENCH_SKIP || '').split(',').filter(Boolean)),
};
const GOALS = {
  startRatio: 0.9,
  updateP95Ms: 150,
  readP95Ms: 25,
};
const TASK_QUEUE = 'bench-cases';
const AGENT_ID = 'u-veille';
const SUPERVISOR_ID = 'u-coordination';

const started = Date.now();
const say = (line: string) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

// ---------------------------------------------------------------------------------------------
// Small helpers

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

// ---------------------------------------------------------------------------------------------
// The worker, in its own process so its memory is its own

interface WorkerChildMessage {
  type: 'ready' | 'memory' | 'error';
  createMs?: number;
  memory?: NodeJS.MemoryUsage;
  error?: string;
}

async function workerChild(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const db = createDb(process.env.BENCH_DATABASE_URL!);
  const connection = await NativeConnection.connect({ address: process.env.BENCH_TEMPORAL_ADDRESS! });
  // Opening a campaign starts bilan workflows from an activity: the worker needs a client.
  const clientConnection = await Connection.connect({ address: process.env.BENCH_TEMPORAL_ADDRESS! });
  const code = fs.readFileSync(process.env.BENCH_BUNDLE_FILE!, 'utf8');
  const t0 = performance.now();
  const worker = await createWorker({
    connection,
    namespace: 'default',
    taskQueue: TASK_QUEUE,
    db,
    client: new Client({ connection: clientConnection, namespace: 'default' }),
    workflowBundle: { code },
    maxCachedWorkflows: Number(process.env.BENCH_MAX_CACHED_WORKFLOWS),
  });
  const createMs = performance.now() - t0;
  const running = worker.run();
  process.send!({ type: 'ready', createMs } satisfies WorkerChildMessage);
  process.on('message', (msg: { type: string }) => {
    if (msg.type === 'memory') {
      global.gc?.();
      process.send!({ type: 'memory', memory: process.memoryUsage() } satisfies WorkerChildMessage);
    } else if (msg.type === 'stop') worker.shutdown();
  });
  // The bench process went away (Ctrl-C, a crash): stop too, never linger as an orphan.
  process.on('disconnect', () => {
    if (worker.getState() === 'RUNNING') worker.shutdown();
  });
  await running;
  await connection.close();
  await db.destroy();
  process.exit(0);
}

class WorkerProcess {
  private waiting: Array<(m: WorkerChildMessage) => void> = [];
  private constructor(readonly child: ChildProcess) {
    child.on('message', (m: WorkerChildMessage) => this.waiting.shift()?.(m));
  }

  static async start(env: Record<string, string>): Promise<{ worker: WorkerProcess; createMs: number }> {
    const child = fork(__filename, [], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      env: { ...process.env, ...env, BENCH_WORKER_CHILD: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const worker = new WorkerProcess(child);
    const ready = await worker.next();
    if (ready.type !== 'ready') throw new Error(`worker failed: ${ready.error}`);
    return { worker, createMs: ready.createMs! };
  }

  private next(): Promise<WorkerChildMessage> {
    return new Promise((resolve, reject) => {
      this.waiting.push(resolve);
      this.child.once('exit', (code) => reject(new Error(`worker exited (${code})`)));
    });
  }

  /** RSS and heap after a full garbage collection (the worker runs with --expose-gc). */
  async memory(): Promise<NodeJS.MemoryUsage> {
    this.child.send({ type: 'memory' });
    return (await this.next()).memory!;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.send({ type: 'stop' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// The system under test

interface System {
  tmp: string;
  config: Config;
  db: Db;
  dbUrl: string;
  address: string;
  connection: Connection;
  client: Client;
  nativeConnection: NativeConnection;
  baseUrl: string;
  bundleCode: string;
  bundleMs: number;
  worker: WorkerProcess;
  workerCreateMs: number;
  stop(): Promise<void>;
}

async function startSystem(): Promise<System> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pro-one-bench-'));
  fs.chmodSync(tmp, 0o755); // as root, PostgreSQL runs as its own user and must reach its data dir
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((err) => say(`teardown: ${String(err)}`));
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATA_DIR: tmp, LOG_LEVEL: 'warn' });
    config.temporal.taskQueue = TASK_QUEUE;
    Runtime.install({ logger: new DefaultLogger('WARN') });

    const pg = await startEmbeddedPostgres({
      dataDir: path.join(tmp, 'postgres'),
      port: await freePort(),
      database: 'pro_one_bench',
      log: say,
    });
    stops.push(() => pg.stop());
    const db = createDb(pg.url);
    stops.push(() => db.destroy());
    await migrateLatest(db);
    await seedDemo(db, createPersonalDataCipher(config.personalDataKey));

    const cliPath = await ensureTemporalCli({
      cacheDir: config.cacheDir,
      explicitPath: config.temporal.cliPath,
      log: say,
    });
    const server = await startTemporalDevServer({
      cliPath,
      dbFile: path.join(tmp, 'temporal', 'temporal.sqlite'), // --sqlite-pragma journal_mode=wal
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
    await ensureNamespaceRetention(connection, 'default', 3650, say);
    const client = new Client({ connection, namespace: 'default' });
    const nativeConnection = await NativeConnection.connect({ address: server.address });
    stops.push(() => nativeConnection.close());

    say('bundling the workflows once');
    const t0 = performance.now();
    const bundle = await bundleWorkflows();
    const bundleMs = performance.now() - t0;
    const bundleFile = path.join(tmp, 'workflow-bundle.js');
    fs.writeFileSync(bundleFile, bundle.code);

    // The notices the measured steps make are mailed for real, to a catcher of the run's own.
    const catcher = await startMailCatcher({
      smtpPort: await freePort(),
      webPort: await freePort(),
      mailDir: path.join(tmp, 'mail'),
      log: say,
    });
    stops.push(() => catcher.stop());

    say(`starting the worker (maxCachedWorkflows ${SETTINGS.maxCachedWorkflows}) in its own process`);
    const { worker, createMs } = await WorkerProcess.start({
      BENCH_DATABASE_URL: pg.url,
      BENCH_TEMPORAL_ADDRESS: server.address,
      BENCH_BUNDLE_FILE: bundleFile,
      BENCH_MAX_CACHED_WORKFLOWS: String(SETTINGS.maxCachedWorkflows),
      SMTP_URL: catcher.smtpUrl,
    });
    stops.push(() => worker.stop());

    const logger = createLogger('warn');
    const app = createApp({ db, temporal: client, config, logger });
    const http: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    stops.push(() => new Promise<void>((resolve) => http.close(() => resolve())));
    const baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    say(`API on ${baseUrl}, PostgreSQL ${pg.url.replace(/:[^:@/]+@/, ':…@')}, Temporal ${server.address}`);

    return {
      tmp,
      config,
      db,
      dbUrl: pg.url,
      address: server.address,
      connection,
      client,
      nativeConnection,
      baseUrl,
      bundleCode: bundle.code,
      bundleMs,
      worker,
      workerCreateMs: createMs,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Sessions are opened the way every login ends (Sessions.create); the login itself is not measured. */
async function sessionFor(sys: System, userId: string): Promise<Session> {
  const { token, session } = await createSessions(sys.db, sys.config).create(userId, 'strong');
  return new Session(sys.baseUrl, token, session.csrfToken);
}

/** The same workflow, input and options the API uses for a report. */
function startOptions(sys: System, p: { providerId: string; userId: string }, requestKey = randomUUID()) {
  const input: CessationRiskInput = {
    caseId: randomUUID(),
    requestKey,
    provider: { id: p.providerId, displayName: `Camille ${p.providerId}`, subregionName: 'Liège' },
    reportedBy: { id: p.userId, displayName: `Camille ${p.providerId}` },
    report: { period: 'short_term', reason: 'financial', reasonOther: null },
    deadlines: { analysis: sys.config.deadlines.cessationRiskAnalysis },
  };
  return {
    taskQueue: TASK_QUEUE,
    workflowId: cessationRiskWorkflowId(p.providerId),
    workflowIdConflictPolicy: 'USE_EXISTING' as const,
    workflowIdReusePolicy: 'ALLOW_DUPLICATE' as const,
    args: [input] as [CessationRiskInput],
    typedSearchAttributes: [
      { key: CASE_PROCEDURE, value: PROCEDURE },
      { key: CASE_PROVIDER_ID, value: p.providerId },
      { key: CASE_STATUS, value: 'open' },
    ],
  };
}

/** Waits until every case of these providers has its open task in the read model. */
async function drained(db: Db, providerIds: string[], timeoutMs = 30 * 60_000): Promise<number> {
  const t0 = performance.now();
  let last = -1;
  let lastChange = Date.now();
  for (;;) {
    const [{ count }] = await db('tasks as t')
      .join('cases as c', 'c.id', 't.case_id')
      .whereIn('c.provider_id', providerIds)
      .count({ count: '*' });
    const n = Number(count);
    if (n >= providerIds.length) return (performance.now() - t0) / 1000;
    if (n !== last) {
      last = n;
      lastChange = Date.now();
    }
    if (Date.now() - lastChange > 120_000 || performance.now() - t0 > timeoutMs)
      throw new Error(`only ${n} of ${providerIds.length} cases reached the read model`);
    await sleep(500);
  }
}

async function openCaseCount(db: Db): Promise<number> {
  const [{ count }] = await db('cases').where({ status: 'open' }).count({ count: '*' });
  return Number(count);
}

// ---------------------------------------------------------------------------------------------
// 1. Case starts: API vs raw client

async function benchStarts(sys: System) {
  const n = SETTINGS.starts;
  const c = SETTINGS.concurrency;
  const rawProviders = await newProviders(sys.db, n);
  const apiProviders = await newProviders(sys.db, n);
  const sessions = await Promise.all(apiProviders.map((p) => sessionFor(sys, p.userId)));

  say(`1. ${n} raw client.workflow.start, concurrency ${c}`);
  const rawLatencies: number[] = [];
  const rawSeconds = await pool(rawProviders, c, async (p) => {
    const t0 = performance.now();
    await sys.client.workflow.start(cessationRiskWorkflow, startOptions(sys, p));
    rawLatencies.push(performance.now() - t0);
  });
  const rawDrain = await drained(
    sys.db,
    rawProviders.map((p) => p.providerId),
  );
  say(`   ${(n / rawSeconds).toFixed(1)}/s; the worker caught up ${rawDrain.toFixed(1)} s later`);

  say(`1. ${n} POST /api/cessation-risk-reports by distinct childminders, concurrency ${c}`);
  const apiLatencies: number[] = [];
  const indexes = sessions.map((_, i) => i);
  const apiSeconds = await pool(indexes, c, async (i) => {
    apiLatencies.push(
      await sessions[i]!.timed('POST', '/api/cessation-risk-reports', [201], {
        period: 'short_term',
        reason: 'financial',
      }),
    );
  });
  await drained(
    sys.db,
    apiProviders.map((p) => p.providerId),
  );
  say(`   ${(n / apiSeconds).toFixed(1)}/s`);

  // For the reading of the ratio: what the API adds to the engine call it makes, an
  // update-with-start of confirmReport (start or join the run, confirm once the case is on record).
  const confirmProviders = await newProviders(sys.db, n);
  say(`1. ${n} raw executeUpdateWithStart(confirmReport) (the API's own call), concurrency ${c}`);
  const confirmLatencies: number[] = [];
  const confirmSeconds = await pool(confirmProviders, c, async (p) => {
    const t0 = performance.now();
    const requestKey = randomUUID();
    const { args, ...options } = startOptions(sys, p, requestKey);
    await sys.client.workflow.executeUpdateWithStart(confirmReport, {
      args: [{ requestKey }],
      updateId: `confirm-${requestKey}`,
      startWorkflowOperation: new WithStartWorkflowOperation(cessationRiskWorkflow, { ...options, args }),
    });
    confirmLatencies.push(performance.now() - t0);
  });
  await drained(
    sys.db,
    confirmProviders.map((p) => p.providerId),
  );
  say(`   ${(n / confirmSeconds).toFixed(1)}/s`);

  const rawRate = n / rawSeconds;
  const apiRate = n / apiSeconds;
  const confirmRate = n / confirmSeconds;
  return {
    count: n,
    concurrency: c,
    raw: { perSecond: round1(rawRate), seconds: round1(rawSeconds), latencyMs: stats(rawLatencies) },
    rawWorkerCatchUpSeconds: round1(rawDrain),
    api: { perSecond: round1(apiRate), seconds: round1(apiSeconds), latencyMs: stats(apiLatencies) },
    rawStartAndConfirm: {
      perSecond: round1(confirmRate),
      seconds: round1(confirmSeconds),
      latencyMs: stats(confirmLatencies),
    },
    ratio: Math.round((apiRate / rawRate) * 1000) / 1000,
    ratioToStartAndConfirm: Math.round((apiRate / confirmRate) * 1000) / 1000,
    met: apiRate / rawRate >= GOALS.startRatio,
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

// ---------------------------------------------------------------------------------------------
// 2. Update round trips with N open cases

/** Opens real cases (real workflows, started with the client) until `target` are open. */
async function growOpenCases(sys: System, target: number): Promise<void> {
  const open = await openCaseCount(sys.db);
  const missing = target - open;
  if (missing <= 0) return;
  say(`2. opening ${missing} more cases (real workflows) to reach ${target} open`);
  const providers = await newProviders(sys.db, missing);
  const seconds = await pool(providers, 32, async (p) => {
    await sys.client.workflow.start(cessationRiskWorkflow, startOptions(sys, p));
  });
  const drain = await drained(
    sys.db,
    providers.map((p) => p.providerId),
  );
  say(`   started in ${seconds.toFixed(0)} s, in the read model ${drain.toFixed(0)} s later`);
}

async function benchUpdates(sys: System, openTarget: number) {
  await growOpenCases(sys, openTarget);
  const open = await openCaseCount(sys.db);
  const samples = SETTINGS.samples;
  say(`2. ${samples} provider steps and ${samples} claim + complete, one at a time, ${open} open cases`);

  // Provider step: a childminder reports (update-with-start of confirmReport, read back).
  const providers = await newProviders(sys.db, samples);
  const providerSessions = await Promise.all(providers.map((p) => sessionFor(sys, p.userId)));
  const report: number[] = [];
  for (const s of providerSessions) {
    report.push(
      await s.timed('POST', '/api/cessation-risk-reports', [201], {
        period: 'medium_term',
        reason: 'financial',
      }),
    );
  }
  await drained(
    sys.db,
    providers.map((p) => p.providerId),
  );

  // Agent: claim then complete tasks of random open cases (most are out of the worker's cache).
  const agent = await sessionFor(sys, AGENT_ID);
  const tasks = (await sys
    .db('tasks')
    .where({ status: 'open' })
    .whereNull('assignee_id')
    .orderByRaw('random()')
    .limit(samples)
    .pluck('id')) as string[];
  const claim: number[] = [];
  const complete: number[] = [];
  const both: number[] = [];
  for (const id of tasks) {
    const a = await agent.timed('POST', `/api/tasks/${encodeURIComponent(id)}/claim`, [200], {});
    const b = await agent.timed('POST', `/api/tasks/${encodeURIComponent(id)}/complete`, [200], {
      outcome: { decision: 'no_support', comment: 'Bench' },
    });
    claim.push(a);
    complete.push(b);
    both.push(a + b);
  }
  const result = {
    openCases: open,
    providerStep: stats(report),
    claim: stats(claim),
    complete: stats(complete),
    claimThenComplete: stats(both),
    met: false,
  };
  result.met = [result.providerStep, result.claim, result.complete].every((s) => s.p95 <= GOALS.updateP95Ms);
  return result;
}

// ---------------------------------------------------------------------------------------------
// 3. Read path with 100,000 tasks and cases

interface PlanCheck {
  sql: string;
  seqScansOnBigTables: string[];
  indexesUsed: string[];
  executionMs: number;
}

function walkPlan(node: Record<string, unknown>, visit: (n: Record<string, unknown>) => void): void {
  visit(node);
  for (const child of (node.Plans as Array<Record<string, unknown>> | undefined) ?? [])
    walkPlan(child, visit);
}

async function explain(dbUrl: string, sql: string, bindings: readonly unknown[]): Promise<PlanCheck> {
  // knex hands the statement out with PostgreSQL's own placeholders ($1…): sent as is with pg.
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const res = await client
    .query(`explain (analyze, format json) ${sql}`, bindings as unknown[])
    .finally(() => client.end());
  const top = (res.rows[0]['QUERY PLAN'] as Array<Record<string, unknown>>)[0]!;
  const seq: string[] = [];
  const indexes = new Set<string>();
  walkPlan(top.Plan as Record<string, unknown>, (n) => {
    const relation = n['Relation Name'] as string | undefined;
    if (n['Node Type'] === 'Seq Scan' && relation && ['cases', 'tasks'].includes(relation))
      seq.push(relation);
    if (n['Index Name']) indexes.add(String(n['Index Name']));
  });
  return {
    sql,
    seqScansOnBigTables: seq,
    indexesUsed: [...indexes],
    executionMs: round1(Number(top['Execution Time'])),
  };
}

/** Fills cases and tasks up to `rows` each with set-based inserts (this item measures reads only). */
async function bulkCasesAndTasks(db: Db, rows: number): Promise<void> {
  const [{ count }] = await db('cases').count({ count: '*' });
  const missing = rows - Number(count);
  if (missing <= 0) return;
  say(`3. inserting ${missing} cases and their tasks directly in SQL`);
  const providers = await newProviders(db, 5000);
  const prefix = providers[0]!.providerId.replace(/1$/, '');
  const roles = ['cellule_veille', 'agent_conseil', 'referent_accueil', 'referent_sante', 'agent_subsides'];
  // One case in five is open; closed cases' tasks are completed. Open tasks go to five teams, a
  // tenth of them already claimed.
  await db.raw(
    `insert into cases (id, procedure, provider_id, workflow_id, run_id, status, details, outcome,
                        opened_by, opened_at, closed_at, version)
     select md5('bench-case-' || i)::uuid, ?, ? || (1 + i % 5000), 'bench-bulk-' || i, 'run-' || i,
            case when i % 5 = 0 then 'open' else 'closed' end,
            '{"period":"short_term","reason":"financial","reasonOther":null}'::jsonb,
            case when i % 5 = 0 then null else '{"decision":"no_support","amountEur":null,"comment":null}'::jsonb end,
            'u-coordination', now() - (i || ' minutes')::interval,
            case when i % 5 = 0 then null else now() - (i || ' minutes')::interval + interval '3 days' end, 1
       from generate_series(1, ?) i`,
    [PROCEDURE, prefix, missing],
  );
  await db.raw(
    `insert into tasks (id, case_id, kind, title, candidate_role, assignee_id, status, due_at, created_at,
                        completed_at, completed_by, outcome, version)
     select md5('bench-case-' || i)::uuid || ':analysis', md5('bench-case-' || i)::uuid,
            'cessation_risk.analysis', 'Contacter et analyser le signalement',
            (?::text[])[1 + (i / 5) % 5],
            case when i % 5 = 0 and i % 50 = 0 then 'u-veille' end,
            case when i % 5 = 0 then 'open' else 'completed' end,
            now() - (i || ' minutes')::interval + interval '10 days', now() - (i || ' minutes')::interval,
            case when i % 5 = 0 then null else now() - (i || ' minutes')::interval + interval '3 days' end,
            case when i % 5 = 0 then null else 'u-veille' end,
            case when i % 5 = 0 then null else '{"decision":"no_support"}'::jsonb end, 1
       from generate_series(1, ?) i`,
    [roles, missing],
  );
  await db.raw('analyze cases; analyze tasks; analyze providers; analyze users');
}

async function benchReads(sys: System) {
  await bulkCasesAndTasks(sys.db, SETTINGS.readRows);
  const [{ cases }] = await sys.db('cases').count({ cases: '*' });
  const [{ tasks }] = await sys.db('tasks').count({ tasks: '*' });
  const agent = await sessionFor(sys, AGENT_ID);
  const supervisor = await sessionFor(sys, SUPERVISOR_ID);
  const routes = [
    { name: 'inbox', who: agent, url: '/api/tasks?view=available', table: 'tasks' },
    { name: 'caseList', who: supervisor, url: '/api/cases', table: 'cases' },
  ];
  const out: Record<string, unknown> = { cases: Number(cases), tasks: Number(tasks) };
  let met = true;
  for (const r of routes) {
    say(`3. ${r.url}: ${SETTINGS.readSamples} requests one at a time`);
    // The SQL the route really sends, captured from knex as it goes out.
    const captured: Array<{ sql: string; bindings: readonly unknown[] }> = [];
    const listen = (q: { sql: string; bindings?: readonly unknown[] }) =>
      captured.push({ sql: q.sql, bindings: q.bindings ?? [] });
    sys.db.on('query', listen);
    const first = await r.who.request('GET', r.url);
    sys.db.off('query', listen);
    if (first.status !== 200) throw new Error(`${r.url} answered ${first.status}`);
    const listQuery = captured.find((q) => new RegExp(`from "${r.table}" as "[ct]"`).test(q.sql));
    if (!listQuery) throw new Error(`could not capture the list query of ${r.url}`);
    const plan = await explain(sys.dbUrl, listQuery.sql, listQuery.bindings);

    for (let i = 0; i < 20; i++) await r.who.timed('GET', r.url, [200]); // warm-up
    const times: number[] = [];
    for (let i = 0; i < SETTINGS.readSamples; i++) times.push(await r.who.timed('GET', r.url, [200]));
    const s = stats(times);
    const ok = s.p95 <= GOALS.readP95Ms && plan.seqScansOnBigTables.length === 0;
    met &&= ok;
    out[r.name] = {
      url: r.url,
      rowsReturned: (first.body.tasks ?? first.body.cases).length,
      latencyMs: s,
      plan,
      met: ok,
    };
  }
  out.met = met;
  return out;
}

// ---------------------------------------------------------------------------------------------
// 4. Worker memory and start time

// ---------------------------------------------------------------------------------------------
// 6. A bilan campaign for the whole sector

async function benchCampaign(sys: System) {
  const n = SETTINGS.campaignProviders;
  say(`item 6: ${n} providers in Luxembourg, then a campaign for them`);
  const providers = await newProviders(sys.db, n, 'k');
  await sys
    .db('providers')
    .whereIn(
      'id',
      providers.map((p) => p.providerId),
    )
    .update({ subregionCode: 'luxembourg' });
  const supervisor = await sessionFor(sys, SUPERVISOR_ID);
  const now = Date.now();
  const created = await supervisor.request('POST', '/api/campaigns', {
    title: `Bilan Général mesure ${randomUUID().slice(0, 8)}`,
    startsAt: new Date(now + 86_400_000).toISOString().slice(0, 10),
    deadline: new Date(now + 200 * 86_400_000).toISOString().slice(0, 10),
    subregionCode: 'luxembourg',
  });
  if (created.status !== 201) throw new Error(`campaign: ${created.status} ${created.text}`);
  const id = created.body.campaign.id as string;
  const memoryBefore = await workerMemory(sys);

  /** Polls the campaign as the supervisor's page does, printing its progress. */
  const untilOpen = async (what: string) => {
    const t0 = performance.now();
    let lastShown = -1;
    for (;;) {
      const res = await supervisor.request('GET', `/api/campaigns/${id}`);
      const c = res.body.campaign;
      if (c.processedCount !== lastShown) {
        say(
          `  ${what}: ${c.processedCount} / ${c.providerCount} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
        );
        lastShown = c.processedCount;
      }
      if (c.status === 'open') return { seconds: (performance.now() - t0) / 1000, campaign: c };
      if (performance.now() - t0 > 30 * 60_000) throw new Error(`${what}: campaign still opening`);
      await sleep(1000);
    }
  };
  const first = await untilOpen('opening');
  const t1 = performance.now();
  const cases = async () => Number((await sys.db('cases').where({ campaignId: id }).count({ n: '*' }))[0].n);
  for (;;) {
    if ((await cases()) >= n) break;
    if (performance.now() - t1 > 30 * 60_000) throw new Error('bilans not all on record');
    await sleep(500);
  }
  const projectedSeconds = first.seconds + (performance.now() - t1) / 1000;
  const firstRun = (await sys.client.workflow.getHandle(campaignWorkflowId(id)).result()) as CampaignProgress;

  const again = await supervisor.request('POST', `/api/campaigns/${id}/open`);
  if (again.status !== 200) throw new Error(`reopen: ${again.status} ${again.text}`);
  const second = await untilOpen('opening again');
  const secondRun = (await sys.client.workflow
    .getHandle(campaignWorkflowId(id))
    .result()) as CampaignProgress;
  const bilanCount = await cases();
  const workflows = await sys.client.workflow.count(
    `WorkflowType = 'bilanWorkflow' AND CaseProcedure = 'bilan' AND ExecutionStatus = 'Running'`,
  );
  return {
    providers: n,
    openSeconds: round1(first.seconds),
    perSecond: round1(n / first.seconds),
    allOnRecordSeconds: round1(projectedSeconds),
    startedFirstRun: firstRun.started,
    reopenSeconds: round1(second.seconds),
    startedSecondRun: secondRun.started,
    bilansOnRecord: bilanCount,
    runningBilanWorkflows: workflows.count,
    idempotent: secondRun.started === 0 && bilanCount === n,
    workerMemoryBefore: memoryBefore,
    workerMemoryAfter: await workerMemory(sys),
  };
}

async function workerMemory(sys: System) {
  const m = await sys.worker.memory();
  return {
    openCases: await openCaseCount(sys.db),
    rssMb: mb(m.rss),
    heapUsedMb: mb(m.heapUsed),
    heapTotalMb: mb(m.heapTotal),
    externalMb: mb(m.external),
  };
}

/** Worker.create with the prebuilt bundle, then run() until the server has seen its first poll. */
async function benchWorkerStart(sys: System) {
  const runs: number[] = [];
  const creates: number[] = [];
  for (let i = 0; i < 3; i++) {
    const taskQueue = `bench-startup-${i}-${randomUUID().slice(0, 8)}`;
    const t0 = performance.now();
    const worker = await Worker.create({
      connection: sys.nativeConnection,
      namespace: 'default',
      taskQueue,
      workflowBundle: { code: sys.bundleCode },
      activities: createActivities({ db: sys.db }),
      maxCachedWorkflows: SETTINGS.maxCachedWorkflows,
    });
    creates.push(performance.now() - t0);
    const running = worker.run();
    for (;;) {
      const d = await sys.connection.workflowService.describeTaskQueue({
        namespace: 'default',
        taskQueue: { name: taskQueue },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      });
      if ((d.pollers?.length ?? 0) > 0) break;
      await sleep(20);
    }
    runs.push(performance.now() - t0);
    worker.shutdown();
    await running;
  }
  return { createMs: stats(creates), untilFirstPollMs: stats(runs), runs: runs.length };
}

// ---------------------------------------------------------------------------------------------
// 5. Cold start of the whole system

async function benchColdStart() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pro-one-bench-cold-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(await freePort()),
    TEMPORAL_PORT: String(await freePort()),
    TEMPORAL_UI_PORT: String(await freePort()),
    OIDC_DEV_PROVIDER_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
  say(`5. cold start: node --import tsx scripts/start.ts, fresh DATA_DIR, port ${port}`);
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (b: Buffer) => {
    output.push(b.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((r) =>
    child.once('exit', () => {
      exited = true;
      r();
    }),
  );
  let seconds: number | undefined;
  let stopSeconds: number | undefined;
  try {
    while (performance.now() - t0 < 300_000 && !exited) {
      const ok = await fetch(`http://127.0.0.1:${port}/`)
        .then((res) => res.status === 200)
        .catch(() => false);
      if (ok) {
        seconds = (performance.now() - t0) / 1000;
        break;
      }
      await sleep(100);
    }
  } finally {
    const s0 = performance.now();
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exit;
    clearTimeout(timer);
    stopSeconds = (performance.now() - s0) / 1000;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (seconds === undefined) throw new Error(`cold start failed:\n${output.join('').slice(-3000)}`);
  return {
    untilFirstPageSeconds: round1(seconds),
    stopSeconds: round1(stopSeconds ?? 0),
    exitCode: child.exitCode,
  };
}

// ---------------------------------------------------------------------------------------------

function machine() {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cpus: os.availableParallelism(),
    cpuModel: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    temporalCli: TEMPORAL_CLI_VERSION,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

function printTable(r: Json): void {
  const rows: string[][] = [['item', 'measure', 'value', 'goal', 'status']];
  const status = (met: boolean | undefined) => (met === undefined ? '' : met ? 'met' : 'NOT MET');
  const ms = (s: Stats) => `p50 ${s.p50} / p95 ${s.p95} / p99 ${s.p99} ms`;
  if (r.starts) {
    const s = r.starts;
    rows.push([
      '1',
      `raw client.workflow.start (×${s.count}, c=${s.concurrency})`,
      `${s.raw.perSecond}/s`,
      '',
      '',
    ]);
    rows.push(['1', 'POST /api/cessation-risk-reports', `${s.api.perSecond}/s`, '', '']);
    rows.push(['1', 'ratio API / raw start', String(s.ratio), `≥ ${GOALS.startRatio}`, status(s.met)]);
    rows.push(['1', 'raw update-with-start (confirmReport)', `${s.rawStartAndConfirm.perSecond}/s`, '', '']);
    rows.push(['1', 'ratio API / raw update-with-start', String(s.ratioToStartAndConfirm), '', '']);
  }
  for (const u of r.updates ?? []) {
    const g = `p95 ≤ ${GOALS.updateP95Ms} ms`;
    rows.push([
      '2',
      `provider step (report), ${u.openCases} open`,
      ms(u.providerStep),
      g,
      status(u.providerStep.p95 <= GOALS.updateP95Ms),
    ]);
    rows.push([
      '2',
      `agent claim, ${u.openCases} open`,
      ms(u.claim),
      g,
      status(u.claim.p95 <= GOALS.updateP95Ms),
    ]);
    rows.push([
      '2',
      `agent complete, ${u.openCases} open`,
      ms(u.complete),
      g,
      status(u.complete.p95 <= GOALS.updateP95Ms),
    ]);
    rows.push(['2', `claim + complete, ${u.openCases} open`, ms(u.claimThenComplete), '', '']);
  }
  if (r.reads) {
    for (const name of ['inbox', 'caseList']) {
      const x = r.reads[name];
      rows.push([
        '3',
        `${x.url} (${r.reads.cases} cases, ${r.reads.tasks} tasks)`,
        ms(x.latencyMs),
        `p95 ≤ ${GOALS.readP95Ms} ms`,
        status(x.latencyMs.p95 <= GOALS.readP95Ms),
      ]);
      rows.push([
        '3',
        `  plan: ${x.plan.indexesUsed.join(', ') || 'no index'}`,
        x.plan.seqScansOnBigTables.length
          ? `Seq Scan on ${x.plan.seqScansOnBigTables.join(', ')}`
          : 'no Seq Scan',
        'indexes only',
        status(x.plan.seqScansOnBigTables.length === 0),
      ]);
    }
  }
  for (const m of r.workerMemory ?? []) {
    rows.push([
      '4',
      `worker memory, ${m.openCases} open (cache ${SETTINGS.maxCachedWorkflows})`,
      `RSS ${m.rssMb} MB, heap ${m.heapUsedMb} MB`,
      '',
      '',
    ]);
  }
  if (r.workerStart) {
    rows.push([
      '4',
      'worker start, prebuilt bundle (create → first poll)',
      `median ${r.workerStart.untilFirstPollMs.p50} ms`,
      '',
      '',
    ]);
  }
  if (r.coldStart)
    rows.push(['5', 'cold start until GET / answers 200', `${r.coldStart.untilFirstPageSeconds} s`, '', '']);
  if (r.campaign) {
    const k = r.campaign;
    rows.push([
      '6',
      `campaign opened for ${k.providers} providers (all bilans started)`,
      `${k.openSeconds} s`,
      'completes',
      status(k.startedFirstRun === k.providers),
    ]);
    rows.push(['6', 'bilan workflows started per second', `${k.perSecond}/s`, '', '']);
    rows.push(['6', 'every bilan on record (read model)', `${k.allOnRecordSeconds} s`, '', '']);
    rows.push([
      '6',
      'opened again: bilans started / on record',
      `${k.startedSecondRun} / ${k.bilansOnRecord}`,
      `0 / ${k.providers}`,
      status(k.idempotent),
    ]);
    rows.push(['6', 'opened again: time to go through the scope', `${k.reopenSeconds} s`, '', '']);
    rows.push([
      '6',
      'worker RSS before → after',
      `${k.workerMemoryBefore.rssMb} → ${k.workerMemoryAfter.rssMb} MB`,
      '',
      '',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const [n, row] of rows.entries()) {
    console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

async function main(): Promise<void> {
  const result: Record<string, Json> = {
    startedAt: new Date().toISOString(),
    machine: machine(),
    settings: { ...SETTINGS, skip: [...SETTINGS.skip] },
  };
  say(`scale ${scale}: ${JSON.stringify(result.settings)}`);
  const sys = await startSystem();
  try {
    result.workerMemory = [{ ...(await workerMemory(sys)), when: 'idle, after start' }];
    result.bundleMs = round1(sys.bundleMs);
    result.workerChildCreateMs = round1(sys.workerCreateMs);
    if (!SETTINGS.skip.has('1')) result.starts = await benchStarts(sys);
    if (!SETTINGS.skip.has('2')) {
      result.updates = [];
      for (const target of SETTINGS.openCases) {
        result.updates.push(await benchUpdates(sys, target));
        result.workerMemory.push({ ...(await workerMemory(sys)), when: `after item 2 at ${target}` });
      }
    }
    if (!SETTINGS.skip.has('4')) result.workerStart = await benchWorkerStart(sys);
    if (!SETTINGS.skip.has('3')) result.reads = await benchReads(sys);
    if (!SETTINGS.skip.has('6')) result.campaign = await benchCampaign(sys);
  } finally {
    say('stopping the system under test');
    await sys.stop();
  }
  if (!SETTINGS.skip.has('5')) result.coldStart = await benchColdStart();
  result.durationSeconds = Math.round((Date.now() - started) / 1000);

  console.log(
    `\nPRO.ONE benchmarks — ${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGiB} GiB, scale ${scale}\n`,
  );
  printTable(result);
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  const file = path.join(ROOT, 'bench-results', `${result.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nSaved ${path.relative(ROOT, file)} (${result.durationSeconds} s).`);
}

if (process.env.BENCH_WORKER_CHILD) {
  workerChild().catch((err) => {
    process.send?.({ type: 'error', error: String(err?.stack ?? err) } satisfies WorkerChildMessage);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
