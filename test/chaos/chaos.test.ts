import { expect } from 'chai';
import { ChaosSystem } from '../../scripts/chaos/system';
import {
  adaptationWorkerKill,
  apiKill,
  campaignWorkerKill,
  paymentWorkerKill,
  postgresOutage,
  printReport,
  smtpOutage,
  temporalRestart,
  workerKill,
  type ScenarioReport,
} from '../../scripts/chaos/scenarios';
import { fuzz } from '../../scripts/chaos/fuzz';

/**
 * The CI subset of `npm run chaos`: the same eight faults with fewer cases, on a system of its
 * own (these tests kill its processes, so it cannot be the shared one).
 */
describe('fault injection (CI subset of npm run chaos)', function () {
  this.timeout(300_000);
  let sys: ChaosSystem;

  before(async () => {
    sys = await ChaosSystem.start({
      log: (line) => process.stderr.write(`  [chaos] ${line}\n`),
      updateWaitMs: 5000,
    });
  });

  after(async () => {
    await sys?.stop();
  });

  function expectAllChecks(report: ScenarioReport) {
    printReport(report, (line) => process.stderr.write(`  ${line}\n`));
    const failed = report.checks.filter((c) => !c.ok);
    expect(failed, JSON.stringify(failed, null, 2)).to.deep.equal([]);
    expect(report.checks.length).to.be.greaterThan(0);
  }

  it('loses no case and repeats no side effect when the worker is killed (kill -9) twice', async () => {
    const report = await workerKill(sys, 24);
    expectAllChecks(report);
    expect(report.injected).to.have.length(2);
  });

  it('loses no acknowledged step when the Temporal dev server is killed and restarted', async () => {
    const report = await temporalRestart(sys, 10);
    expectAllChecks(report);
    expect(report.injected).to.have.length(2);
  });

  it('answers 503 while PostgreSQL is stopped for 15 s, recovers by itself, loses nothing', async () => {
    const report = await postgresOutage(sys, 10, 15_000);
    expectAllChecks(report);
    expect(report.counts['probes while PostgreSQL was down']).to.be.at.least(10);
  });

  it('changes nothing twice when the API is killed mid-request and clients retry with their key', async () => {
    const report = await apiKill(sys, 10);
    expectAllChecks(report);
    expect(report.counts['answers lost (connection cut)']).to.be.greaterThan(0);
  });

  it('answers thousands of malformed requests without a 5xx and without changing a row', async () => {
    const report = await fuzz(sys, 1);
    expectAllChecks(report);
    expect(report.counts['malformed requests sent']).to.be.greaterThan(1000);
  });

  it('opens a campaign once per provider when the worker is killed in the middle of it', async () => {
    const report = await campaignWorkerKill(sys, 300);
    expectAllChecks(report);
    expect(report.injected).to.have.length(1);
  });

  it('pays each ACTE subsidy once when the worker is killed while the batch is assembled', async () => {
    const report = await paymentWorkerKill(sys, 12);
    expectAllChecks(report);
    expect(report.injected).to.have.length(1);
  });

  it('changes each authorisation once when the worker is killed while référents accept requests', async () => {
    const report = await adaptationWorkerKill(sys, 12);
    expectAllChecks(report);
    expect(report.injected).to.have.length(1);
  });

  it('delivers every message once when the SMTP server is away 30 s and the worker is killed meanwhile', async () => {
    const report = await smtpOutage(sys, 12);
    expectAllChecks(report);
    expect(report.injected).to.have.length(3);
    expect(report.counts['messages waiting when the SMTP server came back']).to.be.greaterThan(0);
  });
});
