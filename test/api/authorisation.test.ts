import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { linkIn, waitForMail } from '../support/mail';
import { newAgent, newProvider } from '../support/fixtures';
import { todayBrussels, nextDay } from '../../common/adaptation';
import {
  adaptationWorkflow,
  adaptationWorkflowId,
  answer,
  confirmRequest,
  type AdaptationInput,
} from '../../workflows/adaptation';
import { claimTask, completeTask } from '../../workflows/human-tasks';
import { DEMO_PROVIDERS, seedDemo } from '../../db/seeds/demo';
import { createPersonalDataCipher } from '../../common/node/personal-data';

/** The words of a PDF written by pdfkit without compression: its text runs are hex strings. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const runs = [...raw.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => Buffer.from(m[1], 'hex').toString('latin1'));
  return runs.join('').replace(/\s+/g, ' ');
}

const plusDays = (n: number) => {
  let day = todayBrussels();
  for (let i = 0; i < n; i++) day = nextDay(day);
  return day;
};

describe('API: « Mon autorisation » and its adaptation requests', function () {
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

  async function setUp(subregion = 'luxembourg') {
    const provider = await newProvider(sys.db, subregion);
    await sys.db('authorisations').insert({
      providerId: provider.providerId,
      status: 'granted',
      authorisedOn: '2020-09-01',
      place: 'Rue du Parc 12, 6700 Arlon',
      capacity: 4,
    });
    const referent = await newAgent(sys.db, ['referent_accueil'], subregion);
    const other = await newAgent(
      sys.db,
      ['referent_accueil'],
      subregion === 'luxembourg' ? 'namur' : 'luxembourg',
    );
    return {
      provider,
      referent,
      me: await person(provider.userId),
      referentClient: await person(referent.userId),
      otherReferent: await person(other.userId),
      url: `/api/providers/${provider.providerId}`,
    };
  }

  async function decide(client: ApiClient, taskId: string, outcome: Record<string, unknown>) {
    const task = `/api/tasks/${encodeURIComponent(taskId)}`;
    await eventually(
      async () => ((await sys.db('tasks').where({ id: taskId }).first()) ? true : undefined),
      15_000,
      taskId,
    );
    expect((await client.post(`${task}/claim`)).status).to.equal(200);
    const done = await client.post(`${task}/complete`, { outcome });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
  }

  it('takes a temporary cessation from request through a question to acceptance and suspension, with its letter', async () => {
    const { provider, referent, me, referentClient, otherReferent, url } = await setUp();
    const before = await me.get(`${url}/authorisation`);
    expect(before.status).to.equal(200);
    expect(before.body.authorisation).to.include({ status: 'granted', capacity: 4, canRequest: true });
    // Whose authorisation it is, for the provider and for the référent·e who reads it.
    const whose = { id: provider.providerId, displayName: provider.displayName };
    expect(before.body.authorisation.provider).to.deep.equal(whose);
    const read = await referentClient.get(`${url}/authorisation`);
    expect(read.status).to.equal(200);
    expect(read.body.authorisation.provider).to.deep.equal(whose);
    expect(read.body.authorisation.canRequest).to.equal(false);

    // Wrong requests are refused field by field, and nothing starts.
    const wrong = await me.post(`${url}/adaptations`, {
      type: 'temporary_cessation',
      from: plusDays(5),
      to: plusDays(2),
    });
    expect(wrong.status).to.equal(400);
    const paths = (wrong.body.error.details as Array<{ path: string }>).map((d) => d.path);
    expect(paths).to.include.members(['to', 'reason']);
    const past = await me.post(`${url}/adaptations`, { type: 'end_of_activity', lastDay: '2020-01-01' });
    expect(past.status).to.equal(400);
    expect((await sys.db('cases').where({ providerId: provider.providerId })).length).to.equal(0);

    const key = randomUUID();
    const asked = await me.post(
      `${url}/adaptations`,
      { type: 'temporary_cessation', from: todayBrussels(), to: plusDays(10), reason: 'Congé de maternité' },
      { 'Idempotency-Key': key },
    );
    expect(asked.status, JSON.stringify(asked.body)).to.equal(202);
    const caseId = asked.body.adaptation.caseId as string;
    expect(asked.body.adaptation).to.include({ stage: 'review', typeLabel: 'Cessation temporaire' });
    // Sent again (a lost answer): the same case, nothing twice.
    const again = await me.post(
      `${url}/adaptations`,
      { type: 'temporary_cessation', from: todayBrussels(), to: plusDays(10), reason: 'Congé de maternité' },
      { 'Idempotency-Key': key },
    );
    expect(again.status).to.equal(202);
    expect(again.body.adaptation.caseId).to.equal(caseId);
    // An overlapping period is refused.
    const overlap = await me.post(`${url}/adaptations`, {
      type: 'temporary_cessation',
      from: plusDays(3),
      to: plusDays(20),
      reason: 'Formation',
    });
    expect(overlap.status).to.equal(409);
    expect(overlap.body.error.code).to.equal('ADAPTATION_OVERLAP');

    // The référent accueil of another subregion neither sees nor decides it.
    expect((await otherReferent.get(`/api/adaptations/${caseId}`)).status).to.equal(404);
    expect(
      (await otherReferent.post(`/api/tasks/${encodeURIComponent(`${caseId}:review-1`)}/claim`)).status,
    ).to.equal(404);

    // She asks for more information; the case waits for the provider.
    await decide(referentClient, `${caseId}:review-1`, {
      decision: 'more_info',
      comment: 'Jusqu’à quand exactement ?',
    });
    const waiting = await eventually(
      async () => {
        const res = await me.get(`/api/adaptations/${caseId}`);
        return res.body.adaptation.stage === 'waiting_provider' ? res.body.adaptation : undefined;
      },
      15_000,
      'waiting for the provider',
    );
    expect(waiting).to.include({ canAnswer: true, question: 'Jusqu’à quand exactement ?' });
    // The question is signed by the référent·e who asked it.
    expect(waiting.exchanges[0]).to.include({
      from: 'agent',
      author: `${referent.displayName}, référent·e accueil`,
    });
    expect(waiting.waitingFor).to.equal('Votre réponse aux questions de votre référent·e accueil');
    // The request for information reaches her by e-mail with the question and the way to answer.
    const questionMail = await waitForMail(sys, `${provider.userId}@exemple.be`, (m) =>
      m.text!.includes('Jusqu’à quand exactement ?'),
    );
    expect(questionMail.subject).to.equal('Votre demande d’adaptation de l’autorisation');
    expect(linkIn(questionMail, sys.baseUrl)).to.equal(`${sys.baseUrl}/mon-autorisation`);
    const mine = await me.get('/api/me/cases');
    const listed = (mine.body.cases as Array<{ id: string; waitingFor: string }>).find(
      (c) => c.id === caseId,
    );
    expect(listed?.waitingFor).to.equal('Votre réponse aux questions de votre référent·e accueil');
    expect((await referentClient.post(`/api/adaptations/${caseId}/answer`, { text: 'Non' })).status).to.equal(
      403,
    );

    const answered = await me.post(`/api/adaptations/${caseId}/answer`, {
      text: 'Jusqu’au dernier jour indiqué.',
    });
    expect(answered.status, JSON.stringify(answered.body)).to.equal(200);
    expect(answered.body.adaptation.exchanges.map((e: { from: string }) => e.from)).to.deep.equal([
      'agent',
      'provider',
    ]);
    const late = await me.post(`/api/adaptations/${caseId}/answer`, { text: 'Encore' });
    expect(late.status).to.equal(409);

    // A second examination, back with the référent·e who asked (told, and hers already); the
    // refusal needs a reason; she accepts.
    const bad = await (async () => {
      const taskId = `${caseId}:review-2`;
      const returned = await eventually(
        async () => (await sys.db('tasks').where({ id: taskId }).first()) ?? undefined,
        15_000,
        taskId,
      );
      expect(returned.assigneeId).to.equal(referent.userId);
      const told = await eventually(
        async () =>
          (await sys
            .db('notifications')
            .where({ key: `${taskId}:returned`, recipientUserId: referent.userId })
            .first()) ?? undefined,
        15_000,
        'the référent·e told',
      );
      expect(told.message).to.contain('a répondu à votre question');
      await referentClient.post(`/api/tasks/${encodeURIComponent(taskId)}/claim`);
      return referentClient.post(`/api/tasks/${encodeURIComponent(taskId)}/complete`, {
        outcome: { decision: 'refused' },
      });
    })();
    expect(bad.status).to.equal(400);
    expect(bad.body.error.details[0].message).to.contain('motif du refus');
    const ok = await referentClient.post(`/api/tasks/${encodeURIComponent(`${caseId}:review-2`)}/complete`, {
      outcome: { decision: 'accepted', comment: null },
    });
    expect(ok.status, JSON.stringify(ok.body)).to.equal(200);

    // It starts today: suspended at once, with the letter.
    const inEffect = await eventually(
      async () => {
        const res = await me.get(`${url}/authorisation`);
        return res.body.authorisation.status === 'suspended' ? res.body : undefined;
      },
      20_000,
      'suspended',
    );
    expect(inEffect.authorisation.statusLabel).to.equal('Autorisation suspendue');
    expect(inEffect.authorisation.history[0]).to.include({
      status: 'suspended',
      effectiveOn: todayBrussels(),
    });
    const request = inEffect.requests.find((r: { caseId: string }) => r.caseId === caseId);
    expect(request).to.include({ stage: 'in_effect', canCutShort: true });
    expect(request.decision.label).to.equal('Demande acceptée');
    const [letter] = request.documents as Array<{ id: string; url: string; kind: string }>;
    expect(letter.kind).to.equal('suspension');
    // The decision by e-mail: the letter stays in the application, the mail says where.
    const decided = await waitForMail(sys, `${provider.userId}@exemple.be`, (m) =>
      m.text!.includes('acceptée'),
    );
    expect(decided.text).to.contain('la lettre de décision est dans « Mon autorisation »');
    expect(decided.attachments ?? []).to.have.length(0);

    const served = await fetch(sys.baseUrl + letter.url, { headers: { Cookie: me.cookieHeader() } });
    expect(served.status).to.equal(200);
    expect(served.headers.get('content-type')).to.equal('application/pdf');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).to.equal('%PDF-');
    expect(bytes.subarray(-6).toString('latin1')).to.contain('%%EOF');
    const words = pdfText(bytes);
    expect(words).to.contain('Décision de suspension');
    expect(words).to.contain(`${provider.displayName}`);
    expect(words).to.contain('Congé de maternité');
    expect((await otherReferent.get(letter.url)).status).to.equal(404);

    // The supervisor reads the whole story in French.
    const supervisor = await person('u-coordination');
    const detail = await supervisor.get(`/api/cases/${caseId}`);
    const titles = (detail.body.timeline as Array<{ title: string }>).map((e) => e.title);
    expect(titles[0]).to.equal(
      `Demande d’adaptation de l’autorisation (cessation temporaire) envoyée par ${provider.displayName}`,
    );
    expect(titles).to.include(`Informations complémentaires envoyées par ${provider.displayName}`);
    expect(titles).to.include('Lettre de décision produite : Décision de suspension (cessation temporaire)');
    expect(titles.some((t) => t.startsWith('Autorisation suspendue à partir du'))).to.equal(true);

    // She ends it early: the reactivation moves to tomorrow.
    const early = await me.post(`/api/adaptations/${caseId}/cut-short`, { resumeOn: plusDays(1) });
    expect(early.status, JSON.stringify(early.body)).to.equal(200);
    expect(early.body.adaptation.resumedEarlyOn).to.equal(plusDays(1));
  });

  it('starts a demo place’s history with its grant, once, however often the demo data is loaded', async () => {
    // Sophie Dubois (Namur): her place was authorised on 1 September 2016.
    const url = '/api/providers/p-dubois/authorisation';
    const seeded = (body: { authorisation: { history: Array<Record<string, unknown>> } }) =>
      body.authorisation.history.filter((h) => h.caseId === null && h.note === 'Octroi de l’autorisation');

    const own = await (await person('u-dubois')).get(url);
    expect(own.status).to.equal(200);
    expect(own.body.authorisation.provider).to.deep.equal({ id: 'p-dubois', displayName: 'Sophie Dubois' });
    expect(own.body.authorisation.authorisedOn).to.equal('2016-09-01');
    const [grant] = seeded(own.body);
    expect(grant).to.include({
      status: 'granted',
      statusLabel: 'Autorisation active',
      effectiveOn: '2016-09-01',
    });
    // Recorded on the day of the authorisation, so it stays the oldest entry.
    expect(String(grant.at).slice(0, 10)).to.equal('2016-09-01');
    expect(own.body.authorisation.history.at(-1)).to.deep.equal(grant);

    // Loading the demo data again adds nothing.
    await seedDemo(sys.db, createPersonalDataCipher(sys.config.personalDataKey));
    for (const p of DEMO_PROVIDERS) {
      const rows = await sys.db('authorisation_events').where({ eventKey: `seed:${p.id}:granted` });
      expect(rows, p.id).to.have.length(1);
    }

    // Her référent·e accueil reads the same history, with her name.
    const agent = await (await person('u-accueil-namur')).get(url);
    expect(agent.status).to.equal(200);
    expect(agent.body.authorisation.provider.displayName).to.equal('Sophie Dubois');
    expect(seeded(agent.body)).to.deep.equal([grant]);
  });

  it('suspends and reactivates on time, and withdraws an end of activity, with durations of seconds', async () => {
    const { provider, referent } = await setUp('namur');
    const actor = { id: referent.userId, displayName: referent.displayName, roles: ['referent_accueil'] };
    const start = async (request: AdaptationInput['request'], effective: AdaptationInput['effective']) => {
      const input: AdaptationInput = {
        caseId: randomUUID(),
        requestKey: randomUUID(),
        provider: { id: provider.providerId, displayName: provider.displayName, subregionName: 'Namur' },
        requestedBy: { id: provider.userId, displayName: provider.displayName },
        request,
        effective,
        deadlines: { review: '1 minute', answer: '2 seconds', answerReminder: '1 second' },
      };
      const handle = await sys.env.client.workflow.start(adaptationWorkflow, {
        taskQueue: sys.taskQueue,
        workflowId: adaptationWorkflowId(provider.providerId, input.caseId),
        args: [input],
      });
      await handle.executeUpdate(confirmRequest, { args: [{ requestKey: input.requestKey }] });
      return { handle, input };
    };
    const status = async () =>
      (await sys.db('authorisations').where({ providerId: provider.providerId }).first('status'))
        .status as string;

    // A question left unanswered: a reminder, then the référent is told; the case still waits.
    const asked = await start(
      { type: 'temporary_cessation', from: todayBrussels(), to: todayBrussels(), reason: 'Travaux' },
      {
        suspendAt: new Date(Date.now() + 4_000).toISOString(),
        reactivateAt: new Date(Date.now() + 8_000).toISOString(),
      },
    );
    const review = `${asked.input.caseId}:review-1`;
    await eventually(
      async () => ((await sys.db('tasks').where({ id: review }).first()) ? true : undefined),
      10_000,
      'task',
    );
    await asked.handle.executeUpdate(claimTask, { args: [{ taskId: review, actor }] });
    await asked.handle.executeUpdate(completeTask, {
      args: [{ taskId: review, actor, outcome: { decision: 'more_info', comment: 'Quels travaux ?' } }],
    });
    const keys = async () =>
      (await sys.db('notifications').where({ caseId: asked.input.caseId }).select('key')).map(
        (n: { key: string }) => n.key,
      );
    await eventually(
      async () => ((await keys()).some((k) => k.endsWith(':no-answer')) ? true : undefined),
      15_000,
      'no answer notice',
    );
    expect((await keys()).some((k) => k.endsWith(':reminder'))).to.equal(true);
    await asked.handle.executeUpdate(answer, {
      args: [
        {
          requestKey: randomUUID(),
          text: 'Toiture',
          actor: { id: provider.userId, displayName: provider.displayName },
        },
      ],
    });
    const second = `${asked.input.caseId}:review-2`;
    await eventually(
      async () => ((await sys.db('tasks').where({ id: second }).first()) ? true : undefined),
      10_000,
      'task 2',
    );
    await asked.handle.executeUpdate(claimTask, { args: [{ taskId: second, actor }] });
    await asked.handle.executeUpdate(completeTask, {
      args: [{ taskId: second, actor, outcome: { decision: 'accepted', comment: null } }],
    });
    await eventually(async () => ((await status()) === 'suspended' ? true : undefined), 15_000, 'suspended');
    await eventually(async () => ((await status()) === 'granted' ? true : undefined), 15_000, 'reactivated');
    const closed = await asked.handle.result();
    expect(closed.status).to.equal('closed');
    const events = await sys.db('authorisation_events').where({ caseId: asked.input.caseId }).orderBy('at');
    expect(events.map((e: { status: string }) => e.status)).to.deep.equal(['suspended', 'granted']);

    // End of activity: withdrawn at the instant, and off MY.ONE.
    await sys.db('providers').where({ id: provider.providerId }).update({
      visibleOnMyone: true,
      signaletiqueSubmittedAt: new Date(),
      postcode: '5000',
      city: 'Namur',
    });
    const inMyOne = async () =>
      (
        (await new ApiClient(sys.baseUrl).get('/api/public/places?q=5000')).body.places as Array<{
          id: string;
        }>
      ).some((p) => p.id === provider.providerId);
    expect(await inMyOne()).to.equal(true);
    const ending = await start(
      { type: 'end_of_activity', lastDay: todayBrussels() },
      { withdrawAt: new Date(Date.now() + 3_000).toISOString() },
    );
    const endReview = `${ending.input.caseId}:review-1`;
    await eventually(
      async () => ((await sys.db('tasks').where({ id: endReview }).first()) ? true : undefined),
      10_000,
      'task',
    );
    await ending.handle.executeUpdate(claimTask, { args: [{ taskId: endReview, actor }] });
    await ending.handle.executeUpdate(completeTask, {
      args: [
        { taskId: endReview, actor, outcome: { decision: 'accepted', comment: 'Merci pour ces années.' } },
      ],
    });
    expect(await status()).to.equal('granted');
    await eventually(async () => ((await status()) === 'withdrawn' ? true : undefined), 15_000, 'withdrawn');
    expect(await inMyOne()).to.equal(false);
    const letters = await sys.db('decision_documents').where({ caseId: ending.input.caseId });
    expect(letters.map((l: { kind: string }) => l.kind)).to.deep.equal(['withdrawal']);
    expect(pdfText(letters[0].content)).to.contain('Merci pour ces années.');
  });

  it('lets only one of two overlapping requests sent at the same moment through', async () => {
    const { provider, me, url } = await setUp();
    const ask = (reason: string) =>
      me.post(
        `${url}/adaptations`,
        { type: 'temporary_cessation', from: plusDays(30), to: plusDays(40), reason },
        { 'Idempotency-Key': randomUUID() },
      );
    const answers = await Promise.all([ask('Formation'), ask('Congé')]);
    expect(answers.map((a) => a.status).sort()).to.deep.equal([202, 409]);
    expect(answers.find((a) => a.status === 409)!.body.error.code).to.equal('ADAPTATION_OVERLAP');
    expect(
      await sys.db('cases').where({ providerId: provider.providerId, procedure: 'adaptation' }),
    ).to.have.length(1);
  });
});
