/**
 * The system the fault injection runs against, every part a real process it may kill:
 * PostgreSQL (embedded, temporary directory), the Temporal dev server (SQLite file with WAL, so
 * a restart loses nothing), the production worker (`worker/main.ts`) and the production API
 * (`api/server.ts`) as child processes. Ports stay the same across restarts, as they would
 * behind a service name.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { loadConfig, type Config } from '../../common/node/config';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { CASE_SEARCH_ATTRIBUTES } from '../../common/search-attributes';
import { createDb, migrateLatest, type Db } from '../../db';
import { seedDemo } from '../../db/seeds/demo';
import { createSessions } from '../../api/auth/sessions';
import { bundleWorkflows } from '../../worker/create-worker';
import { ensureTemporalCli } from '../../runtime/temporal-cli';
import { startEmbeddedPostgres } from '../../runtime/embedded-postgres';
import { startTemporalDevServer, type TemporalDevServer } from '../../runtime/temporal-dev-server';
import { Session, freePort, sleep } from '../lib/harness';
import { startMailCatcher, type MailCatcher } from '../../runtime/mail-catcher';

const ROOT = path.join(__dirname, '..', '..');
const TASK_QUEUE = 'chaos-cases';

export interface ChaosSystemOptions {
  log: (line: string) => void;
  /** How long the API waits for a workflow to confirm a step before it answers 503. */
  updateWaitMs: number;
}

type Stoppable = { stop(): Promise<void> };

/** A child process of ours (worker, API), its output kept in a file. */
class Child {
  private exited: Promise<number | null>;
  constructor(readonly process: ChildProcess) {
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** `kill -9`: no shutdown hook runs, in-flight work is cut. */
  async kill(): Promise<void> {
    if (this.running) this.process.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), 20_000);
    await this.exited;
    clearTimeout(timer);
  }
}

export class ChaosSystem {
  private pg?: Stoppable;
  private temporalServer?: TemporalDevServer;
  private worker?: Child;
  private api?: Child;
  private catcher?: MailCatcher;
  readonly baseUrl: string;
  readonly taskQueue = TASK_QUEUE;

  private constructor(
    readonly tmp: string,
    readonly config: Config,
    private readonly opts: ChaosSystemOptions,
    private readonly ports: {
      pg: number;
      temporal: number;
      temporalUi: number;
      api: number;
      smtp: number;
      mailbox: number;
    },
    private readonly cliPath: string,
    readonly db: Db,
    readonly dbUrl: string,
    readonly client: Client,
    private readonly connection: Connection,
  ) {
    this.baseUrl = `http://127.0.0.1:${ports.api}`;
  }

  static async start(opts: ChaosSystemOptions): Promise<ChaosSystem> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pro-one-chaos-'));
    fs.chmodSync(tmp, 0o755); // as root, PostgreSQL runs as its own user and must reach its data dir
    const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATA_DIR: tmp, LOG_LEVEL: 'warn' });
    const ports = {
      pg: await freePort(),
      temporal: await freePort(),
      temporalUi: await freePort(),
      api: await freePort(),
      smtp: await freePort(),
      mailbox: await freePort(),
    };
    const cliPath = await ensureTemporalCli({
      cacheDir: config.cacheDir,
      explicitPath: config.temporal.cliPath,
      log: opts.log,
    });
    // The worker restarts from a prebuilt bundle, as in production (WORKFLOW_BUNDLE_PATH).
    fs.writeFileSync(path.join(tmp, 'workflow-bundle.js'), (await bundleWorkflows()).code);
    const pg = await startPostgres(tmp, ports.pg, opts.log);
    const db = createDb(pg.url);
    await migrateLatest(db);
    await seedDemo(db, createPersonalDataCipher(config.personalDataKey));
    const temporalServer = await startTemporal(cliPath, tmp, ports, opts.log);
    const connection = await Connection.connect({ address: temporalServer.address });
    const client = new Client({ connection, namespace: 'default' });
    const sys = new ChaosSystem(tmp, config, opts, ports, cliPath, db, pg.url, client, connection);
    sys.pg = pg;
    sys.temporalServer = temporalServer;
    await sys.startSmtp();
    await sys.startWorker();
    await sys.startApi();
    return sys;
  }

  get temporalAddress(): string {
    return `127.0.0.1:${this.ports.temporal}`;
  }

  private env(extra: Record<string, string>): NodeJS.ProcessEnv {
    return {
      ...process.env,
      NODE_ENV: 'test',
      DATA_DIR: this.tmp,
      DATABASE_URL: this.dbUrl,
      TEMPORAL_ADDRESS: this.temporalAddress,
      TEMPORAL_TASK_QUEUE: TASK_QUEUE,
      // Real SMTP to the catcher; a message waits at most 5 s between attempts here.
      SMTP_URL: `smtp://127.0.0.1:${this.ports.smtp}`,
      MAIL_RETRY_MAX_INTERVAL: '5s',
      LOG_LEVEL: 'warn',
      ...extra,
    };
  }

  private spawnNode(script: string, env: NodeJS.ProcessEnv, logName: string): Child {
    const out = fs.openSync(path.join(this.tmp, logName), 'a');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script)], {
      cwd: ROOT,
      env,
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    return new Child(child);
  }

  /** The last lines a child process wrote (`worker.log`, `api.log`). */
  tail(logName: string): string {
    const text = fs.readFileSync(path.join(this.tmp, logName), 'utf8');
    return text.split('\n').slice(-30).join('\n');
  }

  /** The production worker; ready once the server lists it as a poller of the task queue. */
  async startWorker(): Promise<void> {
    const t0 = Date.now();
    const worker = this.spawnNode(
      'worker/main.ts',
      this.env({
        MAX_CACHED_WORKFLOWS: '1000',
        WORKFLOW_BUNDLE_PATH: path.join(this.tmp, 'workflow-bundle.js'),
      }),
      'worker.log',
    );
    this.worker = worker;
    const identity = `${worker.process.pid}@`;
    for (;;) {
      if (!worker.running) throw new Error(`the worker exited at start:\n${this.tail('worker.log')}`);
      const res = await this.client.workflowService
        .describeTaskQueue({
          namespace: 'default',
          taskQueue: { name: TASK_QUEUE },
          taskQueueType: 1, // workflow tasks
        })
        .catch(() => undefined);
      if (res?.pollers?.some((p) => p.identity?.startsWith(identity))) break;
      if (Date.now() - t0 > 120_000) throw new Error('the worker did not poll within 120 s');
      await sleep(250);
    }
    this.opts.log(`worker pid ${worker.process.pid} polling (${Date.now() - t0} ms)`);
  }

  async killWorker(): Promise<void> {
    this.opts.log(`kill -9 worker pid ${this.worker?.process.pid}`);
    await this.worker?.kill();
  }

  /** The production API on its fixed port; ready once /api/health answers. */
  async startApi(): Promise<void> {
    const t0 = Date.now();
    const api = this.spawnNode(
      'api/server.ts',
      this.env({
        PORT: String(this.ports.api),
        HOST: '127.0.0.1',
        UPDATE_WAIT_MS: String(this.opts.updateWaitMs),
      }),
      'api.log',
    );
    this.api = api;
    for (;;) {
      if (!api.running) throw new Error(`the API exited at start:\n${this.tail('api.log')}`);
      const ok = await fetch(`${this.baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() - t0 > 60_000) throw new Error('the API did not answer within 60 s');
      await sleep(100);
    }
    this.opts.log(`API pid ${api.process.pid} answering (${Date.now() - t0} ms)`);
  }

  async killApi(): Promise<void> {
    this.opts.log(`kill -9 API pid ${this.api?.process.pid}`);
    await this.api?.kill();
  }

  async crashTemporal(): Promise<void> {
    this.opts.log('kill -9 the Temporal dev server');
    await this.temporalServer?.crash();
  }

  async startTemporal(): Promise<void> {
    this.temporalServer = await startTemporal(this.cliPath, this.tmp, this.ports, this.opts.log);
  }

  /** The mail catcher's web API, where the scenarios read what was sent. */
  get mailboxUrl(): string {
    return `http://127.0.0.1:${this.ports.mailbox}`;
  }

  /** The SMTP server (MailDev), on its fixed port; what it received is kept across restarts. */
  async startSmtp(): Promise<void> {
    this.catcher = await startMailCatcher({
      smtpPort: this.ports.smtp,
      webPort: this.ports.mailbox,
      mailDir: path.join(this.tmp, 'mail'),
    });
    this.opts.log(`SMTP server answering on ${this.ports.smtp}`);
  }

  async stopSmtp(): Promise<void> {
    this.opts.log('stopping the SMTP server');
    await this.catcher?.stop();
    this.catcher = undefined;
  }

  async stopPostgres(): Promise<void> {
    this.opts.log('stopping PostgreSQL');
    await this.pg?.stop();
    this.pg = undefined;
  }

  async startPostgres(): Promise<void> {
    this.pg = await startPostgres(this.tmp, this.ports.pg, this.opts.log);
  }

  /** A session as every login ends (the login itself is tested elsewhere). */
  async session(userId: string): Promise<Session> {
    const { token, session } = await createSessions(this.db, this.config).create(userId, 'strong');
    return new Session(this.baseUrl, token, session.csrfToken);
  }

  async stop(): Promise<void> {
    await this.api?.stop().catch(() => undefined);
    await this.worker?.stop().catch(() => undefined);
    await this.connection.close().catch(() => undefined);
    await this.temporalServer?.stop().catch(() => undefined);
    await this.catcher?.stop().catch(() => undefined);
    await this.db.destroy().catch(() => undefined);
    await this.pg?.stop().catch(() => undefined);
    fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

function startPostgres(tmp: string, port: number, log: (line: string) => void) {
  return startEmbeddedPostgres({
    dataDir: path.join(tmp, 'postgres'),
    port,
    database: 'pro_one_chaos',
    // The server's own lines (every connection it ends when stopped) are noise here.
    log: (line) => {
      if (!line.startsWith('PostgreSQL: ')) log(line);
    },
  });
}

function startTemporal(
  cliPath: string,
  tmp: string,
  ports: { temporal: number; temporalUi: number },
  log: (line: string) => void,
) {
  return startTemporalDevServer({
    cliPath,
    dbFile: path.join(tmp, 'temporal', 'temporal.sqlite'),
    port: ports.temporal,
    uiPort: ports.temporalUi,
    namespace: 'default',
    searchAttributes: CASE_SEARCH_ATTRIBUTES,
    logFile: path.join(tmp, 'temporal', 'server.log'),
    log,
  });
}
