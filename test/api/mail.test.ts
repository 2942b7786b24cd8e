import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { newAgent, newProvider } from '../support/fixtures';
import { mailsTo, waitForMail, linkIn } from '../support/mail';

describe('Mail: every notice reaches its people by e-mail, once', () => {
  let sys: TestSystem;

  before(async () => {
    sys = await testSystem();
  });

  it('a cessation-risk report mails the cellule de veille (immediately), and its outcome the childminder', async () => {
    const p = await newProvider(sys.db);
    const agent = await newAgent(sys.db, ['cellule_veille']);
    const client = new ApiClient(sys.baseUrl);
    await client.login(p.userId);
    const res = await client.post('/api/cessation-risk-reports', {
      period: 'short_term',
      reason: 'financial',
    });
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    const toAgent = await waitForMail(sys, `${agent.userId}@one.exemple.be`, (m) =>
      m.text!.includes(p.displayName),
    );
    expect(toAgent.subject).to.contain('Risque de cessation d’activité');
    expect(toAgent.text).to.contain(`Bonjour ${agent.displayName},`);
    expect(linkIn(toAgent, sys.baseUrl)).to.equal(`${sys.baseUrl}/taches`);
    expect(toAgent.html).to.contain('Voir mes tâches');
    expect(toAgent.headers['message-id']).to.match(/^<[0-9a-f]{40}@pro\.one\.be>$/);
    const row = await eventually(
      async () => sys.db('mail_messages').where({ recipientUserId: agent.userId, status: 'sent' }).first(),
      10_000,
      'sent row',
    );
    expect(row.attempts).to.equal(1);
    expect(await mailsTo(sys, `${agent.userId}@one.exemple.be`)).to.have.length(1);
  });
});
