import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';

/**
 * The local mail catcher (MailDev: an SMTP server and a web mailbox), run as a process of its own
 * so that `npm start`, the tests and the chaos run send real SMTP to it and read what arrived
 * through its own API. Its messages are kept in `mailDir`: stopped and started again, it still
 * shows them.
 */
export interface MailCatcher {
  smtpUrl: string;
  webUrl: string;
  smtpPort: number;
  webPort: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface MailCatcherOptions {
  smtpPort: number;
  webPort: number;
  mailDir: string;
  host?: string;
  log?: (line: string) => void;
}

function maildevBin(): string {
  // The package exports ESM only; its binary is found next to this project's node_modules.
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', 'maildev', 'dist', 'bin', 'maildev.js');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('The maildev package is missing: run npm install');
    dir = parent;
  }
}

export async function startMailCatcher(opts: MailCatcherOptions): Promise<MailCatcher> {
  const host = opts.host ?? '127.0.0.1';
  fs.mkdirSync(opts.mailDir, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      maildevBin(),
      '--smtp',
      String(opts.smtpPort),
      '--web',
      String(opts.webPort),
      '--ip',
      host,
      '--web-ip',
      host,
      '--mail-directory',
      opts.mailDir,
      '--silent',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const webUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${opts.webPort}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The mail catcher stopped at start: ${stderr.trim()}`);
    try {
      const res = await fetch(`${webUrl}/api/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The mail catcher did not answer on ${webUrl}: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  opts.log?.(`Mail catcher ready: SMTP ${host}:${opts.smtpPort}, mailbox ${webUrl}`);
  return {
    smtpUrl: `smtp://${host === '0.0.0.0' ? '127.0.0.1' : host}:${opts.smtpPort}`,
    webUrl,
    smtpPort: opts.smtpPort,
    webPort: opts.webPort,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** A message as the catcher's API gives it. */
export interface CaughtMail {
  id: string;
  subject: string;
  text?: string;
  html?: string;
  time: string;
  to: Array<{ address: string; name: string }>;
  from: Array<{ address: string; name: string }>;
  headers: Record<string, string>;
  attachments?: Array<{ fileName?: string; contentType?: string }>;
}

/** Reads what the catcher received, through its own REST API. */
export async function caughtMails(webUrl: string): Promise<CaughtMail[]> {
  const res = await fetch(`${webUrl}/api/email`);
  if (!res.ok) throw new Error(`Mail catcher: ${res.status}`);
  return (await res.json()) as CaughtMail[];
}
