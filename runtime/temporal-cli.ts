import { spawn, execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Provisions the `temporal` CLI (which embeds the dev server) on a developer machine.
 * The CLI is not on npm, so it is built from source with Go (the Go module proxy is reachable
 * where the internet is not) or, without Go, downloaded from temporal.download.
 */

export const TEMPORAL_CLI_VERSION = '1.5.1';

// Newer tags have `replace` directives in go.mod, which `go install pkg@version` refuses.
const GO_PACKAGE = 'github.com/temporalio/cli/cmd/temporal';
const LOCK_STALE_MS = 20 * 60_000;
const PROGRESS_EVERY_MS = 5_000;

const execFileAsync = promisify(execFile);

export interface EnsureTemporalCliOptions {
  cacheDir: string;
  explicitPath?: string;
  log?: (line: string) => void;
}

export async function ensureTemporalCli(opts: EnsureTemporalCliOptions): Promise<string> {
  const log = opts.log ?? ((line: string) => console.log(line));
  // Rewrite one line in place only when we own the terminal; a custom logger gets plain lines.
  const tty = !opts.log && process.stdout.isTTY === true;

  if (opts.explicitPath) {
    const explicit = path.resolve(opts.explicitPath);
    if (!(await isExecutableFile(explicit))) {
      throw new Error(
        `TEMPORAL_CLI_PATH=${opts.explicitPath} does not point to an executable file (resolved: ${explicit})`,
      );
    }
    return explicit;
  }

  const versionDir = path.join(path.resolve(opts.cacheDir), 'temporal-cli', `v${TEMPORAL_CLI_VERSION}`);
  const target = path.join(versionDir, 'temporal');
  if (await isWorkingCli(target)) return target;

  await fs.mkdir(versionDir, { recursive: true });
  await withLock(`${versionDir}.lock`, log, async () => {
    // Another process may have finished provisioning while we waited for the lock.
    if (await isWorkingCli(target)) return;
    await fs.rm(target, { force: true });
    const go = await findGo();
    if (go) await buildWithGo(go, versionDir, target, log, tty);
    else await downloadArchive(versionDir, target, log, tty);
    if (!(await isWorkingCli(target))) {
      throw new Error(
        `The provisioned Temporal CLI at ${target} does not report version ${TEMPORAL_CLI_VERSION}`,
      );
    }
    log(`Temporal CLI v${TEMPORAL_CLI_VERSION} ready: ${target}`);
  });
  return target;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return false;
    await fs.access(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// `temporal --version` costs ~100 ms; remember a positive answer for the life of the process.
const verified = new Set<string>();

async function isWorkingCli(file: string): Promise<boolean> {
  if (verified.has(file)) return true;
  if (!(await isExecutableFile(file))) return false;
  try {
    const { stdout } = await execFileAsync(file, ['--version'], { timeout: 15_000 });
    if (!stdout.includes(TEMPORAL_CLI_VERSION)) return false;
    verified.add(file);
    return true;
  } catch {
    return false;
  }
}

async function findGo(): Promise<string | undefined> {
  const candidates = [
    ...(process.env.PATH ?? '')
      .split(path.delimiter)
      .filter(Boolean)
      .map((dir) => path.join(dir, 'go')),
    ...(process.env.GOROOT ? [path.join(process.env.GOROOT, 'bin', 'go')] : []),
    '/usr/local/go/bin/go',
  ];
  for (const candidate of candidates) {
    if (!(await isExecutableFile(candidate))) continue;
    try {
      await execFileAsync(candidate, ['version'], { timeout: 30_000 });
      return candidate;
    } catch {
      // A broken toolchain is as good as none: try the next one.
    }
  }
  return undefined;
}

/**
 * A mkdir-based lock: atomic on every filesystem, and visible to the operator (`ls`). The holder
 * refreshes its mtime, so only a lock untouched for 20 minutes, or whose holder is dead, is stale.
 */
async function withLock(
  lockDir: string,
  log: (line: string) => void,
  fn: () => Promise<void>,
): Promise<void> {
  let lastNotice = 0;
  for (;;) {
    try {
      await fs.mkdir(lockDir);
      await fs.writeFile(path.join(lockDir, 'owner'), `${process.pid}\n${os.hostname()}\n`);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (await isStaleLock(lockDir)) {
      log(`Removing a stale Temporal CLI provisioning lock: ${lockDir}`);
      await fs.rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() - lastNotice > 30_000) {
      log(`Another process is provisioning the Temporal CLI (lock ${lockDir}); waiting...`);
      lastNotice = Date.now();
    }
    await sleep(1_000);
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    fs.utimes(lockDir, now, now).catch(() => undefined);
  }, 60_000);
  heartbeat.unref();
  try {
    await fn();
  } finally {
    clearInterval(heartbeat);
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}

async function isStaleLock(lockDir: string): Promise<boolean> {
  try {
    const stat = await fs.stat(lockDir);
    if (Date.now() - stat.mtimeMs > LOCK_STALE_MS) return true;
    const [pid, host] = (await fs.readFile(path.join(lockDir, 'owner'), 'utf8')).split('\n');
    return host === os.hostname() && !isAlive(Number(pid));
  } catch {
    // Vanished meanwhile, or the owner file is not written yet: not stale, retry.
    return false;
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Prints one progress line every few seconds: rewritten in place on a TTY, appended otherwise. */
function progressReporter(log: (line: string) => void, useTty: boolean, render: (elapsed: string) => string) {
  const started = Date.now();
  const line = () => render(formatDuration(Date.now() - started));
  const timer = setInterval(() => {
    if (useTty) process.stdout.write(`\r\x1b[2K${line()}`);
    else log(line());
  }, PROGRESS_EVERY_MS);
  let finished = false;
  return {
    elapsed: () => formatDuration(Date.now() - started),
    done() {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      if (useTty) process.stdout.write('\r\x1b[2K');
    },
  };
}

function formatDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

async function buildWithGo(
  go: string,
  versionDir: string,
  target: string,
  log: (line: string) => void,
  useTty: boolean,
): Promise<void> {
  // GOBIN inside the cache: the final rename stays on one filesystem, hence atomic.
  const gobin = await fs.mkdtemp(path.join(path.dirname(versionDir), 'build-'));
  const spec = `${GO_PACKAGE}@v${TEMPORAL_CLI_VERSION}`;
  log(
    `Building the Temporal CLI v${TEMPORAL_CLI_VERSION} with ${go} (first run only, takes a few minutes)...`,
  );
  const tail: string[] = [];
  let downloaded = 0;
  let compiled = 0;
  const progress = progressReporter(
    log,
    useTty,
    (elapsed) =>
      `Building the Temporal CLI v${TEMPORAL_CLI_VERSION} (first run only): ${downloaded} modules downloaded, ${compiled} packages compiled, ${elapsed} elapsed`,
  );
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      // Release builds stamp the version at link time; without this `temporal --version` says 0.0.0-DEV.
      // `-s -w` as in the release build: it drops ~80 MB of debug info.
      const ldflags = `-s -w -X github.com/temporalio/cli/temporalcli.Version=${TEMPORAL_CLI_VERSION}`;
      const child = spawn(go, ['install', '-v', `-ldflags=${ldflags}`, spec], {
        env: { ...process.env, GOBIN: gobin },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let pending = '';
      const onData = (chunk: Buffer) => {
        const lines = (pending + chunk.toString('utf8')).split('\n');
        pending = lines.pop() ?? '';
        for (const raw of lines) {
          const text = raw.trim();
          if (!text) continue;
          tail.push(text);
          if (tail.length > 50) tail.shift();
          if (text.startsWith('go: downloading ')) downloaded++;
          // `-v` names each package as it is compiled: a bare import path, no spaces.
          else if (/^[\w.~-]+(\/[\w.~+-]+)*$/.test(text)) compiled++;
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', reject);
      child.on('close', resolve);
    });
    progress.done();
    if (code !== 0) {
      throw new Error(
        `go install ${spec} failed (exit code ${code}) after ${progress.elapsed()}. Last output:\n${tail.join('\n')}`,
      );
    }
    const built = path.join(gobin, 'temporal');
    await fs.chmod(built, 0o755);
    await fs.rename(built, target);
    log(
      `Built the Temporal CLI in ${progress.elapsed()} (${downloaded} modules downloaded, ${compiled} packages compiled).`,
    );
  } finally {
    progress.done();
    await fs.rm(gobin, { recursive: true, force: true });
  }
}

async function downloadArchive(
  versionDir: string,
  target: string,
  log: (line: string) => void,
  useTty: boolean,
): Promise<void> {
  const platform =
    process.platform === 'linux' || process.platform === 'darwin' ? process.platform : undefined;
  const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'arm64' ? 'arm64' : undefined;
  if (!platform || !arch) {
    throw new Error(
      `No Go toolchain found and no Temporal CLI download for ${process.platform}/${process.arch}; install Go or set TEMPORAL_CLI_PATH`,
    );
  }
  const url = `https://temporal.download/cli/archive/v${TEMPORAL_CLI_VERSION}?platform=${platform}&arch=${arch}`;
  log(`No Go toolchain found: downloading the Temporal CLI v${TEMPORAL_CLI_VERSION} from ${url}`);
  const work = await fs.mkdtemp(path.join(path.dirname(versionDir), 'download-'));
  try {
    const res = await fetch(url, { redirect: 'follow' });
    if (!res.ok || !res.body)
      throw new Error(`Downloading ${url} failed: HTTP ${res.status} ${res.statusText}`);
    const total = Number(res.headers.get('content-length')) || 0;
    let received = 0;
    const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
    const progress = progressReporter(
      log,
      useTty,
      (elapsed) =>
        `Downloading the Temporal CLI: ${mib(received)}${total ? ` / ${mib(total)} MiB (${Math.floor((received * 100) / total)}%)` : ' MiB'}, ${elapsed} elapsed`,
    );
    const archive = path.join(work, 'temporal.tar.gz');
    const out = createWriteStream(archive);
    try {
      for await (const chunk of res.body) {
        received += chunk.byteLength;
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
      await new Promise<void>((resolve, reject) =>
        out.end((err?: Error | null) => (err ? reject(err) : resolve())),
      );
    } finally {
      progress.done();
      out.destroy();
    }
    log(`Downloaded ${mib(received)} MiB in ${progress.elapsed()}; extracting...`);
    try {
      await execFileAsync('tar', ['-xzf', archive, '-C', work]);
    } catch (err) {
      throw new Error(`Extracting ${archive} failed: ${(err as Error).message}`, { cause: err });
    }
    const extracted = path.join(work, 'temporal');
    if (!(await fs.stat(extracted).catch(() => undefined))?.isFile()) {
      throw new Error(`The archive from ${url} has no 'temporal' binary at its root`);
    }
    await fs.chmod(extracted, 0o755);
    await fs.rename(extracted, target);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
