import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { expectAccessible, expectNoHorizontalScroll, reloadUntil, useBrowser } from '../support/browser';
import { linkIn, waitForMail } from '../support/mail';

const PROVIDER = 'Sophie Dubois';
const HELPDESK = 'Sarah Lemaire';
const TASK_TITLE = 'Répondre à une demande d’aide';

/** A tiny valid PNG (1×1): a screenshot, as far as the server can tell from its bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('browser: « Aide », the helpdesk’s contact form and its answer', function () {
  this.timeout(240_000);
  let sys: TestSystem;
  before(async () => {
    sys = await testSystem();
  });
  const { newPage, signIn } = useBrowser(() => sys, 'helpdesk');
  const text = async (page: Page, testId: string) =>
    (await page.getByTestId(testId).innerText()).replace(/[\u00a0\u202f]/g, ' ');

  it('a childminder asks from the « Aide » button, the helpdesk answers from its task, she reads it', async () => {
    const provider = await signIn(PROVIDER);
    await provider
      .getByRole('navigation', { name: 'Liens utiles' })
      .getByRole('link', { name: 'Aide' })
      .click();
    await provider.getByRole('heading', { level: 1, name: 'Aide' }).waitFor();
    expect(await provider.title()).to.equal('Aide — PRO.ONE');
    expect(await text(provider, 'helpdesk-contact'))
      .to.contain('02/542.14.45')
      .and.contain('pro@one.be');
    await provider.getByText('J’ai oublié mon mot de passe.').click();
    await expectAccessible(provider, 'the help page');

    // Nothing chosen: the summary names what is missing.
    await provider.getByTestId('helpdesk-submit').click();
    const summary = provider.getByTestId('form-error');
    await summary.waitFor();
    expect(await summary.innerText())
      .to.contain('Sujet')
      .and.contain('Votre demande');
    await expectAccessible(provider, 'the help form with errors');

    await provider.getByLabel('Problème technique').check();
    const description = 'Quand je clique sur « Soumettre » dans ma signalétique, la page reste blanche.';
    await provider.getByLabel(/^Votre demande/).fill(description);
    await provider
      .getByLabel(/^Pièces jointes/)
      .setInputFiles({ name: 'ecran.png', mimeType: 'image/png', buffer: PNG });
    await provider.getByTestId('helpdesk-submit').click();
    await provider.getByTestId('helpdesk-request-sent').waitFor();
    expect(await text(provider, 'helpdesk-request-sent')).to.contain(
      'Vous suivez sa réponse dans « Mes demandes »',
    );
    await expectAccessible(provider, 'the request sent');
    const request = await eventually(
      async () =>
        sys.db('helpdesk_requests').where({ userId: 'u-dubois' }).orderBy('createdAt', 'desc').first(),
      10_000,
      'request row',
    );
    const caseId: string = request.caseId;

    // The helpdesk finds the task, reads the request and who asked, and answers.
    const helpdesk = await signIn(HELPDESK);
    await helpdesk.goto(`${sys.baseUrl}/taches`);
    await helpdesk.getByRole('heading', { level: 1, name: 'Tâches' }).waitFor();
    const link = helpdesk.locator(`a[href="/taches/${encodeURIComponent(`${caseId}:answer-1`)}"]`);
    await reloadUntil(helpdesk, link, 'the helpdesk task');
    await link.click();
    await helpdesk.getByRole('heading', { level: 1, name: TASK_TITLE }).waitFor();
    await helpdesk.getByTestId('helpdesk-message-text').first().waitFor();
    expect(await text(helpdesk, 'helpdesk-thread'))
      .to.contain(description)
      .and.contain('ecran.png');
    expect(await text(helpdesk, 'helpdesk-requester-roles')).to.equal('Accueillant·e indépendant·e');
    await expectAccessible(helpdesk, 'the helpdesk task');
    await helpdesk.getByRole('button', { name: 'Prendre en charge' }).click();
    await helpdesk.getByLabel('Répondre à la personne').check();
    const answer = 'C’est corrigé : videz le cache de votre navigateur puis soumettez à nouveau.';
    await helpdesk.getByLabel(/^Votre réponse/).fill(answer);
    await helpdesk.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await helpdesk.getByTestId('task-completed').waitFor();
    await expectAccessible(helpdesk, 'the task answered');

    // She reads it in « Mes demandes », then on her request's page, and says it helped.
    await provider.goto(`${sys.baseUrl}/mes-demandes`);
    await provider.getByRole('heading', { level: 1, name: 'Mes demandes' }).waitFor();
    const row = provider.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
    await row.waitFor();
    await expectAccessible(provider, '« Mes demandes » with a request to the helpdesk');
    await row.getByTestId('helpdesk-own-page').click();
    await provider.getByRole('heading', { level: 1, name: 'Ma demande d’aide' }).waitFor();
    await reloadUntil(provider, provider.getByTestId('helpdesk-helped'), 'the answer');
    expect(await text(provider, 'helpdesk-thread')).to.contain(answer);
    expect(await text(provider, 'helpdesk-status')).to.equal('Réponse envoyée');
    await expectAccessible(provider, 'the answer to her request');
    await provider.getByTestId('helpdesk-helped').click();
    await provider.getByTestId('helpdesk-action-done').waitFor();
    expect(await text(provider, 'helpdesk-status')).to.equal('Clôturée');
    await expectAccessible(provider, 'the request closed');
  });

  it('someone logged out asks from the login page, on a phone, and reads the answer through the e-mail’s link', async () => {
    const page = await newPage({ width: 390, height: 844 });
    // « Aide » is there on MY.ONE too, for parents and for anyone who cannot log in.
    await page.goto(`${sys.baseUrl}/myone`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Liens utiles' })
      .getByRole('link', { name: 'Aide' })
      .waitFor();
    await expectAccessible(page, 'MY.ONE with the « Aide » link');
    await page.goto(`${sys.baseUrl}/connexion`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Liens utiles' }).getByRole('link', { name: 'Aide' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aide' }).waitFor();
    await page.getByLabel(/^Votre nom/).waitFor();
    await expectAccessible(page, 'the help page, signed out');
    await expectNoHorizontalScroll(page, 'the help page on a phone');

    const email = `lea.${Date.now()}@exemple.be`;
    await page.getByLabel(/^Votre nom/).fill('Léa Martin');
    await page.getByLabel(/^Votre adresse e-mail/).fill(email);
    await page.getByLabel('Connexion', { exact: true }).check();
    await page.getByLabel(/^Votre demande/).fill('Je n’ai plus accès à l’adresse e-mail de mon compte.');
    await page.getByTestId('helpdesk-submit').click();
    await page.getByTestId('helpdesk-request-sent').waitFor();
    expect(await text(page, 'helpdesk-request-sent')).to.contain(email);
    await expectAccessible(page, 'the request sent, signed out');
    await expectNoHorizontalScroll(page, 'the request sent on a phone');

    // The helpdesk answers (through the API here); the answer comes by e-mail, with a private link.
    const request = await sys.db('helpdesk_requests').where({ email }).first();
    const taskId = `${request.caseId}:answer-1`;
    const agent = new ApiClient(sys.baseUrl);
    await agent.login('u-helpdesk');
    await eventually(async () => sys.db('tasks').where({ id: taskId }).first(), 20_000, 'task');
    expect((await agent.post(`/api/tasks/${encodeURIComponent(taskId)}/claim`)).status).to.equal(200);
    const answer = 'Appelez-nous au 02/542.14.45 : nous changerons l’adresse de votre compte.';
    const done = await agent.post(`/api/tasks/${encodeURIComponent(taskId)}/complete`, {
      outcome: { decision: 'answer', comment: answer },
    });
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    const mail = await waitForMail(sys, email, (m) => /Réponse du helpdesk/.test(m.subject));
    await page.goto(linkIn(mail, sys.baseUrl));
    await page.getByRole('heading', { level: 1, name: 'Ma demande d’aide' }).waitFor();
    await page.getByTestId('helpdesk-thread').getByText(answer).waitFor();
    expect(page.url(), 'no secret left in the address bar').to.equal(`${sys.baseUrl}/aide/suivi`);
    await expectAccessible(page, 'the answer through the link');
    await expectNoHorizontalScroll(page, 'the answer on a phone');
  });
});
