import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { newAgent, newProvider } from '../support/fixtures';
import { linkIn, mailsTo, waitForMail } from '../support/mail';
import { CATEGORIES } from '../../common/bilan';

/**
 * One bilan de fonctionnement walked from « À venir » to « Clôturé » through the API, on real
 * PostgreSQL and Temporal, with months shrunk to seconds: the tools open by themselves, two
 * hand-overs to the agent conseil, reminders, a missed deadline with its escalation, an
 * extension, the plan sent and the closure, all on the supervisor's timeline.
 */
describe('API: bilan de fonctionnement, from campaign to closed action plan', function () {
  this.timeout(180_000);
  let sys: TestSystem;
  let saved: TestSystem['config']['deadlines'];
  let supervisor: ApiClient;

  before(async () => {
    sys = await testSystem();
    saved = { ...sys.config.deadlines };
    // Months become seconds: reminders 8 s and 4 s before the deadline; reviews due in a minute.
    sys.config.deadlines.bilanReminderOffsets = ['8s', '4s'];
    sys.config.deadlines.bilanReview = '60s';
    sys.config.deadlines.bilanFollowUp = '60s';
    supervisor = await person('u-coordination');
  });

  after(() => {
    if (sys) sys.config.deadlines = saved;
  });

  async function person(userId: string) {
    const client = new ApiClient(sys.baseUrl);
    await client.login(userId);
    return client;
  }

  /** A provider in Luxembourg (no demo data there) with their own agent conseil. */
  async function providerWithAgent() {
    const provider = await newProvider(sys.db, 'luxembourg');
    const agent = await newAgent(sys.db, ['agent_conseil'], 'luxembourg');
    await sys.db('providers').where({ id: provider.providerId }).update({ agentConseilId: agent.userId });
    return {
      provider,
      agent,
      providerClient: await person(provider.userId),
      agentClient: await person(agent.userId),
    };
  }

  async function openCampaign(title: string, startsInMs: number, deadlineInMs: number) {
    const res = await supervisor.post('/api/campaigns', {
      title,
      startsAt: new Date(Date.now() + startsInMs).toISOString(),
      deadline: new Date(Date.now() + deadlineInMs).toISOString(),
      subregionCode: 'luxembourg',
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    return res.body.campaign as { id: string; status: string; providerCount: number };
  }

  async function bilanOf(client: ApiClient, campaignId: string) {
    return eventually(
      async () => {
        const res = await client.get(`/api/bilans?campaignId=${campaignId}`);
        return res.body.bilans?.[0];
      },
      30_000,
      'the provider’s bilan',
    );
  }

  async function taskOf(agentClient: ApiClient, bilanId: string, kind: string) {
    return eventually(
      async () => {
        const res = await agentClient.get('/api/tasks?view=available');
        return res.body.tasks.find(
          (t: { bilanId: string; kind: string }) => t.bilanId === bilanId && t.kind === kind,
        );
      },
      30_000,
      `task ${kind}`,
    );
  }

  async function complete(agentClient: ApiClient, taskId: string, comment: string) {
    const id = encodeURIComponent(taskId);
    expect((await agentClient.post(`/api/tasks/${id}/claim`)).status).to.equal(200);
    const done = await agentClient.post(`/api/tasks/${id}/complete`, { outcome: { comment } });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    expect(done.body.task.status).to.equal('completed');
  }

  it('walks one bilan from « À venir » to closed, with a missed deadline, its escalation and an extension', async () => {
    const { provider, agent, providerClient, agentClient } = await providerWithAgent();
    const campaign = await openCampaign(`Bilan Général test ${Date.now()}`, 6_000, 20_000);

    // « À venir »: listed with its dates, the tools still closed.
    const upcoming = await bilanOf(providerClient, campaign.id);
    const bilanUrl = `/api/bilans/${upcoming.id}`;
    if (Date.now() < Date.parse(upcoming.startsAt)) {
      expect(upcoming.stage).to.equal('upcoming');
      expect(upcoming.stageLabel).to.equal('À venir');
      const early = await providerClient.request('PUT', `${bilanUrl}/volet1/hygiene`, {
        rating: 'satisfaisant',
        findings: null,
      });
      expect(early.status).to.equal(409);
      expect(early.body.error.code).to.equal('BILAN_NOT_STARTED');
    }

    // The start date arrives: the tools open by themselves.
    await eventually(
      async () =>
        (await providerClient.get(bilanUrl)).body.bilan.stage === 'in_progress' ? true : undefined,
      30_000,
      'the tools to open',
    );

    // Volet 1: drafts at any time; access refused while a category is missing.
    const saved = await providerClient.request('PUT', `${bilanUrl}/volet1/cadre_reglementaire`, {
      rating: 'a_ameliorer',
      findings: 'Le registre des présences doit être tenu chaque jour.',
    });
    expect(saved.status, JSON.stringify(saved.body)).to.equal(200);
    const early = await providerClient.post(`${bilanUrl}/volet1/share`);
    expect(early.status).to.equal(400);
    expect(early.body.error.code).to.equal('VOLET1_INCOMPLETE');
    expect(early.body.error.details).to.have.length(6);
    // The agent conseil sees nothing of volet 1 before the hand-over.
    expect((await agentClient.get(bilanUrl)).body.bilan.volet1).to.equal(null);
    for (const category of CATEGORIES.slice(1)) {
      const res = await providerClient.request('PUT', `${bilanUrl}/volet1/${category}`, {
        rating: 'satisfaisant',
        findings: null,
      });
      expect(res.status).to.equal(200);
    }
    const shared1 = await providerClient.post(`${bilanUrl}/volet1/share`);
    expect(shared1.status, JSON.stringify(shared1.body)).to.equal(200);
    expect(shared1.body.bilan.volet1SharedAt).to.be.a('string');

    const review1 = await taskOf(agentClient, upcoming.id, 'bilan.volet1_review');
    const seen = (await agentClient.get(bilanUrl)).body.bilan;
    expect(seen.volet1.categories[0]).to.include({ code: 'cadre_reglementaire', ratingLabel: 'À améliorer' });
    await complete(agentClient, review1.id, 'Merci, pensez au registre des présences.');

    // Volet 2: an objective, a private working document, the hand-over.
    const noObjective = await providerClient.post(`${bilanUrl}/volet2/share`);
    expect(noObjective.body.error.code).to.equal('VOLET2_INCOMPLETE');
    const objective = await providerClient.post(`${bilanUrl}/objectives`, {
      theme: 'accessibilite',
      title: 'Accueillir des enfants à besoins spécifiques',
      description: 'Aménager un coin calme.',
    });
    expect(objective.status, JSON.stringify(objective.body)).to.equal(201);
    const objectiveId = objective.body.bilan.volet2.objectives[0].id;
    const upload = await providerClient.post(`${bilanUrl}/documents`, {
      name: 'notes-equipe.txt',
      contentType: 'text/plain',
      contentBase64: Buffer.from('Nos notes de travail, privées.').toString('base64'),
    });
    expect(upload.status, JSON.stringify(upload.body)).to.equal(201);
    const documentId = upload.body.bilan.documents[0].id;
    const download = await providerClient.get(`${bilanUrl}/documents/${documentId}`);
    expect(download.status).to.equal(200);
    expect(download.body).to.equal('Nos notes de travail, privées.');
    expect((await providerClient.post(`${bilanUrl}/volet2/share`)).status).to.equal(200);

    const review2 = await taskOf(agentClient, upcoming.id, 'bilan.volet2_review');
    const agentView = (await agentClient.get(bilanUrl)).body.bilan;
    expect(agentView.volet2.objectives[0].title).to.equal('Accueillir des enfants à besoins spécifiques');
    expect(agentView.documents).to.equal(null);
    expect(agentView.can.readDocuments).to.equal(false);
    await complete(agentClient, review2.id, 'Bel objectif.');

    // The deadline passes without a plan: reminders were sent, then the escalation.
    const followUp = await taskOf(agentClient, upcoming.id, 'bilan.plan_overdue');
    expect(followUp.title).to.equal('Plan d’action non reçu : contacter l’accueillant·e');
    const late = (await providerClient.get(bilanUrl)).body.bilan;
    expect(late.overdue).to.equal(true);
    const reminders = await sys
      .db('notifications')
      .where({ caseId: upcoming.id, providerId: provider.providerId })
      .where('message', 'like', 'Rappel%');
    expect(reminders).to.have.length(2);
    // Each reminder reached her by e-mail, once, with the way into her bilan; the agent conseil was
    // told the plan is late.
    const providerAddress = `${provider.userId}@exemple.be`;
    await waitForMail(sys, providerAddress, (m) => m.subject.startsWith('Délai dépassé'));
    const reminderMails = (await mailsTo(sys, providerAddress)).filter((m) => m.subject.startsWith('Rappel'));
    expect(reminderMails).to.have.length(2);
    expect(reminderMails[0].subject).to.equal('Rappel — Votre bilan de fonctionnement');
    expect(reminderMails[0].text).to.contain(`Bonjour ${provider.displayName},`);
    expect(linkIn(reminderMails[0], sys.baseUrl)).to.equal(`${sys.baseUrl}/mes-bilans/${upcoming.id}`);
    const lateMail = await waitForMail(sys, `${agent.userId}@one.exemple.be`, (m) =>
      m.text!.includes('Plan d’action non reçu'),
    );
    expect(lateMail.subject).to.equal(`Bilan de fonctionnement — ${provider.displayName}`);

    // Only the agent conseil extends, to a later date, with a reason.
    const byProvider = await providerClient.post(`${bilanUrl}/extend`, {
      deadline: '2099-01-01',
      reason: 'x',
    });
    expect(byProvider.status).to.equal(403);
    const noReason = await agentClient.post(`${bilanUrl}/extend`, { deadline: '2099-01-01', reason: ' ' });
    expect(noReason.status).to.equal(400);
    const past = await agentClient.post(`${bilanUrl}/extend`, {
      deadline: '2020-01-01',
      reason: 'Trop tard',
    });
    expect(past.status).to.equal(400);
    expect(past.body.error.code).to.equal('INVALID_EXTENSION');
    const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const extended = await agentClient.post(`${bilanUrl}/extend`, {
      deadline: day,
      reason: 'Congé de maladie de l’accueillante',
    });
    expect(extended.status, JSON.stringify(extended.body)).to.equal(200);
    expect(extended.body.bilan.deadlineExtended).to.equal(true);
    expect(extended.body.bilan.overdue).to.equal(false);
    expect(extended.body.bilan.extensions[0]).to.include({ reason: 'Congé de maladie de l’accueillante' });
    expect(extended.body.bilan.extensions[0].by.id).to.equal(agent.userId);
    // The follow-up has no object any more.
    await eventually(
      async () => {
        const row = await sys.db('tasks').where({ id: followUp.id }).first('status');
        return row.status === 'cancelled' ? true : undefined;
      },
      15_000,
      'the follow-up to close',
    );

    // The plan: an action tied to the objective, then sent.
    const empty = await providerClient.post(`${bilanUrl}/plan/send`);
    expect(empty.body.error.code).to.equal('PLAN_INCOMPLETE');
    const action = await providerClient.post(`${bilanUrl}/actions`, {
      objectiveId,
      description: 'Aménager un coin calme avec des coussins',
      responsible: 'Muriel',
      dueDate: day,
    });
    expect(action.status, JSON.stringify(action.body)).to.equal(201);
    const sent = await providerClient.post(`${bilanUrl}/plan/send`);
    expect(sent.status, JSON.stringify(sent.body)).to.equal(200);
    expect(sent.body.bilan.stage).to.equal('plan_sent');
    const locked = await providerClient.request('PUT', `${bilanUrl}/volet1/hygiene`, {
      rating: null,
      findings: null,
    });
    expect(locked.body.error.code).to.equal('BILAN_LOCKED');

    const planReview = await taskOf(agentClient, upcoming.id, 'bilan.plan_review');
    expect((await agentClient.get(bilanUrl)).body.bilan.plan.actions).to.have.length(1);
    await complete(agentClient, planReview.id, 'Plan approuvé, merci.');
    const closed = await eventually(
      async () => {
        const b = (await providerClient.get(bilanUrl)).body.bilan;
        return b.stage === 'closed' ? b : undefined;
      },
      15_000,
      'the bilan to close',
    );
    expect(closed.stageLabel).to.equal('Clôturé');
    expect(closed.reviews.map((r: { comment: string }) => r.comment)).to.deep.equal([
      'Merci, pensez au registre des présences.',
      'Bel objectif.',
      'Plan approuvé, merci.',
    ]);

    // The supervisor's timeline tells the whole story, in French, with who did what.
    const detail = await supervisor.get(`/api/cases/${upcoming.id}`);
    expect(detail.status).to.equal(200);
    expect(detail.body.case.procedureLabel).to.equal('Bilan de fonctionnement');
    const timeline = detail.body.timeline as Array<{
      kind: string;
      title: string;
      actor: { id: string } | null;
    }>;
    const kinds = timeline.map((e) => e.kind);
    for (const kind of [
      'case_opened',
      'bilan_started',
      'volet_shared',
      'reminder_sent',
      'deadline_passed',
      'deadline_extended',
      'task_cancelled',
      'plan_sent',
      'task_completed',
      'case_closed',
    ])
      expect(kinds, kind).to.include(kind);
    expect(kinds.indexOf('bilan_started')).to.be.lessThan(kinds.indexOf('volet_shared'));
    expect(kinds.indexOf('deadline_passed')).to.be.lessThan(kinds.indexOf('deadline_extended'));
    expect(kinds.indexOf('plan_sent')).to.be.lessThan(kinds.indexOf('case_closed'));
    expect(kinds.filter((k) => k === 'reminder_sent')).to.have.length(2);
    const extension = timeline.find((e) => e.kind === 'deadline_extended')!;
    expect(extension.title).to.match(/^Délai prolongé jusqu’au \d{1,2} \S+ \d{4} par Agent Test/);
    expect(extension.actor?.id).to.equal(agent.userId);
    expect(
      timeline.filter((e) => e.kind === 'volet_shared').every((e) => e.actor?.id === provider.userId),
    ).to.equal(true);
  });

  it('keeps the working documents private: no ONE agent reads them, and the refusal is on record', async () => {
    const { provider, providerClient, agentClient } = await providerWithAgent();
    const campaign = await openCampaign(`Bilan documents ${Date.now()}`, -1_000, 3_600_000);
    const bilan = await bilanOf(providerClient, campaign.id);
    const url = `/api/bilans/${bilan.id}`;
    await eventually(
      async () => ((await providerClient.get(url)).body.bilan.stage === 'in_progress' ? true : undefined),
      30_000,
      'the tools to open',
    );
    const upload = await providerClient.post(`${url}/documents`, {
      name: 'projet.pdf',
      contentType: 'application/pdf',
      contentBase64: Buffer.from('%PDF-1.4 brouillon').toString('base64'),
    });
    expect(upload.status).to.equal(201);
    const documentId = upload.body.bilan.documents[0].id;
    // Even once volet 2 is shared, the documents stay the provider's.
    await providerClient.post(`${url}/objectives`, {
      theme: 'projet_accueil',
      title: 'Objectif',
      description: '',
    });
    expect((await providerClient.post(`${url}/volet2/share`)).status).to.equal(200);

    const otherAgent = await person((await newAgent(sys.db, ['agent_conseil'], 'luxembourg')).userId);
    const readers = [
      agentClient,
      supervisor,
      otherAgent,
      await person('u-veille'),
      await person('u-accueil'),
      await person((await newProvider(sys.db, 'luxembourg')).userId),
    ];
    for (const reader of readers) {
      const res = await reader.get(`${url}/documents/${documentId}`);
      expect(res.status).to.equal(404);
      expect(JSON.stringify(res.body)).not.to.contain('brouillon');
      const view = await reader.get(url);
      if (view.status === 200) expect(view.body.bilan.documents).to.equal(null);
      const removed = await reader.delete(`${url}/documents/${documentId}`);
      expect(removed.status).to.equal(404);
    }
    // Another agent conseil, another provider: not even the bilan.
    expect((await otherAgent.get(url)).status).to.equal(404);
    // The hand-over's notification reaches the provider's agent conseil, not another one.
    const said = (client: ApiClient) =>
      client
        .get('/api/notifications')
        .then((r) =>
          (r.body.notifications as Array<{ caseId: string }>).filter((n) => n.caseId === bilan.id),
        );
    expect(
      await eventually(async () => ((await said(agentClient)).length ? true : undefined), 15_000, 'notice'),
    ).to.equal(true);
    expect(await said(otherAgent)).to.deep.equal([]);
    const denied = await sys
      .db('audit_events')
      .where({ subjectType: 'BilanDocument', subjectId: documentId, outcome: 'denied' });
    expect(denied.length).to.be.at.least(readers.length);
    expect((await providerClient.get(`${url}/documents/${documentId}`)).status).to.equal(200);
    expect(provider.providerId).to.be.a('string');
  });

  it('opens a campaign once per provider: opening it again starts no duplicate', async () => {
    await providerWithAgent();
    await providerWithAgent();
    const campaign = await openCampaign(`Campagne idempotente ${Date.now()}`, 3_600_000, 7_200_000);
    const opened = await eventually(
      async () => {
        const res = await supervisor.get(`/api/campaigns/${campaign.id}`);
        return res.body.campaign.status === 'open' ? res.body.campaign : undefined;
      },
      60_000,
      'the campaign to open',
    );
    expect(opened.providerCount).to.be.at.least(2);
    expect(opened.processedCount).to.equal(opened.providerCount);
    const count = async () =>
      Number(
        (
          await eventually(
            async () => {
              const [row] = await sys.db('cases').where({ campaignId: campaign.id }).count({ n: '*' });
              return Number(row.n) === opened.providerCount ? row : undefined;
            },
            60_000,
            'every bilan on record',
          )
        ).n,
      );
    expect(await count()).to.equal(opened.providerCount);

    const again = await supervisor.post(`/api/campaigns/${campaign.id}/open`);
    expect(again.status).to.equal(200);
    await eventually(
      async () => {
        const res = await supervisor.get(`/api/campaigns/${campaign.id}`);
        return res.body.campaign.status === 'open' ? true : undefined;
      },
      60_000,
      'the campaign to open again',
    );
    expect(await count()).to.equal(opened.providerCount);
    const workflows = await sys
      .db('cases')
      .where({ campaignId: campaign.id })
      .countDistinct({ n: 'workflow_id' });
    expect(Number(workflows[0].n)).to.equal(opened.providerCount);

    const duplicate = await supervisor.post('/api/campaigns', {
      title: opened.title,
      startsAt: '2030-01-01',
      deadline: '2030-06-30',
    });
    expect(duplicate.status).to.equal(409);
    expect(duplicate.body.error.code).to.equal('CAMPAIGN_EXISTS');

    const byAgent = await (
      await person('u-conseil')
    ).post('/api/campaigns', {
      title: 'Non autorisée',
      startsAt: '2030-01-01',
      deadline: '2030-06-30',
    });
    expect(byAgent.status).to.equal(403);
    const bad = await supervisor.post('/api/campaigns', {
      title: 'Dates inversées',
      startsAt: '2030-06-30',
      deadline: '2030-01-01',
    });
    expect(bad.status).to.equal(400);
    expect(bad.body.error.details[0].path).to.equal('deadline');
  });
});
