import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import type { CaseSnapshot, TaskSnapshot } from '../../activities/read-model';
import { activitiesUnderTest } from '../support/activities';
import { newProvider } from '../support/fixtures';

describe('activities: the read model survives retries and reordering', () => {
  const t = activitiesUnderTest();

  async function aCase(): Promise<CaseSnapshot> {
    const p = await newProvider(t.sys.db);
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
    await t.env.run(t.activities.syncCase, snapshot);
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
    await t.env.run(t.activities.syncTask, v1);
    await t.env.run(t.activities.syncTask, v3);
    await t.env.run(t.activities.syncTask, { ...v1, version: 2 }); // a late retry of an older change
    await t.env.run(t.activities.syncTask, v3); // and a retry of the newest one
    const row = await t.sys.db('tasks').where({ id: v1.id }).first();
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
    await t.env.run(t.activities.notify, n);
    await t.env.run(t.activities.notify, n);
    expect(await t.sys.db('notifications').where({ key: n.key })).to.have.length(1);
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
    await t.env.run(t.activities.syncCase, closed);
    await t.env.run(t.activities.syncCase, c);
    expect((await t.sys.db('cases').where({ id: c.id }).first()).status).to.equal('closed');
  });
});
