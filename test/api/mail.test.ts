import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually, newNiss } from '../support/api-client';
import { formatNiss } from '../../common/niss';
import { newAgent, newProvider } from '../support/fixtures';
import { mailsTo, waitForMail, linkIn } from '../support/mail';
import { queueMails } from '../../activities/mail/outbox';
import { DIGEST_SCHEDULE_ID } from '../../worker/schedules';
import { brusselsDay, isWorkingDay } from '../../common/working-days';

/**
 * Notices by e-mail, on the real system: real SMTP to the MailDev catcher, read back through its
 * own API. Each notice gives exactly one message to each person it concerns.
 */
describe('Mail: every notice reaches its people by e-mail, once', function () {
  this.timeout(180_000);
  let sys: TestSystem;
  let saved: TestSystem['config']['deadlines'];

  before(async () => {
    sys = await testSystem();
    saved = { ...sys.config.deadlines };
  });

  after(() => {
    if (sys) sys.config.deadlines = saved;
  });

  async function person(userId: string) {
    const client = new ApiClient(sys.baseUrl);
    await client.login(userId);
    return client;
  }

  const agentMail = (userId: string) => `${userId}@one.exemple.be`;
  const providerMail = (userId: string) => `${userId}@exemple.be`;

  it('a report mails the team at once, a reassigned task its new holder, a missed deadline the coordination, the outcome the childminder', async () => {
    sys.config.deadlines.cessationRiskAnalysis = '4s';
    const p = await newProvider(sys.db);
    const immediate = await newAgent(sys.db, ['cellule_veille']);
    const daily = await newAgent(sys.db, ['cellule_veille']);
    const supervisor = await newAgent(sys.db, ['supervisor']);
    const dailyClient = await person(daily.userId);
    const pref = await dailyClient.request('PUT', '/api/me/mail-preferences', { frequency: 'daily' });
    expect(pref.status, JSON.stringify(pref.body)).to.equal(200);
    expect(pref.body.label).to.contain('Résumé quotidien');
    const wrong = await dailyClient.request('PUT', '/api/me/mail-preferences', { frequency: 'hourly' });
    expect(wrong.status).to.equal(400);
    expect(wrong.body.error.details[0].path).to.equal('frequency');

    const providerClient = await person(p.userId);
    const res = await providerClient.post('/api/cessation-risk-reports', {
      period: 'short_term',
      reason: 'financial',
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    const caseId = res.body.case.id as string;

    // The team member who chose « immédiatement » is told at once; the one on the digest is not.
    const toTeam = await waitForMail(sys, agentMail(immediate.userId), (m) =>
      m.text!.includes(p.displayName),
    );
    expect(toTeam.subject).to.equal(`Risque de cessation d’activité — ${p.displayName}`);
    expect(toTeam.text).to.contain(`Bonjour ${immediate.displayName},`);
    expect(toTeam.text).to.contain('Helpdesk PRO.ONE : 02/542.14.45');
    expect(linkIn(toTeam, sys.baseUrl)).to.equal(`${sys.baseUrl}/taches`);
    expect(toTeam.html).to.contain('Voir mes tâches');
    expect(toTeam.headers['message-id']).to.match(/^<[0-9a-f]{40}@pro\.one\.be>$/);

    // The deadline passes: the coordination is alerted by mail, with the case's link.
    const alert = await waitForMail(sys, agentMail(supervisor.userId), (m) =>
      m.text!.includes(p.displayName),
    );
    expect(alert.subject).to.match(/^Délai dépassé — Risque de cessation d’activité/);
    expect(linkIn(alert, sys.baseUrl)).to.equal(`${sys.baseUrl}/dossiers/${caseId}`);

    // The coordination hands the task to the member on the digest: a hand-off is told at once.
    const task = await eventually(async () => sys.db('tasks').where({ caseId }).first(), 10_000, 'task');
    const coordination = await person('u-coordination');
    const assigned = await coordination.post(`/api/tasks/${encodeURIComponent(task.id)}/assign`, {
      assigneeId: daily.userId,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).to.equal(200);
    const handOff = await waitForMail(sys, agentMail(daily.userId), (m) => m.subject.startsWith('Une tâche'));
    expect(handOff.subject).to.equal(
      `Une tâche vous est confiée — Risque de cessation d’activité — ${p.displayName}`,
    );
    expect(handOff.text).to.contain('vous a confié la tâche « Contacter et analyser le signalement »');
    expect(linkIn(handOff, sys.baseUrl)).to.equal(`${sys.baseUrl}/taches/${encodeURIComponent(task.id)}`);
    // … and shown in their notifications in the application.
    const notes = (await dailyClient.get('/api/notifications')).body.notifications as Array<{
      message: string;
    }>;
    expect(notes.map((n) => n.message)).to.include(
      `${'Philippe Wauters'} vous a confié la tâche « Contacter et analyser le signalement ».`,
    );

    // The outcome reaches the childminder, with a link to « Mes demandes ».
    const holder = await person(daily.userId);
    const done = await holder.post(`/api/tasks/${encodeURIComponent(task.id)}/complete`, {
      outcome: { decision: 'no_support', comment: 'Situation stabilisée.' },
    });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    const outcome = await waitForMail(sys, providerMail(p.userId));
    expect(outcome.subject).to.equal('Votre signalement de risque de cessation d’activité');
    expect(outcome.text).to.contain(`Bonjour ${p.displayName},`);
    expect(outcome.text).to.contain('Votre signalement a été analysé par la cellule de veille');
    expect(linkIn(outcome, sys.baseUrl)).to.equal(`${sys.baseUrl}/mes-demandes`);

    // Exactly one message per notice and person, whatever was retried.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await mailsTo(sys, providerMail(p.userId))).to.have.length(1);
    const teamMails = await mailsTo(sys, agentMail(immediate.userId));
    expect(teamMails.filter((m) => m.text!.includes(p.displayName))).to.have.length(2); // new report, overdue
    const onDigest = await mailsTo(sys, agentMail(daily.userId));
    expect(onDigest.map((m) => m.subject)).to.deep.equal([handOff.subject]);
    const rows = await sys.db('mail_messages').where({ caseId }).select('status', 'attempts', 'key');
    expect(rows.every((r: { status: string }) => r.status === 'sent')).to.equal(true);
    expect(new Set(rows.map((r: { key: string }) => r.key)).size).to.equal(rows.length);
  });

  it('the daily digest, from the Temporal Schedule, lists the open, new and overdue tasks of the agent’s scope once a day', async () => {
    const p = await newProvider(sys.db, 'luxembourg');
    const agent = await newAgent(sys.db, ['cellule_veille']);
    await sys.db('users').where({ id: agent.userId }).update({ mailFrequency: 'daily' });
    const providerClient = await person(p.userId);
    const res = await providerClient.post('/api/cessation-risk-reports', {
      period: 'medium_term',
      reason: 'premises_unavailable',
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    await eventually(async () => sys.db('tasks').where({ caseId: res.body.case.id }).first(), 10_000, 'task');

    const day = brusselsDay(new Date());
    const schedule = sys.env.client.schedule.getHandle(DIGEST_SCHEDULE_ID);
    const described = await schedule.describe();
    const days = described.spec.calendars?.[0]?.dayOfWeek as Array<{ start: string }> | undefined;
    expect(days?.map((d) => d.start)).to.deep.equal(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']);
    expect(described.spec.timezone).to.equal('Europe/Brussels');
    await schedule.trigger();
    if (!isWorkingDay(day)) {
      // A weekend or a public holiday: the schedule runs, no digest leaves.
      await new Promise((r) => setTimeout(r, 5000));
      expect(await mailsTo(sys, agentMail(agent.userId))).to.have.length(0);
      return;
    }
    const digest = await waitForMail(sys, agentMail(agent.userId), (m) =>
      m.subject.startsWith('Vos tâches du'),
    );
    expect(digest.text).to.contain('Contacter et analyser le signalement');
    expect(digest.text).to.contain(p.displayName);
    expect(digest.text).to.contain('Nouvelles depuis le dernier résumé');
    expect(digest.text).to.contain('« Résumé quotidien »');
    expect(digest.html).to.contain(`${sys.baseUrl}/taches/`);
    // No separate mail for the new task: the digest is the only one.
    expect(await mailsTo(sys, agentMail(agent.userId))).to.have.length(1);

    // Triggered again the same day: nothing more.
    await schedule.trigger();
    await new Promise((r) => setTimeout(r, 4000));
    expect(await mailsTo(sys, agentMail(agent.userId))).to.have.length(1);
  });

  it('a message that cannot be sent is retried, then shown to the coordination, who may send it again', async () => {
    const someone = await newAgent(sys.db, ['helpdesk']);
    // An address no server accepts: a permanent failure, reported without waiting for the time limit.
    const [mailId] = await queueMails(
      sys.db,
      {
        temporal: sys.env.client,
        taskQueue: sys.taskQueue,
        retryMaxInterval: '1s',
        giveUpAfter: '20s',
        domain: 'pro.one.be',
      },
      [
        {
          key: `test:undeliverable:${someone.userId}`,
          template: 'notice',
          params: {
            message: 'Un avis de test.',
            audience: 'team',
            procedure: null,
            caseId: null,
            providerName: null,
          },
          to: { address: 'adresse sans arobase', name: someone.displayName, userId: someone.userId },
        },
      ],
    );
    const row = await eventually(
      async () => {
        const r = await sys.db('mail_messages').where({ id: mailId }).first();
        return r.status === 'undeliverable' ? r : undefined;
      },
      30_000,
      'the message to be given up',
    );
    expect(row.lastError).to.contain('501');
    const alert = await sys
      .db('notifications')
      .where({ key: `mail-undeliverable:${mailId}` })
      .first();
    expect(alert.recipientRole).to.equal('supervisor');
    expect(alert.message).to.contain(`Un e-mail n’a pas pu être remis à ${someone.displayName}`);

    const coordination = await person('u-coordination');
    const list = await coordination.get('/api/mails/undeliverable');
    expect(list.status).to.equal(200);
    const listed = list.body.mails.find((m: { id: string }) => m.id === mailId);
    expect(listed).to.include({ toName: someone.displayName, status: 'undeliverable' });
    expect(listed.subject).to.equal('Dossier');
    expect((await (await person(someone.userId)).get('/api/mails/undeliverable')).status).to.equal(403);

    // The address is corrected, the message sent again: it arrives, once.
    const fixed = `${someone.userId}@one.exemple.be`;
    await sys.db('mail_messages').where({ id: mailId }).update({ toAddress: fixed });
    const resent = await coordination.post(`/api/mails/${mailId}/resend`);
    expect(resent.status, JSON.stringify(resent.body)).to.equal(202);
    const arrived = await waitForMail(sys, fixed);
    expect(arrived.text).to.contain('Un avis de test.');
    const again = await coordination.post(`/api/mails/${mailId}/resend`);
    expect([202, 409]).to.include(again.status);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await mailsTo(sys, fixed)).to.have.length(1);
    expect((await sys.db('mail_messages').where({ id: mailId }).first()).status).to.equal('sent');
  });

  it('never lets a national register number or an IBAN out in a mail, even typed in free text', async () => {
    const someone = await newAgent(sys.db, ['helpdesk']);
    const address = `${someone.userId}@one.exemple.be`;
    // A number nobody in the system has (the privacy test searches the demo ones everywhere).
    const niss = newNiss();
    await queueMails(
      sys.db,
      {
        temporal: sys.env.client,
        taskQueue: sys.taskQueue,
        retryMaxInterval: '2s',
        giveUpAfter: '1 minute',
        domain: 'pro.one.be',
      },
      [
        {
          key: `test:sealed:${someone.userId}`,
          template: 'notice',
          params: {
            message: `Refusé : le relevé montre BE68 5390 0754 7034 et non le compte annoncé ; numéro ${formatNiss(niss)} ; appelez le 0470 12 34 56.`,
            audience: 'team',
            procedure: 'rib',
            caseId: null,
            providerName: 'Camille Test',
          },
          to: { address, name: someone.displayName, userId: someone.userId },
        },
      ],
    );
    const mail = await waitForMail(sys, address);
    for (const part of [mail.text!, mail.html!, mail.subject]) {
      expect(part).to.not.contain('5390');
      expect(part).to.not.contain(formatNiss(niss).slice(-6));
    }
    expect(mail.text).to.contain(
      'le relevé montre [numéro masqué] et non le compte annoncé ; numéro [numéro masqué]',
    );
    // A phone number is not a personal number: it stays.
    expect(mail.text).to.contain('0470 12 34 56');
  });

  it('a task past its due date reaches the team of its scope, or the person holding it, even where only the coordination was told', async () => {
    sys.config.deadlines.adaptationReview = '3s';
    const subregion = 'brabant_wallon';
    const setUp = async () => {
      const p = await newProvider(sys.db, subregion);
      await sys.db('authorisations').insert({
        providerId: p.providerId,
        status: 'granted',
        authorisedOn: '2020-09-01',
        place: 'Rue du Parc 12, 1300 Wavre',
        capacity: 4,
      });
      return p;
    };
    const referent = await newAgent(sys.db, ['referent_accueil'], subregion);
    const colleague = await newAgent(sys.db, ['referent_accueil'], subregion);
    const elsewhere = await newAgent(sys.db, ['referent_accueil'], 'hainaut');
    const ask = async (p: { userId: string; providerId: string }) => {
      const client = await person(p.userId);
      const from = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
      const res = await client.post(`/api/providers/${p.providerId}/adaptations`, {
        type: 'temporary_cessation',
        from,
        to,
        reason: 'Congé',
      });
      expect(res.status, JSON.stringify(res.body)).to.equal(202);
      return res.body.adaptation.caseId as string;
    };

    // Nobody took it: both référents of the subregion hear it is late, once each (and of the request).
    const first = await setUp();
    await ask(first);
    for (const who of [referent, colleague]) {
      const late = await waitForMail(
        sys,
        agentMail(who.userId),
        (m) => m.subject.startsWith('Délai dépassé') && m.text!.includes(first.displayName),
      );
      expect(late.subject).to.equal(`Délai dépassé — Adaptation de l’autorisation — ${first.displayName}`);
    }
    expect(
      (await mailsTo(sys, agentMail(elsewhere.userId))).filter((m) => m.text!.includes(first.displayName)),
    ).to.have.length(0);

    // Taken by one of them before its due date: only she hears it is late.
    sys.config.deadlines.adaptationReview = '8s';
    const second = await setUp();
    const caseId = await ask(second);
    const taskId = `${caseId}:review-1`;
    await eventually(async () => sys.db('tasks').where({ id: taskId }).first(), 10_000, 'review task');
    expect(
      (await (await person(referent.userId)).post(`/api/tasks/${encodeURIComponent(taskId)}/claim`)).status,
    ).to.equal(200);
    await waitForMail(
      sys,
      agentMail(referent.userId),
      (m) => m.subject.startsWith('Délai dépassé') && m.text!.includes(second.displayName),
    );
    await new Promise((r) => setTimeout(r, 1500));
    const toColleague = (await mailsTo(sys, agentMail(colleague.userId))).filter((m) =>
      m.text!.includes(second.displayName),
    );
    expect(toColleague.map((m) => m.subject)).to.deep.equal([
      `Adaptation de l’autorisation — ${second.displayName}`,
    ]);
  });
});
