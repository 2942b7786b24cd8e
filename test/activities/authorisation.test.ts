import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { activitiesUnderTest } from '../support/activities';
import { newProvider } from '../support/fixtures';

describe('activities: an authorisation decision is written once, however often it runs', () => {
  const t = activitiesUnderTest();

  it('stores one decision letter when the activity runs again, even at the same moment', async () => {
    const p = await newProvider(t.sys.db);
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
      t.env.run(t.activities.generateDecisionDocument, input),
      t.env.run(t.activities.generateDecisionDocument, input),
    ])) as Array<{ id: string }>;
    ids.push((await t.env.run(t.activities.generateDecisionDocument, input)) as { id: string });
    expect(new Set(ids.map((r) => r.id)).size).to.equal(1);
    const rows = await t.sys.db('decision_documents').where({ caseId: input.caseId });
    expect(rows).to.have.length(1);
    expect(rows[0]).to.include({ id: ids[0].id, kind: 'suspension', providerId: p.providerId });
    expect((rows[0].content as Buffer).subarray(0, 5).toString('latin1')).to.equal('%PDF-');
  });

  it('changes the status once per event, and keeps the history to one entry for it', async () => {
    const p = await newProvider(t.sys.db);
    const change = {
      providerId: p.providerId,
      caseId: randomUUID(),
      status: 'suspended' as const,
      effectiveOn: '2027-03-01',
      note: 'Cessation temporaire acceptée',
      eventKey: `${randomUUID()}:suspended`,
    };
    await Promise.all([
      t.env.run(t.activities.setAuthorisationStatus, change),
      t.env.run(t.activities.setAuthorisationStatus, change),
    ]);
    await t.env.run(t.activities.setAuthorisationStatus, change);
    expect(await t.sys.db('authorisation_events').where({ eventKey: change.eventKey })).to.have.length(1);
    expect((await t.sys.db('authorisations').where({ providerId: p.providerId }).first()).status).to.equal(
      'suspended',
    );
  });
});
