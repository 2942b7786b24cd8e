import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { newAgent, newProvider } from '../support/fixtures';
import { linkIn, waitForMail } from '../support/mail';
import { addWorkingHours } from '../../common/helpdesk';
import { helpdeskWorkflowId } from '../../workflows/helpdesk';

/** A tiny valid PNG (1×1): the server reads the type from these bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
).toString('base64');

const SETTINGS = {
  HELPDESK_DETAILS_REMINDER_AFTER: '3 seconds',
  HELPDESK_DETAILS_CLOSE_AFTER: '3 seconds',
  HELPDESK_LIMIT_PER_EMAIL_DAY: '2',
  HELPDESK_LIMIT_PER_ADDRESS_HOUR: '4',
};

describe('API: helpdesk requests (« Aide »), end to end on real PostgreSQL and Temporal', () => {
  let sys: TestSystem;
  const saved: Record<string, string | undefined> = {};

  before(async () => {
    for (const [k, v] of Object.entries(SETTINGS)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    sys = await testSystem();
  });
  after(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  async function as(userId: string): Promise<ApiClient> {
    const client = new ApiClient(sys.baseUrl);
    await client.login(userId);
    return client;
  }

  const task = (id: string) => `/api/tasks/${encodeURIComponent(id)}`;

  /** Waits for a task in the agent's « À faire » (hers or her team's), claims it and records its outcome. */
  async function complete(agent: ApiClient, taskId: string, outcome: Record<string, unknown>) {
    await eventually(
      async () => {
        const available = await agent.get('/api/tasks?view=todo');
        return available.body.tasks.some((t: { id: string }) => t.id === taskId) || undefined;
      },
      20_000,
      `${taskId} in the inbox`,
    );
    const claimed = await agent.post(`${task(taskId)}/claim`);
    expect(claimed.status, JSON.stringify(claimed.body)).to.equal(200);
    const done = await agent.post(`${task(taskId)}/complete`, { outcome });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    return done.body.task;
  }

  it('counts the due date in working hours: Monday to Friday, 9 h–16 h, public holidays off', () => {
    // Thursday 24 December 2026, 15:00 in Brussels; Christmas is a Friday that year.
    const due = addWorkingHours(new Date('2026-12-24T14:00:00Z'), 2);
    expect(due.toISOString()).to.equal('2026-12-28T09:00:00.000Z');
    // Before opening time, counting starts at 9:00; summer time is UTC+2.
    expect(addWorkingHours(new Date('2026-06-01T04:00:00Z'), 7).toISOString()).to.equal(
      '2026-06-01T14:00:00.000Z',
    );
  });

  it('forwards a request to the informaticiens and back, answers it; she reads it and says it helped', async () => {
    const p = await newProvider(sys.db, 'liege');
    const provider = await as(p.userId);
    const form = {
      subject: 'technical',
      description: 'La page Signalétique reste blanche quand je clique sur Soumettre.',
      attachments: [{ name: 'ecran.png', contentBase64: PNG }],
    };
    // A double click: one request.
    const key = randomUUID();
    const [created, twice] = await Promise.all([
      provider.post('/api/helpdesk/requests', form, { 'Idempotency-Key': key }),
      provider.post('/api/helpdesk/requests', form, { 'Idempotency-Key': key }),
    ]);
    expect([created.status, twice.status].sort(), JSON.stringify(created.body)).to.deep.equal([200, 201]);
    const caseId: string = created.body.case.id;
    expect(twice.body.case.id).to.equal(caseId);
    expect(await sys.db('helpdesk_requests').where({ userId: p.userId })).to.have.length(1);
    expect(created.body.case.procedureLabel).to.equal('Demande d’aide');
    expect(created.body.case.summary).to.equal('Problème technique');

    // In « Mes demandes », like every request of hers.
    const mine = await provider.get('/api/me/cases');
    expect(mine.body.cases.map((c: { id: string }) => c.id)).to.include(caseId);

    // The helpdesk's task, due in working hours (14 by default).
    const first = await eventually(
      async () =>
        sys
          .db('tasks')
          .where({ id: `${caseId}:answer-1` })
          .first(),
      20_000,
      'helpdesk task',
    );
    expect(first).to.include({ candidateRole: 'helpdesk', status: 'open', kind: 'helpdesk.answer' });
    expect(new Date(first.dueAt).getTime()).to.be.closeTo(
      addWorkingHours(new Date(first.createdAt), 14).getTime(),
      1000,
    );

    // The helpdesk reads the request and the person's context, read-only and audited.
    const helpdesk = await as('u-helpdesk');
    const seen = await helpdesk.get(`/api/helpdesk/requests/${caseId}`);
    expect(seen.status, JSON.stringify(seen.body)).to.equal(200);
    expect(seen.body.thread[0].text).to.match(/reste blanche/);
    expect(seen.body.attachments).to.have.length(1);
    expect(seen.body.context.roles).to.deep.equal(['Accueillant·e indépendant·e']);
    expect(seen.body.context.subregion).to.equal('Liège');
    expect(seen.body.context.provider.id).to.equal(p.providerId);
    const file = await fetch(sys.baseUrl + seen.body.attachments[0].url, {
      headers: { Cookie: helpdesk.cookieHeader() },
    });
    expect(file.headers.get('content-type')).to.equal('image/png');
    const audit = await sys
      .db('audit_events')
      .where({ caseId, actorId: 'u-helpdesk', action: 'read', subjectType: 'Case' })
      .first();
    expect(audit.fields).to.include('requesterOpenCases');
    // Another childminder and a team that does not handle the helpdesk see nothing.
    const other = await as((await newProvider(sys.db, 'namur')).userId);
    expect((await other.get(`/api/helpdesk/requests/${caseId}`)).status).to.equal(404);
    expect((await (await as('u-veille')).get(`/api/helpdesk/requests/${caseId}`)).status).to.equal(404);

    // « Transmettre aux informaticiens »: a second-line task; they answer the helpdesk.
    await complete(helpdesk, `${caseId}:answer-1`, {
      decision: 'forward',
      comment: 'Page blanche à la soumission, navigateur Firefox.',
    });
    const support = await as('u-informatique');
    await complete(support, `${caseId}:second-line-1`, { comment: 'Corrigé dans la version du jour.' });
    // What the teams write to each other stays between them.
    const hers = await provider.get(`/api/helpdesk/requests/${caseId}`);
    expect(JSON.stringify(hers.body.thread)).not.to.match(/Firefox|version du jour/);
    expect(hers.body.context).to.equal(null);
    const teams = await helpdesk.get(`/api/helpdesk/requests/${caseId}`);
    expect(teams.body.thread.map((t: { text: string }) => t.text)).to.include(
      'Corrigé dans la version du jour.',
    );

    // The request comes back to the helpdesk agent who forwarded it, first in her « À faire »,
    // and she is told; nobody else's pile.
    const back = await eventually(
      async () => {
        const res = await helpdesk.get('/api/tasks?view=todo');
        return res.body.tasks[0]?.id === `${caseId}:answer-2` ? res.body.tasks[0] : undefined;
      },
      20_000,
      'the request back with the helpdesk agent',
    );
    expect(back.assignee).to.deep.equal({ id: 'u-helpdesk', displayName: 'Sarah Lemaire' });
    const told = await eventually(
      async () =>
        (await sys
          .db('notifications')
          .where({ key: `${caseId}:answer-2:returned`, recipientUserId: 'u-helpdesk' })
          .first()) ?? undefined,
      20_000,
      'the helpdesk agent told',
    );
    expect(told.message).to.match(/^Les informaticiens ont répondu .* La tâche « .* » vous revient\.$/);
    expect(
      (await helpdesk.get('/api/tasks?view=available')).body.tasks.map((t: { id: string }) => t.id),
    ).not.to.include(`${caseId}:answer-2`);
    // Each tab says how many tasks it holds: the same rows as its list.
    await eventually(
      async () => {
        const counts = (await helpdesk.get('/api/tasks/counts')).body;
        const sizes = await Promise.all(
          ['todo', 'available', 'mine', 'all'].map(
            async (view) => (await helpdesk.get(`/api/tasks?view=${view}`)).body.tasks.length as number,
          ),
        );
        return counts.mine >= 1 &&
          JSON.stringify([counts.todo, counts.available, counts.mine, counts.all]) === JSON.stringify(sizes)
          ? true
          : undefined;
      },
      20_000,
      'the tabs’ counts',
    );
    expect((await provider.get('/api/tasks/counts')).status).to.equal(403);

    // The helpdesk then answers her: she reads it in the application and by e-mail.
    await complete(helpdesk, `${caseId}:answer-2`, {
      decision: 'answer',
      comment: 'Le problème est corrigé : vous pouvez soumettre à nouveau.',
    });
    const mail = await waitForMail(sys, `${p.userId}@exemple.be`, (m) =>
      /Réponse du helpdesk/.test(m.subject),
    );
    expect(mail.text).to.contain('Le problème est corrigé');
    expect(linkIn(mail, sys.baseUrl)).to.equal(`${sys.baseUrl}/aide/demandes/${caseId}`);
    const answered = await eventually(
      async () => {
        const res = await provider.get(`/api/helpdesk/requests/${caseId}`);
        return res.body.can.sayHelped ? res.body : undefined;
      },
      20_000,
      'answer readable',
    );
    expect(answered.thread.at(-1)).to.include({
      author: 'helpdesk',
      text: 'Le problème est corrigé : vous pouvez soumettre à nouveau.',
    });
    expect(answered.case.statusLabel).to.equal('Réponse envoyée');
    const notice = await sys.db('notifications').where({ caseId, recipientUserId: p.userId }).first();
    expect(notice.message).to.match(/a répondu à votre demande « Problème technique »/);

    const helped = await provider.post(`/api/helpdesk/requests/${caseId}/messages`, { action: 'helped' });
    expect(helped.status, JSON.stringify(helped.body)).to.equal(200);
    const closed = await eventually(
      async () => {
        const row = await sys.db('cases').where({ id: caseId }).first();
        return row.status === 'closed' ? row : undefined;
      },
      20_000,
      'case closed',
    );
    expect(closed.outcome).to.deep.equal({ decision: 'helped' });
    const again = await provider.post(`/api/helpdesk/requests/${caseId}/messages`, {
      action: 'reopen',
      body: 'Encore une question',
    });
    expect(again.status).to.equal(409);
    expect(again.body.error.code).to.equal('HELPDESK_NOT_WAITING_FOR_YOU');

    // The history a supervisor reads, in French; the person's words are not in it.
    const detail = await (await as('u-coordination')).get(`/api/cases/${caseId}`);
    const titles = detail.body.timeline.map((e: { title: string }) => e.title);
    expect(titles[0]).to.equal(`Demande d’aide envoyée par ${p.displayName}`);
    expect(titles).to.include('Demande clôturée');
    const history = JSON.stringify(
      await sys.env.client.workflow.getHandle(helpdeskWorkflowId(caseId)).fetchHistory(),
    );
    expect(history).not.to.contain('reste blanche');
  });

  it('closes a request for details left unanswered, and tells the person', async () => {
    const agent = await newAgent(sys.db, ['agent_conseil'], 'namur');
    const asker = await as(agent.userId);
    const created = await asker.post('/api/helpdesk/requests', {
      subject: 'find_information',
      description: 'Où trouver la liste des accueillantes de mon portefeuille ?',
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    const caseId: string = created.body.case.id;
    expect(created.body.case.provider).to.equal(null);
    expect(created.body.case.concerns.displayName).to.equal(agent.displayName);
    expect(
      (await asker.get('/api/helpdesk/requests')).body.cases.map((c: { id: string }) => c.id),
    ).to.deep.equal([caseId]);

    await complete(await as('u-helpdesk'), `${caseId}:answer-1`, {
      decision: 'ask_details',
      comment: 'Depuis quelle page cherchez-vous ?',
    });
    const address = `${agent.userId}@one.exemple.be`;
    await waitForMail(sys, address, (m) => /besoin de précisions/.test(m.subject));
    const waiting = await eventually(
      async () => {
        const res = await asker.get(`/api/helpdesk/requests/${caseId}`);
        return res.body.can.reply ? res.body : undefined;
      },
      20_000,
      'waiting for details',
    );
    expect(waiting.case.waitingFor).to.match(/^Vos précisions/);
    await waitForMail(sys, address, (m) => /^Rappel/.test(m.subject));
    const closing = await waitForMail(sys, address, (m) => /clôturée/.test(m.subject));
    expect(closing.text).to.contain('nous n’avons pas reçu les précisions demandées');
    const closed = await eventually(
      async () => {
        const row = await sys.db('cases').where({ id: caseId }).first();
        return row.status === 'closed' ? row : undefined;
      },
      20_000,
      'case closed',
    );
    expect(closed.outcome).to.deep.equal({ decision: 'no_reply' });
    const late = await asker.post(`/api/helpdesk/requests/${caseId}/messages`, {
      action: 'reply',
      body: 'Depuis l’accueil',
    });
    expect(late.status).to.equal(409);
    expect(late.body.error.code).to.equal('HELPDESK_NOT_WAITING_FOR_YOU');
    expect(await sys.db('helpdesk_messages').where({ caseId })).to.have.length(0);
  });

  it('takes a request from someone without an account, answers it by e-mail with a private link, and limits abuse', async () => {
    const anonymous = new ApiClient(sys.baseUrl);
    const email = `nadia.${Date.now()}@exemple.be`;
    const description = 'Je ne parviens plus à me connecter, mon mot de passe est refusé.';
    const created = await anonymous.post('/api/helpdesk/requests', {
      subject: 'connexion',
      description,
      name: 'Nadia Lemaire',
      email,
    });
    expect(created.status, JSON.stringify(created.body)).to.equal(201);
    expect(created.body.case).to.equal(null);
    expect(created.body.message).to.contain(email);
    const request = await sys.db('helpdesk_requests').whereRaw('lower(email) = ?', [email]).first();
    const caseId: string = request.caseId;

    const helpdesk = await as('u-helpdesk');
    const seen = await eventually(
      async () => {
        const res = await helpdesk.get(`/api/helpdesk/requests/${caseId}`);
        return res.status === 200 ? res.body : undefined;
      },
      20_000,
      'request readable by the helpdesk',
    );
    expect(seen.requester).to.deep.equal({ displayName: 'Nadia Lemaire', hasAccount: false });
    expect(seen.context.email).to.equal(email);
    await complete(helpdesk, `${caseId}:answer-1`, {
      decision: 'answer',
      comment: 'Choisissez « Mot de passe oublié ? » sur la page de connexion.',
    });
    const mail = await waitForMail(sys, email, (m) => /Réponse du helpdesk/.test(m.subject));
    expect(mail.text).to.contain('Mot de passe oublié ?');
    const link = new URL(linkIn(mail, sys.baseUrl));
    expect(link.pathname).to.equal('/aide/suivi');
    expect(link.href).not.to.contain(encodeURIComponent(email)).and.not.to.contain(email);
    const token = link.hash.slice(1);

    const thread = await eventually(
      async () => {
        const res = await anonymous.post('/api/helpdesk/follow-up', { token });
        return res.body.can?.reopen ? res.body : undefined;
      },
      20_000,
      'answer readable through the link',
    );
    expect(thread.thread.map((t: { text: string }) => t.text)).to.include(
      'Choisissez « Mot de passe oublié ? » sur la page de connexion.',
    );
    expect(thread.context).to.equal(null);
    const reopened = await anonymous.post('/api/helpdesk/follow-up/messages', {
      token,
      action: 'reopen',
      body: 'Le lien ne m’arrive pas.',
    });
    expect(reopened.status, JSON.stringify(reopened.body)).to.equal(200);
    await eventually(
      async () =>
        sys
          .db('tasks')
          .where({ id: `${caseId}:answer-2`, status: 'open' })
          .first(),
      20_000,
      'a new task for the helpdesk',
    );
    expect(
      (await anonymous.post('/api/helpdesk/follow-up', { token: token.slice(0, -2) + 'xx' })).status,
    ).to.equal(404);

    // The limit: two requests a day for one address.
    const second = await anonymous.post('/api/helpdesk/requests', {
      subject: 'general_information',
      description: 'Une autre question.',
      name: 'Nadia Lemaire',
      email: email.toUpperCase(),
    });
    expect(second.status, JSON.stringify(second.body)).to.equal(201);
    const third = await anonymous.post('/api/helpdesk/requests', {
      subject: 'general_information',
      description: 'Encore une question.',
      name: 'Nadia Lemaire',
      email,
    });
    expect(third.status).to.equal(429);
    expect(third.body.error.code).to.equal('HELPDESK_TOO_MANY_REQUESTS');
    expect(third.body.error.message).to.match(/Réessayez plus tard/);
    expect(await sys.db('helpdesk_requests').whereRaw('lower(email) = ?', [email])).to.have.length(2);
    // And four an hour from one sending address, whatever the e-mail.
    for (let n = 0; n < 2; n++) {
      const res = await anonymous.post('/api/helpdesk/requests', {
        subject: 'general_information',
        description: 'Question.',
        name: 'Quelqu’un',
        email: `autre.${n}.${Date.now()}@exemple.be`,
      });
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
    }
    const fifth = await anonymous.post('/api/helpdesk/requests', {
      subject: 'general_information',
      description: 'Question.',
      name: 'Quelqu’un',
      email: `encore.${Date.now()}@exemple.be`,
    });
    expect(fifth.status).to.equal(429);
    expect(fifth.body.error.code).to.equal('HELPDESK_TOO_MANY_REQUESTS');

    // Neither her words nor her address reach the logs or the workflow's history.
    expect(sys.logs()).not.to.contain(email).and.not.to.contain('mot de passe est refusé');
    const history = JSON.stringify(
      await sys.env.client.workflow.getHandle(helpdeskWorkflowId(caseId)).fetchHistory(),
    );
    expect(history).not.to.contain(email.split('@')[0]).and.not.to.contain('mot de passe est refusé');
  });

  it('refuses bad input with stable codes and writes nothing', async () => {
    const p = await newProvider(sys.db, 'hainaut');
    const provider = await as(p.userId);
    const cases = () => sys.db('helpdesk_requests').where({ userId: p.userId });

    const empty = await provider.post('/api/helpdesk/requests', {});
    expect(empty.status).to.equal(400);
    expect(empty.body.error.code).to.equal('VALIDATION_FAILED');
    expect(empty.body.error.details).to.deep.include({ path: 'subject', message: 'Ce champ est requis' });
    expect(empty.body.error.details).to.deep.include({ path: 'description', message: 'Ce champ est requis' });

    const wrongSubject = await provider.post('/api/helpdesk/requests', {
      subject: 'autre',
      description: 'x',
    });
    expect(wrongSubject.status).to.equal(400);
    expect(wrongSubject.body.error.details[0].path).to.equal('subject');

    const fake = await provider.post('/api/helpdesk/requests', {
      subject: 'technical',
      description: 'Voir la capture',
      attachments: [
        { name: 'ecran.png', contentBase64: Buffer.from('#!/bin/sh\necho hi\n').toString('base64') },
      ],
    });
    expect(fake.status).to.equal(400);
    expect(fake.body.error.code).to.equal('FILE_TYPE_NOT_ACCEPTED');
    expect(fake.body.error.details[0].path).to.equal('attachments.0');

    const tooMany = await provider.post('/api/helpdesk/requests', {
      subject: 'technical',
      description: 'Voir les captures',
      attachments: Array.from({ length: 4 }, (_, i) => ({ name: `ecran-${i}.png`, contentBase64: PNG })),
    });
    expect(tooMany.status).to.equal(400);
    expect(tooMany.body.error.details[0]).to.deep.equal({
      path: 'attachments',
      message: '3 fichiers au maximum',
    });

    const named = await provider.post('/api/helpdesk/requests', {
      subject: 'connexion',
      description: 'x',
      name: 'Quelqu’un d’autre',
    });
    expect(named.status).to.equal(400);
    expect(named.body.error.details[0].path).to.equal('name');

    const anonymous = new ApiClient(sys.baseUrl);
    const nobody = await anonymous.post('/api/helpdesk/requests', {
      subject: 'connexion',
      description: 'Aidez-moi',
    });
    expect(nobody.status).to.equal(400);
    expect(nobody.body.error.details.map((d: { path: string }) => d.path)).to.deep.equal(['name', 'email']);
    const badEmail = await anonymous.post('/api/helpdesk/requests', {
      subject: 'connexion',
      description: 'Aidez-moi',
      name: 'Léa',
      email: 'lea-sans-arobase',
    });
    expect(badEmail.status).to.equal(400);
    expect(badEmail.body.error.details).to.deep.include({
      path: 'email',
      message: 'Indiquez une adresse e-mail valide',
    });

    expect(await cases()).to.have.length(0);
    expect(await sys.db('cases').where({ openedBy: p.userId })).to.have.length(0);
    expect(await sys.db('helpdesk_requests').where({ displayName: 'Léa' })).to.have.length(0);
  });
});
