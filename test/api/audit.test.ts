import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient } from '../support/api-client';
import { newAgent, newProvider } from '../support/fixtures';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { formatNiss } from '../../common/niss';
import type { Role } from '../../common/roles';
import { maskChanges } from '../../api/audit';

/** A checksum-valid NISS (pre-2000 rule) from nine digits. */
function nissFrom(nine: string): string {
  const check = 97 - (Number(nine) % 97);
  return nine + String(check).padStart(2, '0');
}

describe('API: signalétique (identification), Contacts ONE and the audit trail', () => {
  let sys: TestSystem;

  before(async () => {
    sys = await testSystem();
  });

  async function as(userId: string): Promise<ApiClient> {
    const client = new ApiClient(sys.baseUrl);
    await client.login(userId);
    return client;
  }

  /** A provider in Liège with a NISS, a BCE and an agent conseil of their own. */
  async function provider(subregionCode = 'liege') {
    const p = await newProvider(sys.db, subregionCode);
    const conseil = await newAgent(sys.db, ['agent_conseil'], subregionCode);
    const cipher = createPersonalDataCipher(sys.config.personalDataKey);
    const niss = nissFrom(`850730${String(Math.floor(Math.random() * 900) + 100)}`);
    await sys
      .db('providers')
      .where({ id: p.providerId })
      .update({
        email: 'camille@exemple.be',
        mobile: '0470 12 34 56',
        nissEncrypted: cipher.encrypt(niss),
        bceEncrypted: cipher.encrypt('0712.345.699'),
        agentConseilId: conseil.userId,
      });
    return { ...p, niss, conseil, client: await as(p.userId) };
  }

  const auditRows = (providerId: string) => sys.db('audit_events').where({ providerId }).orderBy('id', 'asc');

  it('shows the provider their own identification with the NISS in clear, and records the read', async () => {
    const p = await provider();
    const res = await p.client.get(`/api/providers/${p.providerId}/identification`);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    expect(res.body).to.deep.include({
      providerId: p.providerId,
      firstName: 'Camille',
      email: 'camille@exemple.be',
      mobile: '0470 12 34 56',
      editable: true,
    });
    expect(res.body.niss).to.deep.equal({ value: formatNiss(p.niss), masked: false });
    expect(res.body.bce).to.deep.equal({ value: '0712.345.699', masked: false });

    const [row] = await auditRows(p.providerId);
    expect(row).to.include({
      actorId: p.userId,
      action: 'read',
      outcome: 'allowed',
      subjectType: 'Provider',
      subjectId: p.providerId,
    });
    expect(row.fields).to.include.members(['firstName', 'lastName', 'niss', 'bce', 'email', 'mobile']);
    expect(row.actorRoles).to.deep.equal(['provider']);
    expect(row.loginMethod).to.be.oneOf(['strong', 'password']);
    expect(row.requestId).to.equal(res.headers.get('x-request-id'));
  });

  it('masks the NISS for an agent conseil of the portfolio and a supervisor; shows it to the référent accueil', async () => {
    const p = await provider();
    const cases: Array<[string, boolean]> = [
      [p.conseil.userId, true],
      [(await newAgent(sys.db, ['supervisor'])).userId, true],
      [(await newAgent(sys.db, ['referent_accueil'], 'liege')).userId, false],
    ];
    for (const [userId, masked] of cases) {
      const res = await (await as(userId)).get(`/api/providers/${p.providerId}/identification`);
      expect(res.status, `${userId}: ${JSON.stringify(res.body)}`).to.equal(200);
      expect(res.body.niss.masked, userId).to.equal(masked);
      expect(res.body.editable, userId).to.equal(false);
      if (masked) {
        expect(res.body.niss.value).to.equal(`••.••.••-•••.${p.niss.slice(9)}`);
        expect(JSON.stringify(res.body)).not.to.contain(p.niss.slice(0, 6));
        expect(res.body.bce.value).not.to.contain('0712');
      } else {
        expect(res.body.niss.value).to.equal(formatNiss(p.niss));
      }
      const row = await sys.db('audit_events').where({ providerId: p.providerId, actorId: userId }).first();
      expect(row.action).to.equal('read');
      expect(row.fields.includes('niss'), `niss recorded as read by ${userId}`).to.equal(!masked);
    }
  });

  it('answers 404 to another provider and to an agent out of scope, and records the refusals', async () => {
    const p = await provider();
    const other = await provider();
    const outsiders: Array<[string, Role | 'provider']> = [
      [other.userId, 'provider'],
      [(await newAgent(sys.db, ['referent_accueil'], 'namur')).userId, 'referent_accueil'],
      [other.conseil.userId, 'agent_conseil'],
    ];
    for (const [userId, role] of outsiders) {
      const client = await as(userId);
      const res = await client.get(`/api/providers/${p.providerId}/identification`);
      expect(res.status, `${role}: ${JSON.stringify(res.body)}`).to.equal(404);
      expect(res.body.error.code).to.equal('NOT_FOUND');
      const denied = await sys
        .db('audit_events')
        .where({ providerId: p.providerId, actorId: userId, action: 'denied' })
        .first();
      expect(denied, `denied row for ${role}`).to.include({ outcome: 'denied', subjectType: 'Provider' });
    }
    const anonymous = await new ApiClient(sys.baseUrl).get(`/api/providers/${p.providerId}/identification`);
    expect(anonymous.status).to.equal(401);
    const unknown = await p.client.get(`/api/providers/p-nobody-${randomUUID()}/identification`);
    expect(unknown.status).to.equal(404);
  });

  it('lets the provider change their email and mobile, validated in French, audited old → new', async () => {
    const p = await provider();
    const bad = await p.client.request('PATCH', `/api/providers/${p.providerId}/identification`, {
      email: 'pas-une-adresse',
      mobile: '12',
    });
    expect(bad.status).to.equal(400);
    expect(bad.body.error.details).to.deep.include({
      path: 'email',
      message: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be',
    });
    expect(bad.body.error.details).to.deep.include({
      path: 'mobile',
      message: 'Indiquez un numéro de GSM belge, par exemple 0470 12 34 56',
    });
    const extra = await p.client.request('PATCH', `/api/providers/${p.providerId}/identification`, {
      niss: '85073003328',
    });
    expect(extra.status).to.equal(400);

    const ok = await p.client.request('PATCH', `/api/providers/${p.providerId}/identification`, {
      email: 'camille.nouvelle@exemple.be',
      mobile: '0499 99 88 77',
    });
    expect(ok.status, JSON.stringify(ok.body)).to.equal(200);
    expect(ok.body).to.deep.include({ email: 'camille.nouvelle@exemple.be', mobile: '0499 99 88 77' });
    const change = await sys.db('audit_events').where({ providerId: p.providerId, action: 'change' }).first();
    expect(change.changes).to.deep.equal({
      email: { old: 'camille@exemple.be', new: 'camille.nouvelle@exemple.be' },
      mobile: { old: '0470 12 34 56', new: '0499 99 88 77' },
    });
    expect(change.fields).to.deep.equal(['email', 'mobile']);

    // An agent who may read may not change: 403 and a recorded refusal; nothing changes.
    const agent = await as(p.conseil.userId);
    const refused = await agent.request('PATCH', `/api/providers/${p.providerId}/identification`, {
      email: 'pirate@exemple.be',
    });
    expect(refused.status).to.equal(403);
    const denied = await sys
      .db('audit_events')
      .where({ providerId: p.providerId, actorId: p.conseil.userId, action: 'denied' })
      .first();
    expect(denied.fields).to.deep.equal(['email']);
    const other = await provider();
    const stranger = await other.client.request('PATCH', `/api/providers/${p.providerId}/identification`, {
      email: 'pirate@exemple.be',
    });
    expect(stranger.status).to.equal(404);
    const row = await sys.db('providers').where({ id: p.providerId }).first();
    expect(row.email).to.equal('camille.nouvelle@exemple.be');
  });

  it('masks personal numbers in recorded changes', async () => {
    expect(
      maskChanges({
        niss: { old: '85073003328', new: null },
        iban: { old: 'BE68 5390 0754 7034', new: 'BE71096123456769' },
        email: { old: 'a@b.be', new: 'c@d.be' },
      }),
    ).to.deep.equal({
      niss: { old: '••.••.••-•••.28', new: null },
      iban: { old: '••••••••••••7034', new: '••••••••••••6769' },
      email: { old: 'a@b.be', new: 'c@d.be' },
    });
  });

  it('shows the provider who consulted their file, with names, roles and login method, not ids', async () => {
    const p = await provider();
    const conseil = await as(p.conseil.userId);
    expect((await conseil.get(`/api/providers/${p.providerId}/identification`)).status).to.equal(200);
    expect((await p.client.get(`/api/providers/${p.providerId}/identification`)).status).to.equal(200);

    const res = await p.client.get(`/api/providers/${p.providerId}/audit`);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    const [mine, agents] = res.body.events;
    expect(mine.actor).to.deep.include({ name: 'Vous', isYou: true, id: null });
    expect(agents.actor).to.deep.include({
      name: p.conseil.displayName,
      roleLabels: ['Agent conseil'],
      isYou: false,
      id: null,
    });
    expect(agents.description).to.match(/a consulté la signalétique/);
    expect(agents.loginMethodLabel).to.be.a('string');
    expect(agents.requestId).to.equal(null);
    expect(JSON.stringify(res.body)).not.to.contain(p.conseil.userId);

    // Agents cannot read the trail (403, recorded); other providers get 404 (recorded).
    expect((await conseil.get(`/api/providers/${p.providerId}/audit`)).status).to.equal(403);
    const other = await provider();
    expect((await other.client.get(`/api/providers/${p.providerId}/audit`)).status).to.equal(404);
    const denied = await sys
      .db('audit_events')
      .where({ providerId: p.providerId, action: 'denied', subjectType: 'ProviderAudit' });
    expect(denied.map((d) => d.actorId)).to.have.members([p.conseil.userId, other.userId]);

    // The supervisor sees every event, with ids and request ids.
    const supervisor = await as((await newAgent(sys.db, ['supervisor'])).userId);
    const all = await supervisor.get(`/api/providers/${p.providerId}/audit`);
    expect(all.status).to.equal(200);
    expect(all.body.events.map((e: { action: string }) => e.action)).to.include.members(['read', 'denied']);
    expect(all.body.events[all.body.events.length - 1].actor.id).to.equal(p.conseil.userId);
    expect(all.body.events[0].requestId).to.be.a('string');
  });

  it('lists a case’s audit for the supervisor only', async () => {
    const p = await provider();
    const created = await p.client.post('/api/cessation-risk-reports', {
      period: 'short_term',
      reason: 'financial',
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const caseId = created.body.case.id;
    await (await as(p.conseil.userId)).get(`/api/providers/${p.providerId}/identification`);

    const supervisor = await as((await newAgent(sys.db, ['supervisor'])).userId);
    const res = await supervisor.get(`/api/cases/${caseId}/audit`);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.events.some((e: { actor: { id: string } }) => e.actor.id === p.conseil.userId)).to.equal(
      true,
    );

    expect((await p.client.get(`/api/cases/${caseId}/audit`)).status).to.equal(403);
    const veille = await as((await newAgent(sys.db, ['cellule_veille'])).userId);
    expect((await veille.get(`/api/cases/${caseId}/audit`)).status).to.equal(403);
    expect((await supervisor.get(`/api/cases/${randomUUID()}/audit`)).status).to.equal(404);
    const denied = await sys.db('audit_events').where({ caseId, action: 'denied' });
    expect(denied).to.have.length(2);
  });

  it('gives the provider their three ONE contacts and the helpdesk', async () => {
    const client = await as('u-rousseau');
    const res = await client.get('/api/me/contacts');
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    expect(
      res.body.contacts.map((c: { roleLabel: string; name: string }) => [c.roleLabel, c.name]),
    ).to.deep.equal([
      ['Agent conseil', 'Thomas Lejeune'],
      ['Référent·e accueil', 'Isabelle Moreau'],
      ['Référent·e santé', 'Marc Dupont'],
    ]);
    expect(res.body.contacts[0].email).to.equal('thomas.lejeune@one.exemple.be');
    expect(res.body.helpdesk).to.deep.include({ phone: '02/542.14.45', email: 'pro@one.be' });
    expect(res.body.helpdesk.hours).to.contain('9h à 16h');
    const agent = await as('u-conseil');
    expect((await agent.get('/api/me/contacts')).status).to.equal(403);
  });

  it('keeps the audit trail append-only', async () => {
    const p = await provider();
    await p.client.get(`/api/providers/${p.providerId}/identification`);
    const [row] = await auditRows(p.providerId);
    let error: unknown;
    try {
      await sys.db('audit_events').where({ id: row.id }).update({ actorName: 'quelqu’un d’autre' });
    } catch (err) {
      error = err;
    }
    expect(String(error)).to.match(/append-only/);
    error = undefined;
    try {
      await sys.db('audit_events').where({ id: row.id }).delete();
    } catch (err) {
      error = err;
    }
    expect(String(error)).to.match(/append-only/);
    expect(await auditRows(p.providerId)).to.have.length(1);
  });
});
