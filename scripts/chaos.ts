/**
 * `npm run chaos`: fault injection against the real system (issue 4, « Fault injection »).
 * Starts its own PostgreSQL, Temporal dev server, worker and API as processes it may kill, then
 * runs, in order:
 *
 *   1. kill -9 the worker while CHAOS_CASES (500) cases are in flight, restart it;
 *   2. kill -9 the Temporal dev server mid-run, restart it on the same SQLite file;
 *   3. stop PostgreSQL for CHAOS_PG_OUTAGE_SECONDS (15) mid-run, probing the API meanwhile;
 *   4. kill -9 the API in the middle of requests, restart it, clients retry with the same key;
 *   5. thousands of malformed requests against every route (CHAOS_FUZZ_ROUNDS rounds);
 *   6. kill -9 the worker while a bilan campaign opens for 2000 providers;
 *   7. kill -9 the worker while a batch pays the ACTE subsidies of 100 childminders;
 *   8. kill -9 the worker while référents accept 100 adaptation requests (suspension, withdrawal).
 *
 * Prints what each injected and what it checked, with counts; saves JSON to chaos-results/.
 * Exits 1 if any check fails. CHAOS_SCALE multiplies the case counts (the CI subset is
 * test/chaos/chaos.test.ts); CHAOS_ONLY=1,5 runs some scenarios only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { ChaosSystem } from './chaos/system';
import {
  adaptationWorkerKill,
  smtpOutage,
  apiKill,
  campaignWorkerKill,
  paymentWorkerKill,
  postgresOutage,
  printReport,
  temporalRestart,
  workerKill,
  type ScenarioReport,
} from './chaos/scenarios';
import { fuzz } from './chaos/fuzz';

const ROOT = path.join(__dirname, '..');
const scale = Number(process.env.CHAOS_SCALE || 1);
const cases = (n: number) => Math.max(5, Math.round(Number(process.env.CHAOS_CASES || n) * scale));
const only = new Set((process.env.CHAOS_ONLY || '1,2,3,4,5,6,7,8,9').split(','));
const started = Date.now();
const say = (line: string) =>
  process.stderr.write(`[chaos ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const sys = await ChaosSystem.start({ log: say, updateWaitMs: 5000 });
  const reports: ScenarioReport[] = [];
  try {
    const run = async (id: string, fn: () => Promise<ScenarioReport>) => {
      if (!only.has(id)) return;
      say(`scenario ${id}`);
      const r = await fn();
      printReport(r);
      reports.push(r);
    };
    await run('1', () => workerKill(sys, cases(500)));
    await run('2', () => temporalRestart(sys, cases(200)));
    await run('3', () =>
      postgresOutage(sys, cases(200), Number(process.env.CHAOS_PG_OUTAGE_SECONDS || 15) * 1000),
    );
    await run('4', () => apiKill(sys, cases(200)));
    await run('5', () => fuzz(sys, Number(process.env.CHAOS_FUZZ_ROUNDS || 3)));
    await run('6', () => campaignWorkerKill(sys, cases(2000)));
    await run('7', () => paymentWorkerKill(sys, cases(100)));
    await run('8', () => adaptationWorkerKill(sys, cases(100)));
    await run('9', () => smtpOutage(sys, cases(100)));
  } finally {
    await sys.stop();
  }
  const failed = reports.flatMap((r) => r.checks.filter((c) => !c.ok).map((c) => `${r.name}: ${c.what}`));
  fs.mkdirSync(path.join(ROOT, 'chaos-results'), { recursive: true });
  const file = path.join(
    ROOT,
    'chaos-results',
    `${new Date(started).toISOString().replace(/[:.]/g, '-')}.json`,
  );
  fs.writeFileSync(file, `${JSON.stringify({ scale, reports }, null, 2)}\n`);
  console.log(
    `\n${failed.length === 0 ? 'Every check passed' : `${failed.length} check(s) failed`} — ${path.relative(ROOT, file)} (${Math.round((Date.now() - started) / 1000)} s)`,
  );
  for (const f of failed) console.log(`  FAILED ${f}`);
  if (failed.length) process.exitCode = 1;
}

if (require.main === module) {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
