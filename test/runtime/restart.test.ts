import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { CASE_SEARCH_ATTRIBUTES } from '../../common/search-attributes';
import { ensureTemporalCli } from '../../runtime/temporal-cli';
import { startTemporalDevServer } from '../../runtime/temporal-dev-server';
import { createWorker } from '../../worker/create-worker';
import {
  cessationRiskWorkflow,
  cessationRiskWorkflowId,
  confirmReport,
} from '../../workflows/cessation-risk';
import { getCase } from '../../workflows/case-record';
import { testSystem, type TestSystem } from '../support/system';
import { eventually } from '../support/api-client';
import { newProvider } from '../support/fixtures';

/**
 * What `npm start` promises: the Temporal dev server keeps its state in a SQLite file, so an open
 * case and its pending deadline survive a stop and a start of the whole system.
 */
describe('runtime: a restart keeps open cases and their deadlines', () => {
  let sys: TestSystem;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pro-one-restart-'));

  before(async () => {
    sys = await testSystem();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function startServer() {
    const cliPath = await ensureTemporalCli({
      cacheDir: sys.config.cacheDir,
      explicitPath: sys.config.temporal.cliPath,
    });
    const port = 17233 + (process.pid % 500);
    return startTemporalDevServer({
      cliPath,
      dbFile: path.join(dir, 'temporal.sqlite'),
      port,
      uiPort: port + 1000,
      namespace: 'default',
      searchAttributes: CASE_SEARCH_ATTRIBUTES,
      log: () => undefined,
    });
  }

  it('fires the deadline of a case opened before the restart', async () => {
    const p = await newProvider(sys.db, 'luxembourg');
    const caseId = randomUUID();
    const requestKey = randomUUID();
    const taskQueue = `restart-${process.pid}`;

    // First life: open a case with a deadline that falls after the restart; no worker yet needed
    // beyond recording the case.
    let server = await startServer();
    let connection = await Connection.connect({ address: server.address });
    let client = new Client({ connection });
    let native = await NativeConnection.connect({ address: server.address });
    let worker = await createWorker({
      connection: native,
      namespace: 'default',
      taskQueue,
      db: sys.db,
      workflowBundle: sys.bundle,
    });
    let running = worker.run();
    const handle = await client.workflow.start(cessationRiskWorkflow, {
      taskQueue,
      workflowId: cessationRiskWorkflowId(p.providerId),
      args: [
        {
          caseId,
          requestKey,
          provider: { id: p.providerId, displayName: p.displayName, subregionName: 'Luxembourg' },
          reportedBy: { id: p.userId, displayName: p.displayName },
          report: { period: 'medium_term', reason: 'premises_unavailable', reasonOther: null },
          deadlines: { analysis: '8 seconds' },
        },
      ],
    });
    await handle.executeUpdate(confirmReport, { args: [{ requestKey }] });
    await eventually(
      async () => (await sys.db('tasks').where({ caseId }).first()) ?? undefined,
      10_000,
      'task',
    );
    worker.shutdown();
    await running;
    await native.close();
    await connection.close();
    await server.stop();
    expect((await sys.db('tasks').where({ caseId }).first()).escalatedAt).to.equal(null);

    // Second life, on the same SQLite file.
    server = await startServer();
    connection = await Connection.connect({ address: server.address });
    client = new Client({ connection });
    native = await NativeConnection.connect({ address: server.address });
    worker = await createWorker({
      connection: native,
      namespace: 'default',
      taskQueue,
      db: sys.db,
      workflowBundle: sys.bundle,
    });
    running = worker.run();
    try {
      const again = client.workflow.getHandle(cessationRiskWorkflowId(p.providerId));
      expect((await again.query(getCase)).status).to.equal('open');
      const escalated = await eventually(
        async () =>
          (await sys.db('tasks').where({ caseId }).whereNotNull('escalatedAt').first()) ?? undefined,
        30_000,
        'deadline after restart',
      );
      expect(escalated.status).to.equal('open');
      await again.terminate('test finished');
    } finally {
      worker.shutdown();
      await running;
      await native.close();
      await connection.close();
      await server.stop();
    }
  });
});
