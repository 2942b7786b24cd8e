import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createActivities } from '../../activities';
import { testSystem, type TestSystem } from '../support/system';
import { newProvider } from '../support/fixtures';

describe('activities: an authorisation decision is written once, however often it runs', () => {
  let sys: TestSystem;
  let activities: ReturnType<typeof createActivities>;
  const env = new MockActivityEnvironment();

  before(async () => {
    sys = await testSystem();
    activities = createActivities({ db: sys.db });
  });

  it('stores one decision letter when the activity runs again, even at the same moment', async () => {
    const p = await newProvider(sys.db);
    const input = {
      caseId: randomUUID(),
      kind: 'suspension' as const,
      providerId: p.providerId,
      request: {
        type: 'temporary_cessation' as const,
        from: '2027-03-01',
        to: '2027-03-31',
        reason: 'Congé',
      },
      comment: null,
      decidedBy: null,
      decidedAt: '2026-12-01T09:00:00.000Z',
    };
    // A retry after a lost answer, and two attempts racing (a worker thought dead comes back).
    const ids = (await Promise.all([
      env.run(activities.generateDecisionDocument, input),
      env.run(activities.generateDecisionDocument, input),
    ])) as Array<{ id: string }>;
    ids.push((await env.run(activities.generateDecisionDocument, input)) as { id: string });
    expect(new Set(ids.map((r) => r.id)).size).to.equal(1);
    const rows = await sys.db('decision_documents').where({ caseId: input.caseId });
    expect(rows).to.have.length(1);
    expect(rows[0]).to.include({ id: ids[0].id, kind: 'suspension', providerId: p.providerId });
    expect((rows[0].content as Buffer).subarray(0, 5).toString('latin1')).to.equal('%PDF-');
  });

  it('changes the status once per event, and keeps the history to one entry for it', async () => {
    const p = await newProvider(sys.db);
    const change = {
      providerId: p.providerId,
      caseId: randomUUID(),
      status: 'suspended' as const,
      effectiveOn: '2027-03-01',
      note: 'Cessation temporaire acceptée',
      eventKey: `${randomUUID()}:suspended`,
    };
    await Promise.all([
      env.run(activities.setAuthorisationStatus, change),
      env.run(activities.setAuthorisationStatus, change),
    ]);
    await env.run(activities.setAuthorisationStatus, change);
    expect(await sys.db('authorisation_events').where({ eventKey: change.eventKey })).to.have.length(1);
    expect((await sys.db('authorisations').where({ providerId: p.providerId }).first()).status).to.equal(
      'suspended',
    );
  });
});
