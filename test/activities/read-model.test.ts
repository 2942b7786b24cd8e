import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities';
import type { CaseSnapshot, TaskSnapshot } from '../../activities/read-model';
import { testSystem, type TestSystem } from '../support/system';
import { newProvider } from '../support/fixtures';

describe('activities: the read model survives retries and reordering', () => {
  let sys: TestSystem;
  let activities: ReturnType<typeof createActivities>;
  const env = new MockActivityEnvironment();

  before(async () => {
    sys = await testSystem();
    activities = createActivities({ db: sys.db });
  });

  async function aCase(): Promise<CaseSnapshot> {
    const p = await newProvider(sys.db);
    const snapshot: CaseSnapshot = {
      id: randomUUID(),
      procedure: 'cessation_risk',
      providerId: p.providerId,
      workflowId: `cessation-risk-${p.providerId}`,
      runId: randomUUID(),
      status: 'open',
      details: { period: 'short_term', reason: 'financial', reasonOther: null },
      outcome: null,
      openedBy: p.userId,
      openedAt: new Date().toISOString(),
      closedAt: null,
      version: 1,
    };
    await env.run(activities.syncCase, snapshot);
    return snapshot;
  }

  it('never lets an older task snapshot overwrite a newer one', async () => {
    const c = await aCase();
    const v1: TaskSnapshot = {
      id: `${c.id}:analysis`,
      caseId: c.id,
      kind: 'cessation_risk.analysis',
      title: 'Contacter et analyser le signalement',
      candidateRole: 'cellule_veille',
      assigneeId: null,
      status: 'open',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      createdAt: new Date().toISOString(),
      completedAt: null,
      completedBy: null,
      outcome: null,
      escalatedAt: null,
      version: 1,
    };
    const v3 = {
      ...v1,
      status: 'completed' as const,
      completedAt: new Date().toISOString(),
      outcome: { decision: 'no_support' },
      version: 3,
    };
    await env.run(activities.syncTask, v1);
    await env.run(activities.syncTask, v3);
    await env.run(activities.syncTask, { ...v1, version: 2 }); // a late retry of an older change
    await env.run(activities.syncTask, v3); // and a retry of the newest one
    const row = await sys.db('tasks').where({ id: v1.id }).first();
    expect(row).to.include({ status: 'completed', version: 3 });
    expect(row.outcome).to.deep.equal({ decision: 'no_support' });
  });

  it('notifies once per key, however often the activity runs', async () => {
    const c = await aCase();
    const n = {
      key: `${c.id}:test`,
      recipientRole: 'cellule_veille',
      caseId: c.id,
      message: 'Nouveau signalement',
    };
    await env.run(activities.notify, n);
    await env.run(activities.notify, n);
    expect(await sys.db('notifications').where({ key: n.key })).to.have.length(1);
  });

  it('keeps a closed case closed when an older snapshot arrives late', async () => {
    const c = await aCase();
    const closed: CaseSnapshot = {
      ...c,
      status: 'closed',
      closedAt: new Date().toISOString(),
      outcome: { decision: 'closed' },
      version: 2,
    };
    await env.run(activities.syncCase, closed);
    await env.run(activities.syncCase, c);
    expect((await sys.db('cases').where({ id: c.id }).first()).status).to.equal('closed');
  });
});
