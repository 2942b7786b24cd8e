import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { testSystem, type TestSystem } from '../support/system';
import { eventually } from '../support/api-client';
import { newAgent, newProvider } from '../support/fixtures';
import {
  cessationRiskWorkflow,
  cessationRiskWorkflowId,
  confirmReport,
  type CessationRiskInput,
} from '../../workflows/cessation-risk';
import { getCase } from '../../workflows/case-record';
import { claimTask, completeTask, type CompleteTaskInput } from '../../workflows/human-tasks';
import { buildTimeline } from '../../api/timeline';

describe('workflow: cessation-risk report on the real Temporal dev server', () => {
  let sys: TestSystem;

  before(async () => {
    sys = await testSystem();
  });

  async function start(analysis: string) {
    const provider = await newProvider(sys.db, 'namur');
    const input: CessationRiskInput = {
      caseId: randomUUID(),
      requestKey: randomUUID(),
      provider: { id: provider.providerId, displayName: provider.displayName, subregionName: 'Namur' },
      reportedBy: { id: provider.userId, displayName: provider.displayName },
      report: { period: 'medium_term', reason: 'financial', reasonOther: null },
      deadlines: { analysis },
    };
    const handle = await sys.env.client.workflow.start(cessationRiskWorkflow, {
      taskQueue: sys.taskQueue,
      workflowId: cessationRiskWorkflowId(provider.providerId),
      args: [input],
    });
    await handle.executeUpdate(confirmReport, { args: [{ requestKey: input.requestKey }] });
    return { handle, input, provider };
  }

  it('escalates when the analysis deadline passes: overdue task, supervisor alerted, case still open', async () => {
    const { handle, input } = await start('2 seconds');
    const taskId = `${input.caseId}:analysis`;

    const escalated = await eventually(
      async () => {
        const row = await sys.db('tasks').where({ id: taskId }).first();
        return row?.escalatedAt ? row : undefined;
      },
      20_000,
      'escalation',
    );
    expect(escalated.status).to.equal('open');
    expect(new Date(escalated.escalatedAt).getTime()).to.be.at.least(new Date(escalated.dueAt).getTime());

    const alerts = await eventually(
      async () => {
        const rows = await sys
          .db('notifications')
          .where({ caseId: input.caseId, recipientRole: 'supervisor' });
        return rows.length ? rows : undefined;
      },
      10_000,
      'supervisor alert',
    );
    expect(alerts).to.have.length(1);
    expect(alerts[0].message).to.match(/^Délai dépassé/);
    expect((await handle.query(getCase)).status).to.equal('open');
    const timeline = buildTimeline((await handle.fetchHistory()).events ?? []);
    expect(timeline.map((e) => e.title)).to.include(
      'Délai dépassé pour la tâche « Contacter et analyser le signalement »',
    );

    // A late answer is still an answer: the task can be completed after escalation.
    const agent = await newAgent(sys.db, ['cellule_veille']);
    const actor = { id: agent.userId, displayName: agent.displayName, roles: ['cellule_veille'] };
    await handle.executeUpdate(claimTask, { args: [{ taskId, actor }] });
    await handle.executeUpdate(completeTask, {
      args: [{ taskId, actor, outcome: { decision: 'closed', amountEur: null, comment: null } }],
    });
    const result = await handle.result();
    expect(result.status).to.equal('closed');
    expect(result.outcome).to.deep.include({ decision: 'closed' });
    const caseRow = await sys.db('cases').where({ id: input.caseId }).first();
    expect(caseRow.status).to.equal('closed');
  });

  it('refuses a wrong completion in the validator, leaving no trace in the history', async () => {
    const { handle, input } = await start('1 hour');
    const taskId = `${input.caseId}:analysis`;
    await eventually(
      async () => (await sys.db('tasks').where({ id: taskId }).first()) ?? undefined,
      10_000,
      'task',
    );
    const agent = await newAgent(sys.db, ['cellule_veille']);
    const actor = { id: agent.userId, displayName: agent.displayName, roles: ['cellule_veille'] };
    await handle.executeUpdate(claimTask, { args: [{ taskId, actor }] });

    const refusal = async (args: [CompleteTaskInput]) => {
      try {
        await handle.executeUpdate(completeTask, { args });
      } catch (err) {
        expect(err).to.be.instanceOf(WorkflowUpdateFailedError);
        return (err as WorkflowUpdateFailedError).cause as Error & { type?: string };
      }
      throw new Error('expected a refusal');
    };
    const negative = await refusal([
      { taskId, actor, outcome: { decision: 'financial_support', amountEur: -5, comment: null } },
    ]);
    expect(negative.type).to.equal('INVALID_OUTCOME');
    const wrongRole = await refusal([
      {
        taskId,
        actor: { ...actor, roles: ['agent_conseil'] },
        outcome: { decision: 'no_support', amountEur: null, comment: null },
      },
    ]);
    expect(wrongRole.type).to.equal('TASK_WRONG_ROLE');
    const unknown = await refusal([
      { taskId: 'nope', actor, outcome: { decision: 'no_support', amountEur: null, comment: null } },
    ]);
    expect(unknown.type).to.equal('TASK_NOT_FOUND');

    const history = await handle.fetchHistory();
    const accepted = history.events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
    const names = accepted.map(
      (e) => e.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!.input!.name,
    );
    expect(names).to.deep.equal(['confirmReport', 'claimTask']);
    expect((await sys.db('tasks').where({ id: taskId }).first()).status).to.equal('open');
    await handle.terminate('test finished');
  });
});
