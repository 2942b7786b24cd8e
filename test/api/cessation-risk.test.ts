import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { newAgent, newProvider } from '../support/fixtures';

describe('API: cessation-risk report, end to end on real PostgreSQL and Temporal', () => {
  let sys: TestSystem;

  before(async () => {
    sys = await testSystem();
  });

  async function providerClient() {
    const p = await newProvider(sys.db);
    const client = new ApiClient(sys.baseUrl);
    await client.login(p.userId);
    return { ...p, client };
  }

  it('records a report, shows the badge, notifies the cellule de veille and opens a task', async () => {
    const { client, providerId, displayName } = await providerClient();
    const res = await client.post('/api/cessation-risk-reports', {
      period: 'short_term',
      reason: 'financial',
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(res.body.message).to.equal('Votre signalement a été enregistré');
    expect(res.body.case.status).to.equal('open');
    expect(res.body.case.details.periodLabel).to.equal('À court terme (dans les 3 à 6 mois)');

    const home = await client.get('/api/me/home');
    expect(home.body.badges).to.deep.equal([
      { code: 'cessation_risk_reported', label: "Risque de cessation d'activité signalé" },
    ]);
    expect(home.body.openCessationRiskCase.id).to.equal(res.body.case.id);

    const notification = await sys
      .db('notifications')
      .where({ caseId: res.body.case.id, recipientRole: 'cellule_veille' })
      .first();
    expect(notification.message).to.contain(displayName);

    const task = await eventually(
      async () => sys.db('tasks').where({ caseId: res.body.case.id }).first(),
      10_000,
      'task row',
    );
    expect(task).to.include({
      kind: 'cessation_risk.analysis',
      candidateRole: 'cellule_veille',
      status: 'open',
      title: 'Contacter et analyser le signalement',
    });
    const days = (new Date(task.dueAt).getTime() - new Date(task.createdAt).getTime()) / 86_400_000;
    expect(days).to.be.closeTo(10, 0.01);
    expect(providerId).to.be.a('string');
  });

  it('refuses an incomplete report with French messages and changes nothing', async () => {
    const { client, providerId } = await providerClient();
    const missing = await client.post('/api/cessation-risk-reports', {});
    expect(missing.status).to.equal(400);
    expect(missing.body.error.code).to.equal('VALIDATION_FAILED');
    expect(missing.body.error.details).to.deep.include({ path: 'period', message: 'Ce champ est requis' });
    expect(missing.body.error.details).to.deep.include({ path: 'reason', message: 'Ce champ est requis' });

    const other = await client.post('/api/cessation-risk-reports', {
      period: 'medium_term',
      reason: 'other',
      reasonOther: '   ',
    });
    expect(other.status).to.equal(400);
    expect(other.body.error.details).to.deep.include({
      path: 'reasonOther',
      message: 'Veuillez préciser le motif',
    });

    const wrong = await client.post('/api/cessation-risk-reports', {
      period: 'tomorrow',
      reason: 'financial',
    });
    expect(wrong.status).to.equal(400);
    expect(wrong.body.error.details[0].path).to.equal('period');

    const notJson = await client.request('POST', '/api/cessation-risk-reports', 'period=short_term', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(notJson.status).to.equal(415);

    expect(await sys.db('cases').where({ providerId, procedure: 'cessation_risk' })).to.have.length(0);
  });

  it('keeps one case for a double click, and refuses a second report while one is open', async () => {
    const { client, providerId } = await providerClient();
    const key = randomUUID();
    const body = { period: 'medium_term', reason: 'other', reasonOther: 'Travaux dans la maison' };
    const [first, second] = await Promise.all([
      client.post('/api/cessation-risk-reports', body, { 'Idempotency-Key': key }),
      client.post('/api/cessation-risk-reports', body, { 'Idempotency-Key': key }),
    ]);
    expect([first.status, second.status].sort()).to.deep.equal([200, 201]);
    expect(first.body.case.id).to.equal(second.body.case.id);
    expect(await sys.db('cases').where({ providerId, procedure: 'cessation_risk' })).to.have.length(1);

    const again = await client.post('/api/cessation-risk-reports', body, { 'Idempotency-Key': randomUUID() });
    expect(again.status).to.equal(409);
    expect(again.body.error.code).to.equal('CASE_ALREADY_OPEN');
    expect(again.body.error.message).to.match(/déjà signalé/);
    expect(await sys.db('cases').where({ providerId, procedure: 'cessation_risk' })).to.have.length(1);
  });

  it('lets the cellule de veille claim and complete the task; the provider sees the outcome', async () => {
    const { client: provider, providerId } = await providerClient();
    const created = await provider.post('/api/cessation-risk-reports', {
      period: 'short_term',
      reason: 'premises_unavailable',
    });
    const caseId = created.body.case.id;
    const taskId = `${caseId}:analysis`;

    const veille = await newAgent(sys.db, ['cellule_veille']);
    const agent = new ApiClient(sys.baseUrl);
    await agent.login(veille.userId);
    // The task is opened right after the case is on record.
    await eventually(
      async () => {
        const available = await agent.get('/api/tasks?view=available');
        return available.body.tasks.some((t: { id: string }) => t.id === taskId) || undefined;
      },
      10_000,
      'task in the inbox',
    );

    const tooEarly = await agent.post(`/api/tasks/${encodeURIComponent(taskId)}/complete`, {
      outcome: { decision: 'no_support' },
    });
    expect(tooEarly.status).to.equal(409);
    expect(tooEarly.body.error.code).to.equal('TASK_NOT_ASSIGNED_TO_YOU');

    const claimed = await agent.post(`/api/tasks/${encodeURIComponent(taskId)}/claim`);
    expect(claimed.status, JSON.stringify(claimed.body)).to.equal(200);
    expect(claimed.body.task.assignee).to.deep.equal({ id: veille.userId, displayName: veille.displayName });

    const colleague = await newAgent(sys.db, ['cellule_veille']);
    const other = new ApiClient(sys.baseUrl);
    await other.login(colleague.userId);
    const stolen = await other.post(`/api/tasks/${encodeURIComponent(taskId)}/claim`);
    expect(stolen.status).to.equal(409);
    expect(stolen.body.error.code).to.equal('TASK_ALREADY_ASSIGNED');

    const noAmount = await agent.post(`/api/tasks/${encodeURIComponent(taskId)}/complete`, {
      outcome: { decision: 'financial_support' },
    });
    expect(noAmount.status).to.equal(400);
    expect(noAmount.body.error.details).to.deep.include({
      path: 'outcome.amountEur',
      message: 'Indiquez le montant accordé',
    });

    const completion = {
      outcome: { decision: 'financial_support', amountEur: 1500, comment: 'Appel du 23/11' },
    };
    const key = { 'Idempotency-Key': randomUUID() };
    const done = await agent.post(`/api/tasks/${encodeURIComponent(taskId)}/complete`, completion, key);
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    expect(done.body.task.status).to.equal('completed');

    const late = await agent.post(`/api/tasks/${encodeURIComponent(taskId)}/complete`, {
      outcome: { decision: 'no_support' },
    });
    expect(late.status).to.equal(409);
    expect(late.body.error.code).to.equal('TASK_CLOSED');

    const home = await eventually(
      async () => {
        const r = await provider.get('/api/me/home');
        return r.body.lastClosedCessationRiskCase ? r.body : undefined;
      },
      15_000,
      'case closed',
    );
    expect(home.badges).to.deep.equal([]);
    expect(home.lastClosedCessationRiskCase.outcome).to.include({
      decision: 'financial_support',
      amountEur: 1500,
      decisionLabel: 'Soutien financier accordé',
    });
    expect(home.notifications[0].message).to.contain('Soutien financier accordé');

    // The agent's answer was lost and the same result is sent again after the case closed: it is
    // done, and nothing happens twice.
    const notificationsBefore = await sys.db('notifications').where({ caseId }).count({ n: '*' });
    const again = await agent.post(`/api/tasks/${encodeURIComponent(taskId)}/complete`, completion, key);
    expect(again.status, JSON.stringify(again.body)).to.equal(200);
    expect(again.body.task).to.deep.include({ status: 'completed', completedAt: done.body.task.completedAt });
    expect(await sys.db('notifications').where({ caseId }).count({ n: '*' })).to.deep.equal(
      notificationsBefore,
    );

    const cases = await provider.get('/api/me/cases');
    expect(cases.body.cases[0]).to.include({ id: caseId, status: 'closed', statusLabel: 'Traité' });

    // A new report is possible once the previous one is closed.
    const next = await provider.post('/api/cessation-risk-reports', {
      period: 'short_term',
      reason: 'financial',
    });
    expect(next.status).to.equal(201);
    expect(await sys.db('cases').where({ providerId, procedure: 'cessation_risk' })).to.have.length(2);
  });

  it('shows the supervisor a readable history and a link to the run', async () => {
    const { client: provider, displayName } = await providerClient();
    const created = await provider.post('/api/cessation-risk-reports', {
      period: 'short_term',
      reason: 'financial',
    });
    const caseId = created.body.case.id;
    const taskId = `${caseId}:analysis`;
    await eventually(
      async () => (await sys.db('tasks').where({ id: taskId }).first()) ?? undefined,
      10_000,
      'task row',
    );
    const veille = await newAgent(sys.db, ['cellule_veille']);
    const agent = new ApiClient(sys.baseUrl);
    await agent.login(veille.userId);
    await agent.post(`/api/tasks/${encodeURIComponent(taskId)}/claim`);
    await agent.post(`/api/tasks/${encodeURIComponent(taskId)}/complete`, {
      outcome: { decision: 'no_support' },
    });

    const supervisor = new ApiClient(sys.baseUrl);
    await supervisor.login('u-coordination');
    const detail = await eventually(
      async () => {
        const r = await supervisor.get(`/api/cases/${caseId}`);
        return r.body.timeline?.some((e: { kind: string }) => e.kind === 'case_closed') ? r.body : undefined;
      },
      15_000,
      'timeline with closure',
    );
    const titles: string[] = detail.timeline.map((e: { title: string }) => e.title);
    expect(titles[0]).to.equal(`Signalement enregistré par ${displayName}`);
    expect(titles).to.include('Notification envoyée à la cellule de veille');
    expect(titles).to.include(
      'Tâche « Contacter et analyser le signalement » créée pour la cellule de veille',
    );
    expect(titles).to.include(
      `Tâche « Contacter et analyser le signalement » attribuée à ${veille.displayName}`,
    );
    expect(titles).to.include(
      `Tâche « Contacter et analyser le signalement » terminée par ${veille.displayName}`,
    );
    expect(titles).to.include('Dossier clôturé');
    expect(detail.temporal.url).to.contain(encodeURIComponent(detail.temporal.workflowId));

    const list = await supervisor.get(`/api/cases?procedure=cessation_risk&status=closed`);
    expect(list.body.cases.map((c: { id: string }) => c.id)).to.include(caseId);
    const open = await supervisor.get(`/api/cases?status=open`);
    expect(open.body.cases.map((c: { id: string }) => c.id)).not.to.include(caseId);
  });

  it('keeps each person to what their role allows', async () => {
    const { client: provider } = await providerClient();
    const { client: otherProvider } = await providerClient();
    const created = await provider.post('/api/cessation-risk-reports', {
      period: 'short_term',
      reason: 'financial',
    });
    const caseId = created.body.case.id;

    expect((await provider.get('/api/tasks')).status).to.equal(403);
    const own = await provider.get('/api/cases');
    expect(own.body.cases.map((c: { id: string }) => c.id)).to.deep.equal([caseId]);
    expect((await otherProvider.get(`/api/cases/${caseId}`)).status).to.equal(404);
    expect(
      (await otherProvider.get(`/api/tasks/${encodeURIComponent(caseId + ':analysis')}`)).status,
    ).to.equal(404);

    const conseil = new ApiClient(sys.baseUrl);
    await conseil.login('u-conseil');
    expect((await conseil.get(`/api/tasks/${encodeURIComponent(caseId + ':analysis')}`)).status).to.equal(
      404,
    );
    expect(
      (await conseil.post(`/api/tasks/${encodeURIComponent(caseId + ':analysis')}/claim`)).status,
    ).to.equal(404);
    expect(
      (await conseil.post('/api/cessation-risk-reports', { period: 'short_term', reason: 'financial' }))
        .status,
    ).to.equal(403);

    const anonymous = new ApiClient(sys.baseUrl);
    const res = await anonymous.get('/api/me/home');
    expect(res.status).to.equal(401);
    expect(res.body.error.code).to.equal('UNAUTHENTICATED');
  });
});
