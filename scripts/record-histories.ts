/**
 * Records the event history of a complete cessation-risk case (report, notification, task,
 * missed deadline, claim, release, claim, completion, closure) as a replay fixture.
 * Run after a deliberate change of the workflow's shape: `npm run record-histories`.
 * Keep the old fixtures: running cases started with the old code must still replay.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { testSystem, stopTestSystem } from '../test/support/system';
import { newAgent, newProvider } from '../test/support/fixtures';
import {
  cessationRiskWorkflow,
  cessationRiskWorkflowId,
  confirmReport,
  type CessationRiskInput,
} from '../workflows/cessation-risk';
import { claimTask, completeTask, releaseTask } from '../workflows/human-tasks';

async function main() {
  const name = process.argv[2] ?? 'cessation-risk-v1';
  const sys = await testSystem();
  try {
    const provider = await newProvider(sys.db, 'liege');
    const input: CessationRiskInput = {
      caseId: randomUUID(),
      requestKey: randomUUID(),
      provider: { id: provider.providerId, displayName: 'Muriel Rousseau', subregionName: 'Liège' },
      reportedBy: { id: provider.userId, displayName: 'Muriel Rousseau' },
      report: { period: 'short_term', reason: 'other', reasonOther: 'Déménagement prévu' },
      deadlines: { analysis: '2 seconds' },
    };
    const handle = await sys.env.client.workflow.start(cessationRiskWorkflow, {
      taskQueue: sys.taskQueue,
      workflowId: cessationRiskWorkflowId(provider.providerId),
      args: [input],
    });
    await handle.executeUpdate(confirmReport, { args: [{ requestKey: input.requestKey }] });
    const taskId = `${input.caseId}:analysis`;
    const agent = await newAgent(sys.db, ['cellule_veille']);
    const actor = { id: agent.userId, displayName: 'Jeanne Martin', roles: ['cellule_veille'] };
    for (;;) {
      const row = await sys.db('tasks').where({ id: taskId }).first();
      if (row?.escalatedAt) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await handle.executeUpdate(claimTask, { args: [{ taskId, actor }] });
    await handle.executeUpdate(releaseTask, { args: [{ taskId, actor }] });
    await handle.executeUpdate(claimTask, { args: [{ taskId, actor }] });
    await handle.executeUpdate(completeTask, {
      args: [
        {
          taskId,
          actor,
          outcome: { decision: 'financial_support', amountEur: 1500, comment: 'Appel téléphonique' },
        },
      ],
    });
    await handle.result();
    const history = await handle.fetchHistory();
    const file = path.join(__dirname, '..', 'test', 'fixtures', 'histories', `${name}.json`);
    fs.writeFileSync(file, historyToJSON(temporal.api.history.v1.History.create(history)));
    console.log(`Recorded ${history.events?.length} events in ${path.relative(process.cwd(), file)}`);
  } finally {
    await stopTestSystem();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
