import { spawn, execFile } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { msToTs, optionalTsToMs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';

/**
 * Runs `temporal server start-dev` as a child process. With a SQLite file its state (open cases,
 * pending timers) survives restarts, which is what a developer machine needs.
 */

export type SearchAttributeType = 'Keyword' | 'Text' | 'Int' | 'Double' | 'Bool' | 'Datetime' | 'KeywordList';

export interface TemporalDevServerOptions {
  cliPath: string;
  /** SQLite file; without it the server keeps everything in memory. */
  dbFile?: string;
  ip?: string;
  port: number;
  uiPort: number;
  namespace: string;
  searchAttributes?: Record<string, SearchAttributeType>;
  log?: (line: string) => void;
  logFile?: string;
}

export interface TemporalDevServer {
  address: string;
  uiUrl: string;
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would; for fault injection (`npm run chaos`). */
  crash(): Promise<void>;
}

/**
 * Eager activity dispatch: when a workflow task schedules an activity the same worker can run,
 * the server hands it back in its answer instead of going through the task queue. Every step
 * that waits for its read-model write saves a round trip (docs/BENCHMARKS.md, item 2).
 */
export const DEV_SERVER_DYNAMIC_CONFIG = [
  '--dynamic-config-value',
  'system.enableActivityEagerExecution=true',
];

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const execFileAsync = promisify(execFile);

export async function startTemporalDevServer(opts: TemporalDevServerOptions): Promise<TemporalDevServer> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const ip = opts.ip ?? '127.0.0.1';
  const address = `${ip}:${opts.port}`;
  const uiUrl = `http://${ip === '0.0.0.0' ? 'localhost' : ip}:${opts.uiPort}`;

  const args = [
    'server',
    'start-dev',
    '--ip',
    ip,
    '--port',
    String(opts.port),
    '--ui-port',
    String(opts.uiPort),
  ];
  args.push('--namespace', opts.namespace, '--log-level', 'warn', ...DEV_SERVER_DYNAMIC_CONFIG);
  const pidFile = opts.dbFile ? `${path.resolve(opts.dbFile)}.pid` : undefined;
  if (opts.dbFile) {
    const dbFile = path.resolve(opts.dbFile);
    await fs.mkdir(path.dirname(dbFile), { recursive: true });
    await killOrphan(pidFile!, dbFile, log);
    // WAL: readers (the UI, visibility queries) do not block the writer.
    args.push('--db-filename', dbFile, '--sqlite-pragma', 'journal_mode=wal');
  }
  for (const [name, type] of Object.entries(opts.searchAttributes ?? {})) {
    args.push('--search-attribute', `${name}=${type}`);
  }

  // Otherwise a server already on the port (an orphan, another checkout) would answer our
  // readiness probe and we would report success while our child dies.
  for (const port of [opts.port, opts.uiPort]) {
    if (!(await isPortFree(ip, port))) {
      throw new Error(
        `Port ${ip}:${port} is already in use: cannot start the Temporal dev server (another one running?)`,
      );
    }
  }

  let logStream: WriteStream | undefined;
  if (opts.logFile) {
    await fs.mkdir(path.dirname(path.resolve(opts.logFile)), { recursive: true });
    logStream = createWriteStream(opts.logFile, { flags: 'a' });
  }

  log(
    `Starting the Temporal dev server on ${address} (UI ${uiUrl})${opts.dbFile ? `, state in ${opts.dbFile}` : ''}...`,
  );
  const child = spawn(opts.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  // Always drain the pipes: a full pipe would block the server.
  const onData = (chunk: Buffer) => {
    logStream?.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      tail.push(line.trimEnd());
      if (tail.length > 40) tail.shift();
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);

  let exited = false;
  let ready = false;
  let stopping: Promise<void> | undefined;
  // Last resort when the parent exits without calling stop(): a synchronous kill is all 'exit' allows.
  const killOnExit = () => {
    child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);
  let markExited: () => void = () => undefined;
  const exitPromise = new Promise<void>((resolve) => (markExited = resolve));
  child.on('exit', (code, signal) => {
    exited = true;
    process.removeListener('exit', killOnExit);
    if (ready && !stopping)
      log(`The Temporal dev server exited unexpectedly (code ${code}, signal ${signal}).`);
    markExited();
  });
  // A failed spawn (missing binary) emits 'error' and no 'exit'.
  let spawnError: Error | undefined;
  child.on('error', (err) => {
    spawnError = err;
    exited = true;
    markExited();
  });

  const stop = () =>
    (stopping ??= (async () => {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exitPromise;
        clearTimeout(timer);
      }
      process.removeListener('exit', killOnExit);
      if (pidFile) await fs.rm(pidFile, { force: true });
      await new Promise<void>((resolve) => (logStream ? logStream.end(resolve) : resolve()));
    })());

  if (pidFile && child.pid) await fs.writeFile(pidFile, `${child.pid}\n`);

  try {
    await waitUntilReady(address, opts.namespace, () => {
      if (spawnError) throw spawnError;
      return exited;
    });
  } catch (err) {
    await stop();
    throw new Error(
      `The Temporal dev server did not start on ${address}: ${(err as Error).message}` +
        (tail.length ? `\nLast output:\n${tail.join('\n')}` : ''),
      { cause: err },
    );
  }
  ready = true;
  log(`Temporal dev server ready on ${address} (UI ${uiUrl}).`);
  const crash = async () => {
    stopping ??= exitPromise;
    if (!exited) child.kill('SIGKILL');
    await exitPromise;
    process.removeListener('exit', killOnExit);
    if (pidFile) await fs.rm(pidFile, { force: true });
    await new Promise<void>((resolve) => (logStream ? logStream.end(resolve) : resolve()));
  };
  return { address, uiUrl, stop, crash };
}

function isPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Ready means the frontend answers and our namespace is registered (start-dev creates it). */
async function waitUntilReady(address: string, namespace: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('the process exited early');
    let connection: Connection | undefined;
    try {
      connection = await Connection.connect({ address, connectTimeout: '2s' });
      await connection.workflowService.describeNamespace({ namespace });
      if (!hasExited()) return;
    } catch (err) {
      lastError = err;
    } finally {
      await connection?.close().catch(() => undefined);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `no answer within ${READY_TIMEOUT_MS / 1000} s (last error: ${(lastError as Error)?.message})`,
  );
}

/**
 * A dev server orphaned by a killed parent keeps the port and the SQLite file: the next start
 * would fail with "address already in use". Kill it if it is really ours (same db file).
 */
async function killOrphan(pidFile: string, dbFile: string, log: (line: string) => void): Promise<void> {
  const pid = Number.parseInt(await fs.readFile(pidFile, 'utf8').catch(() => ''), 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const command = await processCommand(pid);
  if (command?.includes('start-dev') && command.includes(dbFile)) {
    log(`Stopping a Temporal dev server left over from a previous run (pid ${pid})...`);
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_GRACE_MS;
    while ((await processCommand(pid)) !== undefined) {
      if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await fs.rm(pidFile, { force: true });
}

async function processCommand(pid: number): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync('ps', ['-o', 'stat=,args=', '-p', String(pid)]);
    const match = /^\s*(\S+)\s+(.*)$/.exec(stdout.trim());
    return match && !match[1]!.startsWith('Z') ? match[2] : undefined;
  } catch {
    return undefined;
  }
}

const { IndexedValueType } = temporal.api.enums.v1;
const INDEXED_VALUE_TYPES: Record<SearchAttributeType, temporal.api.enums.v1.IndexedValueType> = {
  Text: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Int: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  Double: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  Bool: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  Datetime: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KeywordList: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

function typeName(value: temporal.api.enums.v1.IndexedValueType): string {
  return Object.entries(INDEXED_VALUE_TYPES).find(([, v]) => v === value)?.[0] ?? String(value);
}

/**
 * Registers the custom search attributes that are missing, so an external server (TEMPORAL_ADDRESS)
 * gets them too. An attribute registered with another type cannot be changed: that is an error.
 */
export async function ensureSearchAttributes(
  connection: Connection,
  namespace: string,
  attrs: Record<string, SearchAttributeType>,
): Promise<void> {
  const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
  const missing: Record<string, temporal.api.enums.v1.IndexedValueType> = {};
  for (const [name, type] of Object.entries(attrs)) {
    const wanted = INDEXED_VALUE_TYPES[type];
    const existing = customAttributes?.[name];
    if (existing === undefined || existing === null) missing[name] = wanted;
    else if (existing !== wanted) {
      throw new Error(
        `Search attribute ${name} exists in namespace ${namespace} with another type (${typeName(existing)}), expected ${type}`,
      );
    }
  }
  if (Object.keys(missing).length === 0) return;
  try {
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
  } catch (err) {
    // Another process may have added them meanwhile: ALREADY_EXISTS (gRPC code 6) is fine.
    if ((err as { code?: number }).code !== 6) throw err;
  }
}

/**
 * Best effort: keep closed workflows' histories (a closed case's audit trail) readable for `days`.
 * Only ever raises the retention; a server that refuses gets a warning, not a failure.
 */
export async function ensureNamespaceRetention(
  connection: Connection,
  namespace: string,
  days: number,
  log: (line: string) => void = (line) => console.warn(line),
): Promise<void> {
  const wantedMs = days * 24 * 3600 * 1000;
  try {
    const described = await connection.workflowService.describeNamespace({ namespace });
    if ((optionalTsToMs(described.config?.workflowExecutionRetentionTtl) ?? 0) >= wantedMs) return;
    await connection.workflowService.updateNamespace({
      namespace,
      config: { workflowExecutionRetentionTtl: msToTs(wantedMs) },
    });
  } catch (err) {
    log(
      `Warning: could not set the retention of namespace ${namespace} to ${days} days: ${(err as Error).message}`,
    );
  }
}
