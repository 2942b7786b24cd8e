import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually, newNiss } from '../support/api-client';
import { completeSignaletique, newAgent, newProvider } from '../support/fixtures';
import { linkIn, waitForMail } from '../support/mail';

/** A tiny valid PNG (1×1) and PDF: the server reads the type from these bytes, not the name. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const b64 = (b: Buffer) => b.toString('base64');

describe('API: signalétique, validated bank details and photos, MY.ONE', function () {
  this.timeout(120_000);
  let sys: TestSystem;
  before(async () => {
    sys = await testSystem();
  });

  async function person(userId: string) {
    const client = new ApiClient(sys.baseUrl);
    await client.login(userId);
    return client;
  }

  /** A childminder in Luxembourg with their own agent conseil. */
  async function setUp() {
    const provider = await newProvider(sys.db, 'luxembourg');
    const conseil = await newAgent(sys.db, ['agent_conseil'], 'luxembourg');
    await sys
      .db('providers')
      .where({ id: provider.providerId })
      .update({ agentConseilId: conseil.userId, capacity: 4 });
    return {
      provider,
      conseil,
      me: await person(provider.userId),
      conseilClient: await person(conseil.userId),
      url: `/api/providers/${provider.providerId}`,
    };
  }

  it('refuses an incomplete signalétique naming each missing or wrong field, saves nothing, then takes the complete one', async () => {
    const { provider, me, url } = await setUp();
    const empty = await me.request('PUT', `${url}/signaletique`, {});
    expect(empty.status).to.equal(400);
    expect(empty.body.error.code).to.equal('VALIDATION_FAILED');
    const paths = (empty.body.error.details as Array<{ path: string }>).map((d) => d.path);
    for (const section of [
      'identification',
      'placeAddress',
      'openingHours',
      'availability',
      'qualities',
      'groups',
    ])
      expect(paths, section).to.include(section);

    const wrong = await me.request(
      'PUT',
      `${url}/signaletique`,
      completeSignaletique({
        identification: {
          email: 'pas-une-adresse',
          mobile: '123',
          bce: '0403.170.702',
          website: 'ftp://x',
          facebook: null,
        },
        placeAddress: { street: 'Rue du Parc', number: '12', box: null, postcode: '123', city: 'Arlon' },
        coAccueil: {
          enabled: true,
          firstName: 'Léa',
          lastName: 'Dumont',
          niss: '12345678901',
          name: 'Les Lutins',
        },
      }),
    );
    expect(wrong.status).to.equal(400);
    const messages = Object.fromEntries(
      (wrong.body.error.details as Array<{ path: string; message: string }>).map((d) => [d.path, d.message]),
    );
    expect(messages['identification.email']).to.contain('adresse e-mail valide');
    expect(messages['identification.mobile']).to.contain('GSM belge');
    expect(messages['identification.bce']).to.contain('numéro d’entreprise valide');
    expect(messages['identification.website']).to.contain('adresse complète');
    expect(messages['placeAddress.postcode']).to.contain('code postal belge');
    expect(messages['coAccueil.niss']).to.contain('registre national');
    const unchanged = await sys.db('providers').where({ id: provider.providerId }).first();
    expect(unchanged.signaletiqueSubmittedAt).to.equal(null);
    expect(unchanged.email).to.equal(null);

    const coNiss = newNiss();
    const ok = await me.request(
      'PUT',
      `${url}/signaletique`,
      completeSignaletique({
        coAccueil: { enabled: true, firstName: 'Léa', lastName: 'Dumont', niss: coNiss, name: 'Les Lutins' },
      }),
    );
    expect(ok.status, JSON.stringify(ok.body)).to.equal(200);
    expect(ok.body.placeAddress).to.include({ postcode: '6700', city: 'Arlon', country: 'Belgique' });
    expect(ok.body.identification.bce.value).to.equal('0403.170.701');
    expect(ok.body.coAccueil.niss.masked).to.equal(false);
    const stored = await sys.db('providers').where({ id: provider.providerId }).first();
    expect(JSON.stringify(stored)).not.to.contain(coNiss);
    const audit = await sys
      .db('audit_events')
      .where({ providerId: provider.providerId, action: 'change', subjectType: 'Signaletique' })
      .first();
    expect(audit.fields).to.include.members(['email', 'placeAddress', 'openingHours', 'coAccueilNiss']);
    expect(JSON.stringify(audit.changes)).not.to.contain(coNiss);
  });

  it('validates bank details: a rejection the provider reads, then an approval; only approved details are in force', async () => {
    const { provider, me, url, conseilClient } = await setUp();
    const subsides = await person('u-subsides');
    const conseil = await person('u-conseil');
    const statement = { name: 'releve.pdf', contentBase64: b64(PDF) };

    // Refused uploads, each with a clear reason; nothing is stored.
    const exe = await me.post(`${url}/rib`, {
      iban: 'BE68 5390 0754 7034',
      bic: 'GEBABEBB',
      holder: 'Camille Test',
      statement: {
        name: 'releve.pdf',
        contentBase64: b64(Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode')),
      },
    });
    expect(exe.status).to.equal(400);
    expect(exe.body.error.code).to.equal('FILE_TYPE_NOT_ACCEPTED');
    expect(exe.body.error.message).to.contain('PDF, JPEG, PNG');
    const traversal = await me.post(`${url}/rib`, {
      iban: 'BE68 5390 0754 7034',
      bic: 'GEBABEBB',
      holder: 'Camille Test',
      statement: { name: '../../etc/passwd.pdf', contentBase64: b64(PDF) },
    });
    expect(traversal.status).to.equal(400);
    expect(traversal.body.error.code).to.equal('INVALID_FILE_NAME');
    const big = await me.post(`${url}/rib`, {
      iban: 'BE68 5390 0754 7034',
      bic: 'GEBABEBB',
      holder: 'Camille Test',
      statement: {
        name: 'gros.pdf',
        contentBase64: b64(Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)])),
      },
    });
    expect(big.status).to.equal(400);
    expect(big.body.error.code).to.equal('FILE_TOO_LARGE');
    const badIban = await me.post(`${url}/rib`, { iban: 'BE00 0000', bic: 'X', holder: '', statement });
    expect(badIban.status).to.equal(400);
    expect((badIban.body.error.details as Array<{ path: string }>).map((d) => d.path)).to.include.members([
      'iban',
      'bic',
      'holder',
    ]);
    expect(await sys.db('bank_details').where({ providerId: provider.providerId })).to.have.length(0);
    expect(await sys.db('files').where({ providerId: provider.providerId })).to.have.length(0);

    // First submission: the agent subsides rejects it with a reason.
    const first = await me.post(`${url}/rib`, {
      iban: 'BE68 5390 0754 7034',
      bic: 'GEBABEBB',
      holder: 'Camille Test',
      statement,
    });
    expect(first.status, JSON.stringify(first.body)).to.equal(202);
    expect(first.body.bank.pending.ibanLast4).to.equal('7034');
    const task = await eventually<Record<string, string>>(
      async () =>
        (await sys
          .db('tasks')
          .join('cases', 'cases.id', 'tasks.case_id')
          .where({ 'cases.provider_id': provider.providerId, kind: 'rib.review', 'tasks.status': 'open' })
          .first('tasks.*')) ?? undefined,
      15_000,
      'rib task',
    );
    const detail = await subsides.get(`/api/validations/${task.caseId}`);
    expect(detail.status).to.equal(200);
    expect(detail.body.bankDetails.iban).to.deep.equal({ value: 'BE68 5390 0754 7034', masked: false });
    expect((await conseil.get(`/api/validations/${task.caseId}`)).status).to.equal(404);
    const file = await subsides.get(detail.body.bankDetails.statement.url);
    expect(file.status).to.equal(200);
    expect((await conseil.get(detail.body.bankDetails.statement.url)).status).to.equal(404);
    const taskPath = `/api/tasks/${encodeURIComponent(task.id)}`;
    expect((await subsides.post(`${taskPath}/claim`)).status).to.equal(200);
    const noReason = await subsides.post(`${taskPath}/complete`, {
      outcome: { decision: 'rejected', subjectId: detail.body.subjectId },
    });
    expect(noReason.status).to.equal(400);
    expect(noReason.body.error.details[0].message).to.contain('motif du refus');
    const rejected = await subsides.post(`${taskPath}/complete`, {
      outcome: {
        decision: 'rejected',
        comment: 'Le relevé est illisible.',
        subjectId: detail.body.subjectId,
      },
    });
    expect(rejected.status, JSON.stringify(rejected.body)).to.equal(200);
    const afterReject = await eventually(async () => {
      const s = (await me.get(`${url}/signaletique`)).body;
      return s.bank.lastRejected ? s : undefined;
    });
    expect(afterReject.bank.lastRejected.reason).to.equal('Le relevé est illisible.');
    expect(afterReject.bank.inForce).to.equal(null);
    // She is told by e-mail too, with the reason, and where to send new details; no bank number in it.
    const refusal = await waitForMail(sys, `${provider.userId}@exemple.be`, (m) =>
      m.text!.includes('Le relevé est illisible.'),
    );
    expect(refusal.subject).to.equal('Vos coordonnées bancaires');
    expect(refusal.text).to.contain(`Bonjour ${provider.displayName},`);
    expect(refusal.text).to.not.contain('5390');
    expect(linkIn(refusal, sys.baseUrl)).to.equal(`${sys.baseUrl}/ma-signaletique`);

    // A second submission, replaced by a third before the decision: same case, the newest wins.
    const second = await me.post(`${url}/rib`, {
      iban: 'BE71 0961 2345 6769',
      bic: 'GKCCBEBB',
      holder: 'Camille Test',
      statement,
    });
    expect(second.status).to.equal(202);
    const task2 = await eventually<Record<string, string>>(
      async () =>
        (await sys
          .db('tasks')
          .join('cases', 'cases.id', 'tasks.case_id')
          .where({ 'cases.provider_id': provider.providerId, kind: 'rib.review', 'tasks.status': 'open' })
          .first('tasks.*')) ?? undefined,
      15_000,
      'second rib task',
    );
    const seen = (await subsides.get(`/api/validations/${task2.caseId}`)).body;
    const third = await me.post(`${url}/rib`, {
      iban: 'BE62 5100 0754 7061',
      bic: 'GEBABEBB',
      holder: 'Camille Test',
      statement,
    });
    expect(third.status).to.equal(202);
    const now = (await subsides.get(`/api/validations/${task2.caseId}`)).body;
    expect(now.subjectId).not.to.equal(seen.subjectId);
    expect(now.bankDetails.iban.value).to.equal('BE62 5100 0754 7061');
    const path2 = `/api/tasks/${encodeURIComponent(task2.id)}`;
    await subsides.post(`${path2}/claim`);
    const stale = await subsides.post(`${path2}/complete`, {
      outcome: { decision: 'approved', subjectId: seen.subjectId },
    });
    expect(stale.status).to.equal(400);
    expect(JSON.stringify(stale.body)).to.contain('plus récente');
    const approved = await subsides.post(`${path2}/complete`, {
      outcome: { decision: 'approved', subjectId: now.subjectId },
    });
    expect(approved.status, JSON.stringify(approved.body)).to.equal(200);
    const inForce = await eventually(
      async () => (await me.get(`${url}/signaletique`)).body.bank.inForce ?? undefined,
    );
    expect(inForce.iban.value).to.equal('BE62 5100 0754 7061');
    const rows = await sys
      .db('bank_details')
      .where({ providerId: provider.providerId })
      .orderBy('submitted_at');
    expect(rows.map((r: { status: string }) => r.status)).to.deep.equal(['rejected', 'replaced', 'approved']);
    // The IBAN is never in clear in the database.
    expect(JSON.stringify(rows)).not.to.contain('BE625100');
    // Others see it masked.
    const masked = (await conseilClient.get(`${url}/signaletique`)).body;
    expect(masked.bank.inForce.iban).to.deep.equal({ value: 'BE•• •••• •••• 7061', masked: true });
  });

  it('publishes a photo on MY.ONE only once approved; removal is immediate; MY.ONE shows public fields only', async () => {
    const { provider, me, conseilClient, url } = await setUp();
    expect((await me.request('PUT', `${url}/signaletique`, completeSignaletique())).status).to.equal(200);
    const renamed = await me.post(`${url}/photos`, { photo: { name: 'photo.png', contentBase64: b64(PDF) } });
    expect(renamed.status).to.equal(400);
    expect(renamed.body.error.code).to.equal('FILE_TYPE_NOT_ACCEPTED');
    const uploaded = await me.post(`${url}/photos`, {
      photo: { name: 'jardin.png', contentBase64: b64(PNG) },
    });
    expect(uploaded.status, JSON.stringify(uploaded.body)).to.equal(202);
    expect(uploaded.body.photos[0].status.code).to.equal('pending');

    const find = async (query: string) => {
      const res = await new ApiClient(sys.baseUrl).get(`/api/public/places?${query}`);
      expect(res.status).to.equal(200);
      return (res.body.places as Array<{ id: string; photos: string[] }>).find(
        (p) => p.id === provider.providerId,
      );
    };
    const listed = await find('q=6700');
    expect(listed, 'listed by postcode').to.not.equal(undefined);
    expect(listed!.photos).to.deep.equal([]);
    expect(await find('q=arlon')).to.not.equal(undefined);
    expect(await find('availability=immediate&day=mercredi&at=08:00&capacityMin=4')).to.not.equal(undefined);
    expect(await find('day=mercredi&at=14:00')).to.equal(undefined);
    expect(await find('capacityMin=5')).to.equal(undefined);
    expect(await find('availability=unknown')).to.equal(undefined);
    // Other tests' places share the list: their random ids may hold any letters, so the fields
    // are checked by name everywhere, and this provider's own entry for its private values.
    const places = (await new ApiClient(sys.baseUrl).get('/api/public/places?q=6700')).body.places as Array<
      Record<string, unknown>
    >;
    const keys = new Set<string>();
    const collectKeys = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collectKeys);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key.toLowerCase());
          collectKeys(inner);
        }
    };
    collectKeys(places);
    for (const field of ['niss', 'iban', 'bce', 'mobile', 'email', 'phone'])
      expect(
        [...keys].filter((key) => key.includes(field)),
        field,
      ).to.deep.equal([]);
    const own = JSON.stringify(places.find((p) => p.id === provider.providerId)).toLowerCase();
    for (const secret of ['camille@exemple.be', '0470 12 34 56', '0470123456', '0403.170.701', '0403170701'])
      expect(own, secret).not.to.contain(secret);

    const task = await eventually<Record<string, string>>(
      async () =>
        (await sys
          .db('tasks')
          .join('cases', 'cases.id', 'tasks.case_id')
          .where({ 'cases.provider_id': provider.providerId, kind: 'photo.review', 'tasks.status': 'open' })
          .first('tasks.*')) ?? undefined,
      15_000,
      'photo task',
    );
    const detail = (await conseilClient.get(`/api/validations/${task.caseId}`)).body;
    expect((await conseilClient.get(detail.photo.url)).status).to.equal(200);
    const taskPath = `/api/tasks/${encodeURIComponent(task.id)}`;
    await conseilClient.post(`${taskPath}/claim`);
    const done = await conseilClient.post(`${taskPath}/complete`, {
      outcome: { decision: 'approved', subjectId: detail.subjectId },
    });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    const published = await eventually(async () => {
      const p = await find('q=6700');
      return p && p.photos.length === 1 ? p : undefined;
    });
    const image = await fetch(sys.baseUrl + published.photos[0]);
    expect(image.status).to.equal(200);
    expect(image.headers.get('content-type')).to.equal('image/png');

    // Removal is immediate, on MY.ONE too.
    const removed = await me.delete(`${url}/photos/${detail.subjectId}`);
    expect(removed.status).to.equal(200);
    expect((await find('q=6700'))!.photos).to.deep.equal([]);
    expect((await fetch(sys.baseUrl + published.photos[0])).status).to.equal(404);

    // Not visible: not listed at all.
    expect(
      (await me.request('PUT', `${url}/signaletique`, completeSignaletique({ visibleOnMyOne: false })))
        .status,
    ).to.equal(200);
    expect(await find('q=6700')).to.equal(undefined);
  });

  it('keeps each person to their own: another provider and other agents cannot read or change', async () => {
    const { url } = await setUp();
    const other = await newProvider(sys.db, 'luxembourg');
    const otherClient = await person(other.userId);
    expect((await otherClient.get(`${url}/signaletique`)).status).to.equal(404);
    expect((await otherClient.request('PUT', `${url}/signaletique`, completeSignaletique())).status).to.equal(
      404,
    );
    const conseil = await person('u-conseil'); // Liège's agent conseil: not this provider's
    expect((await conseil.get(`${url}/signaletique`)).status).to.equal(404);
    const subsides = await person('u-subsides');
    expect((await subsides.get(`${url}/signaletique`)).status).to.equal(200);
    expect((await subsides.request('PUT', `${url}/signaletique`, completeSignaletique())).status).to.equal(
      403,
    );
    expect(
      (await subsides.post(`${url}/photos`, { photo: { name: 'x.png', contentBase64: b64(PNG) } })).status,
    ).to.equal(403);
  });
});
