/**
 * Fault injection (issue 4): each scenario drives real traffic through the API — childminders
 * reporting a risk of cessation, the cellule de veille claiming and completing the tasks — while
 * it breaks one part of the system, then checks that every acknowledged step is there and that
 * nothing happened twice. Each returns what it injected and what it checked, with counts.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_USERS } from '../../db/seeds/demo';
import type { ChaosSystem } from './system';
import { newProviders, pool, sleep, type Answer, type Session } from '../lib/harness';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { insertBankDetails } from '../../test/support/fixtures';
import { caughtMails } from '../../runtime/mail-catcher';

export interface Check {
  what: string;
  expected: number | string;
  actual: number | string;
  ok: boolean;
}

export interface ScenarioReport {
  name: string;
  injected: string[];
  counts: Record<string, number>;
  checks: Check[];
  seconds: number;
}

const check = (what: string, expected: number | string, actual: number | string): Check => ({
  what,
  expected,
  actual,
  ok: expected === actual,
});

const AGENT = DEMO_USERS.find((u) => u.roles.includes('cellule_veille'))!.id;
const SUPERVISOR = DEMO_USERS.find((u) => u.roles.includes('supervisor'))!.id;
const SUBSIDES = DEMO_USERS.find((u) => u.roles.includes('agent_subsides'))!.id;

/** Statuses a client retries with the same Idempotency-Key: the system is away, not refusing. */
const RETRYABLE = new Set([502, 503, 504]);

/** Tallies of what the clients went through. */
class Tally {
  readonly counts: Record<string, number> = {};
  add(name: string, n = 1): void {
    this.counts[name] = (this.counts[name] ?? 0) + n;
  }
  max(name: string, value: number): void {
    this.counts[name] = Math.max(this.counts[name] ?? 0, value);
  }
}

/**
 * Sends one step until it gets a final answer, as a careful client does: the same
 * Idempotency-Key on every attempt; a lost answer (connection cut) or a 503 is retried.
 * `retryAlso` adds statuses worth waiting out (a task not yet in the inbox: 404).
 */
async function step(
  session: Session,
  tally: Tally,
  method: string,
  url: string,
  body: unknown,
  opts: { retryAlso?: number[]; timeoutMs?: number } = {},
): Promise<Answer> {
  const key = randomUUID();
  const t0 = performance.now();
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  for (let attempt = 0; ; attempt++) {
    if (attempt > 0) tally.add('attempts again with the same key');
    let answer: Answer | undefined;
    try {
      answer = await session.request(method, url, body, { 'Idempotency-Key': key });
    } catch {
      tally.add('answers lost (connection cut)');
    }
    if (answer) {
      if (answer.status >= 500 && !RETRYABLE.has(answer.status)) tally.add('unexpected 5xx');
      if (RETRYABLE.has(answer.status))
        tally.add(`${answer.status} ${answer.body?.error?.code ?? ''}`.trim());
      else if (opts.retryAlso?.includes(answer.status)) tally.add(`waits (${answer.status}: not there yet)`);
      else {
        tally.max('slowest step, retries included (ms)', Math.round(performance.now() - t0));
        return answer;
      }
    }
    if (Date.now() > deadline)
      throw new Error(`${method} ${url}: no final answer in time (last ${answer?.status ?? 'cut'})`);
    await sleep(Math.min(2000, 200 * 2 ** Math.min(attempt, 4)));
  }
}

interface Flow {
  providerId: string;
  caseId?: string;
  decision: 'no_support' | 'financial_support';
  amountEur: number | null;
}

/**
 * For every childminder: a report, then the agent's claim and completion of its task, `concurrency`
 * at a time. `faults` run once each when that many steps have been acknowledged, alongside the
 * traffic. Returns the flows with what was acknowledged.
 */
async function runFlows(
  sys: ChaosSystem,
  tally: Tally,
  count: number,
  faults: Array<{ afterSteps: number; inject: () => Promise<void> }>,
  concurrency = 12,
): Promise<Flow[]> {
  const providers = await newProviders(sys.db, count, 'c');
  const agent = await sys.session(AGENT);
  const sessions = await Promise.all(providers.map((p) => sys.session(p.userId)));
  const flows: Flow[] = providers.map((p, i) => ({
    providerId: p.providerId,
    decision: i % 2 === 0 ? 'no_support' : 'financial_support',
    amountEur: i % 2 === 0 ? null : 1000 + i,
  }));
  let acknowledged = 0;
  const pending = [...faults].sort((a, b) => a.afterSteps - b.afterSteps);
  const running: Array<Promise<void>> = [];
  const acked = () => {
    acknowledged += 1;
    tally.add('steps acknowledged');
    while (pending.length && acknowledged >= pending[0]!.afterSteps) {
      // Held until the traffic is done; a failed injection fails the scenario then.
      const injection = pending.shift()!.inject();
      injection.catch(() => undefined);
      running.push(injection);
    }
  };
  const expect = (answer: Answer, statuses: number[], what: string) => {
    if (!statuses.includes(answer.status))
      throw new Error(
        `${what} answered ${answer.status}: ${answer.text.slice(0, 300)}\nAPI log:\n${sys.tail('api.log')}`,
      );
  };

  const traffic = pool(flows, concurrency, async (flow, i) => {
    const report = await step(sessions[i]!, tally, 'POST', '/api/cessation-risk-reports', {
      period: 'short_term',
      reason: 'financial',
    });
    expect(report, [200, 201], 'report');
    if (report.status === 200) tally.add('reports answered from the first attempt (200)');
    flow.caseId = report.body.case.id as string;
    acked();
    const task = encodeURIComponent(`${flow.caseId}:analysis`);
    // The task reaches the inbox right after the report's answer: a 404 is waited out.
    const claim = await step(agent, tally, 'POST', `/api/tasks/${task}/claim`, undefined, {
      retryAlso: [404],
    });
    expect(claim, [200], 'claim');
    acked();
    const done = await step(agent, tally, 'POST', `/api/tasks/${task}/complete`, {
      outcome: { decision: flow.decision, ...(flow.amountEur ? { amountEur: flow.amountEur } : {}) },
    });
    expect(done, [200], 'completion');
    acked();
  });
  // A failed flow still waits for the injections, so the system is whole again for what follows.
  await traffic.finally(() => Promise.allSettled(running));
  await Promise.all(running);
  return flows;
}

/**
 * Waits until every flow's workflow run has completed in Temporal (after its last notification)
 * and its case is closed in the read model; the workflows finish on their own.
 */
async function settled(sys: ChaosSystem, flows: Flow[], timeoutMs = 300_000): Promise<void> {
  const t0 = Date.now();
  const ids = flows.map((f) => f.caseId!);
  for (;;) {
    const [{ n }] = await sys.db('cases').whereIn('id', ids).where({ status: 'closed' }).count({ n: '*' });
    if (Number(n) === ids.length) {
      const rows = await sys.db('cases').whereIn('id', ids).select('workflow_id', 'run_id');
      const statuses = await Promise.all(
        rows.map((c) =>
          sys.client.workflow
            .getHandle(c.workflowId, c.runId)
            .describe()
            .then((d) => d.status.name),
        ),
      );
      if (statuses.every((st) => st === 'COMPLETED')) return;
    }
    if (Date.now() - t0 > timeoutMs) return; // the checks below say what is missing
    await sleep(1000);
  }
}

/** What must hold after any run: every acknowledged step there, nothing twice. */
async function verifyFlows(sys: ChaosSystem, flows: Flow[], tally: Tally): Promise<Check[]> {
  const n = flows.length;
  await settled(sys, flows);
  const [{ closed }] = await sys
    .db('cases')
    .whereIn(
      'id',
      flows.map((f) => f.caseId!),
    )
    .where({ status: 'closed' })
    .count({ closed: '*' });
  const providerIds = flows.map((f) => f.providerId);
  const caseIds = flows.map((f) => f.caseId!);
  const cases = await sys.db('cases').whereIn('provider_id', providerIds);
  const tasks = await sys.db('tasks').whereIn('case_id', caseIds);
  const notifications = await sys.db('notifications').whereIn('case_id', caseIds);
  const byCase = new Map(flows.map((f) => [f.caseId!, f]));
  const outcomesAsSent = cases.filter((c) => {
    const f = byCase.get(c.id);
    return (
      f &&
      c.status === 'closed' &&
      c.outcome?.decision === f.decision &&
      (c.outcome?.amountEur ?? null) === f.amountEur
    );
  }).length;
  const perCase = (rows: Array<{ caseId: string }>) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(r.caseId, (m.get(r.caseId) ?? 0) + 1);
    return m;
  };
  const notesPerCase = perCase(notifications);
  const tasksPerCase = perCase(tasks);
  let completedRuns = 0;
  for (const c of cases) {
    const d = await sys.client.workflow.getHandle(c.workflowId, c.runId).describe();
    if (d.status.name === 'COMPLETED') completedRuns += 1;
  }
  return [
    check('answers 5xx other than 503 (a step refused by a fault)', 0, tally.counts['unexpected 5xx'] ?? 0),
    check('cases, one per childminder (no report twice)', n, cases.length),
    check('cases closed in the read model', n, Number(closed)),
    check('workflow runs completed in Temporal', n, completedRuns),
    check('cases closed with the outcome the agent sent', n, outcomesAsSent),
    check('tasks, one per case', n, tasks.length),
    check('cases with exactly one task', n, [...tasksPerCase.values()].filter((v) => v === 1).length),
    check(
      'tasks completed by the agent',
      n,
      tasks.filter((t) => t.status === 'completed' && t.completedBy === AGENT).length,
    ),
    check('notifications, two per case (team, then childminder)', 2 * n, notifications.length),
    check(
      'cases with exactly two notifications',
      n,
      [...notesPerCase.values()].filter((v) => v === 2).length,
    ),
  ];
}

async function scenario(
  name: string,
  body: (tally: Tally, injected: string[]) => Promise<Check[]>,
): Promise<ScenarioReport> {
  const t0 = Date.now();
  const tally = new Tally();
  const injected: string[] = [];
  const checks = await body(tally, injected);
  return { name, injected, counts: tally.counts, checks, seconds: Math.round((Date.now() - t0) / 1000) };
}

/** 1. `kill -9` the worker while cases are in flight (twice: during reports, during completions). */
export function workerKill(sys: ChaosSystem, cases: number): Promise<ScenarioReport> {
  return scenario(`1. kill -9 the worker, ${cases} cases in flight`, async (tally, injected) => {
    const kill = async () => {
      await sys.killWorker();
      injected.push(`kill -9 worker after ${tally.counts['steps acknowledged'] ?? 0} acknowledged steps`);
      await sleep(2000);
      await sys.startWorker();
    };
    const flows = await runFlows(sys, tally, cases, [
      { afterSteps: Math.ceil(cases * 0.3), inject: kill },
      { afterSteps: Math.ceil(cases * 2), inject: kill },
    ]);
    return verifyFlows(sys, flows, tally);
  });
}

/** 2. Kill the Temporal dev server mid-run and start it again on the same SQLite file. */
export function temporalRestart(sys: ChaosSystem, cases: number): Promise<ScenarioReport> {
  return scenario(`2. kill -9 and restart Temporal, ${cases} cases`, async (tally, injected) => {
    const flows = await runFlows(sys, tally, cases, [
      {
        afterSteps: Math.ceil(cases * 1.2),
        inject: async () => {
          await sys.crashTemporal();
          injected.push(
            `kill -9 Temporal dev server after ${tally.counts['steps acknowledged'] ?? 0} acknowledged steps`,
          );
          await sleep(2000);
          await sys.startTemporal();
          injected.push('Temporal dev server started again on the same SQLite file');
        },
      },
    ]);
    return verifyFlows(sys, flows, tally);
  });
}

/**
 * 3. Stop PostgreSQL for `outageMs` mid-run. Meanwhile a probe asks the agent inbox every
 * second: each answer must be a 503 with a stable code, in bounded time; afterwards the API must
 * answer again by itself.
 */
export function postgresOutage(sys: ChaosSystem, cases: number, outageMs: number): Promise<ScenarioReport> {
  return scenario(
    `3. PostgreSQL stopped ${Math.round(outageMs / 1000)} s, ${cases} cases`,
    async (tally, injected) => {
      const probe = await sys.session(AGENT);
      const during: Array<{ status: number; code?: string; ms: number }> = [];
      let recoveryMs = -1;
      const flows = await runFlows(sys, tally, cases, [
        {
          afterSteps: Math.ceil(cases * 0.8),
          inject: async () => {
            await sys.stopPostgres();
            injected.push(
              `PostgreSQL stopped after ${tally.counts['steps acknowledged'] ?? 0} acknowledged steps`,
            );
            const until = Date.now() + outageMs;
            while (Date.now() < until) {
              const t0 = performance.now();
              const r = await probe.request('GET', '/api/tasks?view=available').catch(() => undefined);
              during.push({
                status: r?.status ?? 0,
                code: r?.body?.error?.code,
                ms: performance.now() - t0,
              });
              await sleep(1000);
            }
            await sys.startPostgres();
            injected.push(`PostgreSQL started again after ${Math.round(outageMs / 1000)} s`);
            const t0 = Date.now();
            for (;;) {
              const r = await probe.request('GET', '/api/tasks?view=available').catch(() => undefined);
              if (r?.status === 200) break;
              if (Date.now() - t0 > 120_000) break;
              await sleep(250);
            }
            recoveryMs = Date.now() - t0;
          },
        },
      ]);
      const slowest = Math.max(0, ...during.map((d) => d.ms));
      const checks = await verifyFlows(sys, flows, tally);
      tally.add('probes while PostgreSQL was down', during.length);
      tally.add('API answering again after PostgreSQL restarted (ms)', recoveryMs);
      return [
        check(
          'probes during the outage answered 503 SERVICE_UNAVAILABLE',
          during.length,
          during.filter((d) => d.status === 503 && d.code === 'SERVICE_UNAVAILABLE').length,
        ),
        check('probes answered within 12 s', during.length, during.filter((d) => d.ms < 12_000).length),
        check(
          'API answers 200 again by itself within 30 s',
          'yes',
          recoveryMs >= 0 && recoveryMs < 30_000 ? 'yes' : `no (${recoveryMs} ms)`,
        ),
        ...checks,
      ].map((c) =>
        c.what.startsWith('probes answered')
          ? { ...c, what: `${c.what} (slowest ${Math.round(slowest)} ms)` }
          : c,
      );
    },
  );
}

/**
 * 4. Kill the API in the middle of requests (reports, then completions), start it again: the
 * clients' retries with the same Idempotency-Key change nothing twice.
 */
export function apiKill(sys: ChaosSystem, cases: number): Promise<ScenarioReport> {
  return scenario(`4. kill -9 the API mid-request, ${cases} cases`, async (tally, injected) => {
    const kill = async () => {
      await sys.killApi();
      injected.push(`kill -9 API after ${tally.counts['steps acknowledged'] ?? 0} acknowledged steps`);
      await sleep(500);
      await sys.startApi();
    };
    const flows = await runFlows(
      sys,
      tally,
      cases,
      [
        { afterSteps: Math.ceil(cases * 0.3), inject: kill },
        { afterSteps: Math.ceil(cases * 2.2), inject: kill },
      ],
      16,
    );
    return verifyFlows(sys, flows, tally);
  });
}

/** What a scenario injected and checked, with counts, one line each. */
/**
 * 6. `kill -9` the worker while a bilan campaign opens: the page in flight is retried by another
 * worker process, and the business keys keep it from starting any bilan twice.
 */
export function campaignWorkerKill(sys: ChaosSystem, providers: number): Promise<ScenarioReport> {
  return scenario(
    `6. kill -9 the worker while a campaign opens for ${providers} providers`,
    async (tally, injected) => {
      const created = await newProviders(sys.db, providers, 'c');
      const ids = created.map((p) => p.providerId);
      // A subregion of their own for the campaign's scope: Luxembourg has no demo providers.
      await sys
        .db('providers')
        .where({ subregionCode: 'luxembourg' })
        .whereNotIn('id', ids)
        .update({ subregionCode: 'namur' });
      await sys.db('providers').whereIn('id', ids).update({ subregionCode: 'luxembourg' });
      const supervisor = await sys.session(SUPERVISOR);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const later = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
      const opened = await supervisor.request('POST', '/api/campaigns', {
        title: `Campagne sous panne ${randomUUID().slice(0, 8)}`,
        startsAt: tomorrow,
        deadline: later,
        subregionCode: 'luxembourg',
      });
      if (opened.status !== 201) throw new Error(`campaign: ${opened.status} ${opened.text}`);
      const id = opened.body.campaign.id as string;
      const progress = async () => (await supervisor.request('GET', `/api/campaigns/${id}`)).body.campaign;
      // Kill the worker once the opening is well under way, then start another.
      for (;;) {
        const c = await progress();
        if (c.processedCount >= Math.floor(providers / 3) || c.status === 'open') break;
        await sleep(100);
      }
      const before = await sys.db('cases').where({ campaignId: id }).count({ n: '*' });
      await sys.killWorker();
      injected.push(`kill -9 worker with ${Number(before[0].n)} of ${providers} bilans on record`);
      await sleep(2000);
      await sys.startWorker();
      const t0 = Date.now();
      let campaign = await progress();
      while (campaign.status !== 'open') {
        if (Date.now() - t0 > 300_000) throw new Error('the campaign did not finish opening');
        await sleep(500);
        campaign = await progress();
      }
      tally.max('seconds to finish opening after the restart', Math.round((Date.now() - t0) / 1000));
      const onRecord = async () =>
        Number((await sys.db('cases').where({ campaignId: id }).count({ n: '*' }))[0].n);
      for (let waited = 0; (await onRecord()) < providers && waited < 300_000; waited += 500)
        await sleep(500);
      const perProvider = (await sys
        .db('cases')
        .where({ campaignId: id })
        .select('provider_id')
        .count({ n: '*' })
        .groupBy('provider_id')) as Array<{ providerId: string; n: string }>;
      const again = await supervisor.request('POST', `/api/campaigns/${id}/open`);
      tally.add('re-open answered', again.status === 200 ? 1 : 0);
      let reopened = await progress();
      while (reopened.status !== 'open') {
        await sleep(500);
        reopened = await progress();
      }
      return [
        check('campaign open, every provider processed', providers, campaign.processedCount),
        check('bilans on record', providers, await onRecord()),
        check(
          'providers with exactly one bilan',
          providers,
          perProvider.filter((r) => Number(r.n) === 1).length,
        ),
        check('bilans on record after opening again', providers, await onRecord()),
      ];
    },
  );
}

/**
 * 7. `kill -9` the worker while a batch of ACTE subsidies is paid: childminders with validated
 * bank details sign the charter, the agent subsides releases one batch (retrying with the same
 * key while the system is away), and the worker dies as the batch is assembled. Each subsidy
 * is in exactly one transfer of exactly one file, and every case hears it was paid.
 */
export function paymentWorkerKill(sys: ChaosSystem, providers: number): Promise<ScenarioReport> {
  return scenario(
    `7. kill -9 the worker while a batch pays the ACTE subsidies of ${providers} childminders`,
    async (tally, injected) => {
      const created = await newProviders(sys.db, providers, 'a');
      const ids = created.map((p) => p.providerId);
      const cipher = createPersonalDataCipher(sys.config.personalDataKey);
      await sys.db('providers').whereIn('id', ids).update({ subsidyLevel: 1 });
      await sys
        .db('authorisations')
        .insert(ids.map((providerId, i) => ({ providerId, status: 'granted', capacity: 1 + (i % 4) })));
      for (const p of created) {
        await insertBankDetails(sys.db, {
          providerId: p.providerId,
          userId: p.userId,
          holder: 'Camille Essai',
          ibanEncrypted: cipher.encrypt('BE68539007547034'),
          status: 'approved',
        });
      }
      await pool(created, 8, async (p) => {
        const session = await sys.session(p.userId);
        const signed = await step(session, tally, 'POST', `/api/providers/${p.providerId}/acte/charter`, {
          confirmed: true,
        });
        tally.add(`charter answered ${signed.status}`);
      });
      const ready = async () =>
        Number(
          (
            await sys
              .db('subsidy_payments')
              .whereIn('provider_id', ids)
              .where({ status: 'ready' })
              .count({ n: '*' })
          )[0].n,
        );
      for (let waited = 0; (await ready()) < providers && waited < 120_000; waited += 500) await sleep(500);
      tally.add('subsidies ready before the batch', await ready());
      // Anything else ready (earlier scenarios leave none) would join the batch: count ours only.
      const batchesBefore = Number((await sys.db('payment_batches').count({ n: '*' }))[0].n);
      const subsides = await sys.session(SUBSIDES);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
      const released = step(subsides, tally, 'POST', '/api/payment-batches', { executionDate: today });
      await sleep(150);
      await sys.killWorker();
      injected.push('kill -9 worker while the batch was being assembled');
      await sleep(2000);
      await sys.startWorker();
      const answer = await released;
      tally.add(`release answered ${answer.status}`);
      const batchId = answer.body?.batch?.id as string | undefined;
      const paid = async () =>
        (
          (await sys
            .db('cases')
            .whereIn('provider_id', ids)
            .where({ procedure: 'acte' })
            .select('details')) as Array<{
            details: { payment?: { status?: string } };
          }>
        ).filter((c) => c.details.payment?.status === 'released').length;
      for (let waited = 0; (await paid()) < providers && waited < 120_000; waited += 500) await sleep(500);
      const payments = await sys.db('subsidy_payments').whereIn('provider_id', ids);
      const batch = batchId ? await sys.db('payment_batches').where({ id: batchId }).first() : undefined;
      const xml = batch ? cipher.decrypt(String(batch.fileEncrypted)) : '';
      const once = payments.filter((p) => xml.split(String(p.idempotencyKey)).length - 1 === 1).length;
      return [
        check('release answered 201', 201, answer.status),
        check(
          'batches made',
          1,
          Number((await sys.db('payment_batches').count({ n: '*' }))[0].n) - batchesBefore,
        ),
        check('subsidies released', providers, payments.filter((p) => p.status === 'released').length),
        check('subsidies in that batch', providers, payments.filter((p) => p.batchId === batchId).length),
        check('subsidies with exactly one transfer in the file', providers, once),
        check('cases told they were paid', providers, await paid()),
      ];
    },
  );
}

/**
 * 8. `kill -9` the worker while référents accueil accept adaptation requests: half the
 * childminders stop temporarily from today, half end their activity today. Every acceptance
 * acknowledged changes the authorisation once, with one letter and one entry in its history.
 */
export function adaptationWorkerKill(sys: ChaosSystem, providers: number): Promise<ScenarioReport> {
  return scenario(
    `8. kill -9 the worker while référents accept ${providers} adaptation requests`,
    async (tally, injected) => {
      const created = await newProviders(sys.db, providers, 'd');
      const ids = created.map((p) => p.providerId);
      await sys.db('authorisations').insert(
        ids.map((providerId) => ({
          providerId,
          status: 'granted',
          authorisedOn: '2020-09-01',
          capacity: 4,
        })),
      );
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
      const later = new Date(Date.parse(`${today}T12:00:00Z`) + 10 * 86_400_000).toISOString().slice(0, 10);
      const requests = created.map((p, i) => ({
        ...p,
        ending: i % 2 === 1,
        caseId: '',
      }));
      await pool(requests, 8, async (r) => {
        const session = await sys.session(r.userId);
        const asked = await step(
          session,
          tally,
          'POST',
          `/api/providers/${r.providerId}/adaptations`,
          r.ending
            ? { type: 'end_of_activity', lastDay: today }
            : { type: 'temporary_cessation', from: today, to: later, reason: 'Congé' },
        );
        tally.add(`request answered ${asked.status}`);
        r.caseId = String(asked.body?.adaptation?.caseId ?? '');
      });
      // The référent·e accueil of each subregion claims and accepts; the worker dies midway.
      const referents = {
        liege: await sys.session('u-accueil'),
        namur: await sys.session('u-accueil-namur'),
      };
      const subregions = new Map(
        (
          (await sys.db('providers').whereIn('id', ids).select('id', 'subregion_code')) as Array<{
            id: string;
            subregionCode: 'liege' | 'namur';
          }>
        ).map((p) => [p.id, p.subregionCode]),
      );
      let accepted = 0;
      const deciding = pool(requests, 4, async (r) => {
        const referent = referents[subregions.get(r.providerId)!];
        const task = `/api/tasks/${encodeURIComponent(`${r.caseId}:review-1`)}`;
        const claimed = await step(referent, tally, 'POST', `${task}/claim`, undefined, { retryAlso: [404] });
        tally.add(`claim answered ${claimed.status}`);
        const done = await step(referent, tally, 'POST', `${task}/complete`, {
          outcome: { decision: 'accepted', comment: null },
        });
        tally.add(`acceptance answered ${done.status}`);
        if (done.status === 200) accepted += 1;
      });
      for (let waited = 0; accepted < Math.floor(providers / 3) && waited < 120_000; waited += 100)
        await sleep(100);
      await sys.killWorker();
      injected.push(`kill -9 worker with ${accepted} of ${providers} acceptances acknowledged`);
      await sleep(2000);
      await sys.startWorker();
      await deciding;

      const expected = (r: (typeof requests)[number]) => (r.ending ? 'withdrawn' : 'suspended');
      const inEffect = async () => {
        const rows = (await sys.db('authorisations').whereIn('provider_id', ids)) as Array<{
          providerId: string;
          status: string;
        }>;
        const status = new Map(rows.map((row) => [row.providerId, row.status]));
        return requests.filter((r) => status.get(r.providerId) === expected(r)).length;
      };
      for (let waited = 0; (await inEffect()) < providers && waited < 120_000; waited += 500)
        await sleep(500);
      const caseIds = requests.map((r) => r.caseId);
      /** Cases with exactly one row of `table` whose `column` is one of `values`. */
      const perCase = async (table: string, column: string, values: string[]) => {
        const rows = (await sys
          .db(table)
          .whereIn('case_id', caseIds)
          .whereIn(column, values)
          .select('case_id')
          .count({ n: '*' })
          .groupBy('case_id')) as Array<{ n: string }>;
        return rows.filter((row) => Number(row.n) === 1).length;
      };
      const hidden = Number(
        (
          await sys
            .db('providers')
            .whereIn(
              'id',
              requests.filter((r) => r.ending).map((r) => r.providerId),
            )
            .where({ visibleOnMyone: false })
            .count({ n: '*' })
        )[0].n,
      );
      return [
        check('requests answered 202', providers, tally.counts['request answered 202'] ?? 0),
        check('acceptances answered 200', providers, tally.counts['acceptance answered 200'] ?? 0),
        check('authorisations suspended or withdrawn as asked', providers, await inEffect()),
        check(
          'cases with exactly one decision letter',
          providers,
          await perCase('decision_documents', 'kind', ['suspension', 'withdrawal']),
        ),
        check(
          'cases with exactly one change in the authorisation’s history',
          providers,
          await perCase('authorisation_events', 'status', ['suspended', 'withdrawn']),
        ),
        check('places ended hidden from MY.ONE', requests.filter((r) => r.ending).length, hidden),
      ];
    },
  );
}

/**
 * 9. The SMTP server stopped for 30 s while notices are due, and the worker killed meanwhile: each
 * of `flows` reports and its analysis makes two notices (the cellule de veille told, the
 * childminder told the outcome); every message they give rise to must arrive once, none twice.
 */
export function smtpOutage(sys: ChaosSystem, flowsCount: number, outageMs = 30_000): Promise<ScenarioReport> {
  return scenario(
    `9. stop the SMTP server ${outageMs / 1000} s and kill -9 the worker while ${flowsCount * 2} notices are due`,
    async (tally, injected) => {
      const stoppedAt = Date.now();
      await sys.stopSmtp();
      injected.push('SMTP server stopped');
      // Halfway through the outage, with notices due and none deliverable, the worker dies; the
      // SMTP server comes back after `outageMs`, whatever the traffic is doing then.
      let queuedWhileDown = 0;
      let caseIds: string[] = [];
      let backAt = 0;
      const faults = (async () => {
        await sleep(outageMs / 2);
        await sys.killWorker();
        injected.push(`kill -9 worker ${Math.round((Date.now() - stoppedAt) / 1000)} s into the outage`);
        await sleep(2000);
        await sys.startWorker();
        await sleep(Math.max(0, stoppedAt + outageMs - Date.now()));
        queuedWhileDown = Number(
          (await sys.db('mail_messages').where('status', 'pending').count({ n: '*' }))[0].n,
        );
        await sys.startSmtp();
        backAt = Date.now();
        injected.push(`SMTP server back after ${Math.round((Date.now() - stoppedAt) / 1000)} s`);
      })();
      const flows = await runFlows(sys, tally, flowsCount, []);
      await faults;
      caseIds = flows.map((f) => f.caseId!);
      tally.add('messages waiting when the SMTP server came back', queuedWhileDown);

      // Who must hear of each flow: every member of the cellule de veille who chose « immédiatement »,
      // and the childminder.
      const team = Number(
        (
          await sys
            .db('users')
            .whereRaw(`'cellule_veille' = any(roles)`)
            .where('mail_frequency', 'immediate')
            .count({ n: '*' })
        )[0].n,
      );
      const expected = flowsCount * (team + 1);
      const sent = async () =>
        Number(
          (
            await sys
              .db('mail_messages')
              .whereIn('case_id', caseIds)
              .where('status', 'sent')
              .count({ n: '*' })
          )[0].n,
        );
      for (let waited = 0; (await sent()) < expected && waited < 240_000; waited += 500) await sleep(500);
      tally.add('seconds from SMTP back to the last message sent', Math.round((Date.now() - backAt) / 1000));
      const rows = (await sys
        .db('mail_messages')
        .whereIn('case_id', caseIds)
        .select('message_id', 'to_address', 'status', 'attempts')) as Array<{
        messageId: string;
        toAddress: string;
        status: string;
        attempts: number;
      }>;
      tally.max('most attempts for one message', Math.max(0, ...rows.map((r) => r.attempts)));
      const caught = (await caughtMails(sys.mailboxUrl)).filter((m) =>
        rows.some((r) => r.messageId === m.headers['message-id']),
      );
      const times = new Map<string, number>();
      for (const m of caught)
        times.set(m.headers['message-id'], (times.get(m.headers['message-id']) ?? 0) + 1);
      const rightPerson = caught.filter((m) =>
        rows.some((r) => r.messageId === m.headers['message-id'] && r.toAddress === m.to[0]?.address),
      ).length;
      const providerAddresses = new Set(
        (
          (await sys
            .db('users')
            .whereIn(
              'provider_id',
              flows.map((f) => f.providerId),
            )
            .pluck('email')) as string[]
        ).map((a) => a.toLowerCase()),
      );
      const toChildminders = caught.filter((m) =>
        providerAddresses.has(m.to[0]!.address.toLowerCase()),
      ).length;
      return [
        check('messages queued, one per notice and person', expected, rows.length),
        check('messages sent', expected, rows.filter((r) => r.status === 'sent').length),
        check('messages undeliverable', 0, rows.filter((r) => r.status === 'undeliverable').length),
        check('messages received by the SMTP server', expected, times.size),
        check('messages received twice', 0, [...times.values()].filter((n) => n > 1).length),
        check('messages received by the person they were for', caught.length, rightPerson),
        check('childminders told the outcome, each once', flowsCount, toChildminders),
        ...(await verifyFlows(sys, flows, tally)),
      ];
    },
  );
}

export function printReport(r: ScenarioReport, print: (line: string) => void = console.log): void {
  print(`\n${r.name} (${r.seconds} s)`);
  for (const line of r.injected) print(`  injected: ${line}`);
  for (const [k, v] of Object.entries(r.counts)) print(`  counted : ${k} = ${v}`);
  for (const c of r.checks)
    print(`  ${c.ok ? 'ok      ' : 'FAILED  '}: ${c.what} — expected ${c.expected}, got ${c.actual}`);
}
