import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { testSystem, type TestSystem } from '../support/system';
import { expectAccessible, expectNoHorizontalScroll, reloadUntil, useBrowser } from '../support/browser';

/** Claire Peeters (Dinant, Namur): no other browser test writes her data. Her référent accueil is Pierre Hubert. */
const PROVIDER_ID = 'p-peeters';
const PROVIDER = 'Claire Peeters';
const REFERENT = 'Pierre Hubert';
const TASK_TITLE = 'Examiner la demande d’adaptation de l’autorisation';

/**
 * « Mon autorisation » in the browser: the childminder asks a temporary cessation, her référent·e
 * accueil asks a question, she answers (and follows it in « Mes demandes »), the référent·e
 * accepts, and she reads the decision and downloads its letter.
 */
describe('browser: « Mon autorisation », a temporary cessation from request to decision letter', function () {
  this.timeout(240_000);
  let sys: TestSystem;
  before(async () => {
    sys = await testSystem();
    // A rerun starts from a granted authorisation without any adaptation request.
    const ids = (
      (await sys
        .db('cases')
        .where({ providerId: PROVIDER_ID, procedure: 'adaptation' })
        .select('id')) as Array<{
        id: string;
      }>
    ).map((r) => r.id);
    if (ids.length) {
      await sys.db('notifications').whereIn('caseId', ids).delete();
      await sys.db('tasks').whereIn('caseId', ids).delete();
      await sys.db('decision_documents').whereIn('caseId', ids).delete();
      await sys.db('authorisation_events').whereIn('caseId', ids).delete();
      await sys.db('cases').whereIn('id', ids).delete();
    }
    await sys.db('authorisations').where({ providerId: PROVIDER_ID }).update({ status: 'granted' });
  });
  const { signIn } = useBrowser(() => sys, 'authorisation');

  const day = (offsetDays: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
      new Date(Date.now() + offsetDays * 86_400_000),
    );

  /** The référent·e opens Claire Peeters's open review task from « Tâches » and takes it. */
  /** Opens the request's task; `returned`: it came back to her with the answer, already hers. */
  async function openReviewTask(referent: Page, returned = false): Promise<void> {
    await referent.goto(`${sys.baseUrl}/taches`);
    await referent.getByRole('heading', { level: 1 }).waitFor();
    const row = referent
      .getByTestId('task-row')
      .filter({ hasText: PROVIDER })
      .filter({ hasText: TASK_TITLE });
    await reloadUntil(referent, row, `task « ${TASK_TITLE} »`);
    await row.first().getByRole('link', { name: TASK_TITLE }).click();
    await referent.getByTestId('adaptation').waitFor();
    if (!returned) await referent.getByRole('button', { name: 'Prendre en charge' }).click();
    await referent.getByRole('button', { name: 'Enregistrer la décision' }).waitFor();
    if (returned)
      expect(await referent.getByRole('button', { name: 'Prendre en charge' }).count()).to.equal(0);
  }

  /** The element that has the focus, looking through shadow roots. */
  async function focusedId(page: Page): Promise<string> {
    return page.evaluate(() => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.id ?? '';
    });
  }

  it('takes a temporary cessation through a question and an answer to its acceptance and letter', async () => {
    const from = day(10);
    const to = day(20);

    // The childminder finds her authorisation in the menu.
    const provider = await signIn(PROVIDER);
    await provider.getByRole('link', { name: 'Mon autorisation', exact: true }).click();
    await provider.waitForURL('**/mon-autorisation');
    await provider.getByTestId('authorisation-record').waitFor();
    expect(await provider.getByTestId('authorisation-status').innerText()).to.equal('Autorisation active');
    expect(await provider.getByTestId('authorisation-date').innerText()).to.match(/^\d{1,2} \S+ \d{4}$/);
    expect(await provider.getByTestId('authorisation-document').count()).to.be.at.least(1);
    // Her own page keeps its name; its history starts with the grant.
    await provider.getByRole('heading', { level: 1, name: 'Mon autorisation', exact: true }).waitFor();
    expect(await provider.title()).to.match(/^Mon autorisation — /);
    expect(await provider.getByTestId('authorisation-history').innerText()).to.contain(
      'Octroi de l’autorisation',
    );
    await expectAccessible(provider, 'Mon autorisation');

    // An empty request is refused, field by field, with a summary.
    const form = provider.getByTestId('adaptation-form');
    await provider.getByRole('button', { name: 'Envoyer la demande' }).click();
    const summary = provider.getByTestId('form-error');
    await summary.waitFor();
    expect(await summary.innerText()).to.contain('Votre demande : Choisissez');
    // Each link of the summary takes the person to its field: a choice to its first option.
    await summary.getByRole('link', { name: /^Votre demande/ }).click();
    expect(await focusedId(provider)).to.equal('type-end_of_activity');
    await form.getByLabel('Cessation temporaire', { exact: true }).check();
    await provider.getByRole('button', { name: 'Envoyer la demande' }).click();
    await summary.getByText('Premier jour de la cessation : Indiquez').waitFor();
    const said = await summary.innerText();
    expect(said).to.contain('Dernier jour de la cessation : Indiquez');
    expect(said).to.contain('Motif : Indiquez le motif');
    await summary.getByRole('link', { name: /^Motif/ }).click();
    expect(await focusedId(provider)).to.equal('reason');
    await expectAccessible(provider, 'the request refused');

    await form.getByLabel('Premier jour de la cessation').fill(from);
    await form.getByLabel('Dernier jour de la cessation').fill(to);
    await form.getByLabel(/^Motif/).fill('Congé de maternité');
    await provider.getByRole('button', { name: 'Envoyer la demande' }).dblclick();
    await provider.getByTestId('adaptation-requested').waitFor();
    expect(await focusedId(provider)).to.equal('requested');
    const request = provider.getByTestId('adaptation');
    await request.first().waitFor();
    expect(await request.count(), 'a double click sends one request').to.equal(1);
    expect(await request.getByTestId('adaptation-summary').innerText()).to.contain('Cessation temporaire du');
    await expectAccessible(provider, 'the request sent');
    const cases = await sys.db('cases').where({ providerId: PROVIDER_ID, procedure: 'adaptation' });
    expect(cases).to.have.length(1);

    // The same period again is refused: a request already covers it.
    await form.getByLabel('Cessation temporaire', { exact: true }).check();
    await form.getByLabel('Premier jour de la cessation').fill(day(12));
    await form.getByLabel('Dernier jour de la cessation').fill(day(14));
    await form.getByLabel(/^Motif/).fill('Travaux');
    await provider.getByRole('button', { name: 'Envoyer la demande' }).click();
    await summary.getByText('Une demande couvre déjà cette période', { exact: false }).waitFor();
    await summary.getByRole('link', { name: 'Voir mes demandes' }).waitFor();

    // The référent·e accueil asks for more information.
    const referent = await signIn(REFERENT);
    await openReviewTask(referent);
    expect(await referent.getByTestId('adaptation-summary').innerText()).to.contain('Congé de maternité');
    await expectAccessible(referent, 'the adaptation to review');
    await referent.getByLabel('Demander des informations', { exact: true }).check();
    await referent.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await referent
      .getByTestId('form-error')
      .getByText('Indiquez les informations que vous attendez')
      .waitFor();
    await expectAccessible(referent, 'the decision refused');
    await referent
      .getByLabel('Votre question à l’accueillant·e')
      .fill('Qui reprend les enfants pendant votre absence ?');
    await referent.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await referent.getByTestId('task-completed').waitFor();

    // « Mes demandes » says what ONE waits for.
    await provider
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Mes demandes', exact: true })
      .click();
    await provider.waitForURL('**/mes-demandes');
    const row = provider.getByTestId('case-row').filter({ hasText: 'Adaptation de l’autorisation' });
    const waiting = row.getByTestId('case-waiting-for').filter({ hasText: 'Votre réponse aux questions' });
    await reloadUntil(provider, waiting, 'the question in « Mes demandes »');
    await expectAccessible(provider, 'Mes demandes with the adaptation');

    // She answers from « Mon autorisation ».
    await row.getByRole('link', { name: 'Voir cette demande dans « Mon autorisation »' }).click();
    await provider.waitForURL('**/mon-autorisation');
    const answer = provider.getByLabel('Votre réponse');
    await reloadUntil(provider, answer, 'the answer form');
    expect(await provider.getByTestId('adaptation-question').innerText()).to.contain(
      'Qui reprend les enfants',
    );
    expect(await provider.getByTestId('adaptation-exchanges').innerText()).to.contain(
      `${REFERENT}, référent·e accueil`,
    );
    await expectAccessible(provider, 'the question to answer');
    await provider.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await provider.getByTestId('form-error').getByText('Écrivez votre réponse').waitFor();
    await provider
      .getByTestId('form-error')
      .getByRole('link', { name: /^Votre réponse/ })
      .click();
    expect(await focusedId(provider)).to.match(/^a-.+-text$/);
    await answer.fill('Mes parents accueillent les enfants chez eux, les familles sont prévenues.');
    await provider.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await provider.getByTestId('adaptation-notice').waitFor();
    expect(await provider.getByTestId('adaptation-notice').innerText()).to.contain(
      'Votre réponse a été envoyée',
    );
    expect(await focusedId(provider)).to.match(/^a-.+-done$/);
    await expectAccessible(provider, 'the answer sent');

    // The request is back with the référent·e who asked, and she is told; she reads the answer and accepts.
    await openReviewTask(referent, true);
    await referent.getByTestId('adaptation-exchanges').getByText('Mes parents accueillent').waitFor();
    await referent.getByLabel('Accepter', { exact: true }).check();
    expect(await referent.getByLabel('Commentaire (facultatif)').count()).to.equal(1);
    await referent.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await referent.getByTestId('task-completed').waitFor();

    // Its read-only view for agents, from the signalétique.
    await referent.goto(`${sys.baseUrl}/accueillants/${PROVIDER_ID}/signaletique`);
    await referent.getByTestId('provider-authorisation-link').click();
    await referent.waitForURL(`**/accueillants/${PROVIDER_ID}/autorisation`);
    await referent.getByTestId('authorisation-record').waitFor();
    // The heading and the tab say whose authorisation it is.
    await referent.getByRole('heading', { level: 1, name: `Autorisation — ${PROVIDER}` }).waitFor();
    await referent.waitForFunction(
      (title) => document.title.startsWith(title),
      `Autorisation — ${PROVIDER} — `,
    );
    await referent.getByTestId('adaptation').first().waitFor();
    expect(await referent.getByRole('button', { name: 'Envoyer la demande' }).count()).to.equal(0);
    await expectAccessible(referent, 'the authorisation read by the référent·e');

    // The childminder reads the decision and downloads its letter.
    await provider.reload();
    const decision = provider.getByTestId('adaptation-decision').filter({ hasText: 'Acceptée' });
    await reloadUntil(provider, decision, 'the decision');
    const letter = provider.getByTestId('adaptation-document');
    await reloadUntil(provider, letter, 'the decision letter');
    await expectAccessible(provider, 'the decision');
    const href = await letter.first().getAttribute('href');
    expect(href).to.match(/^\/api\/decision-documents\//);
    const pdf = await provider.request.get(`${sys.baseUrl}${href}`);
    expect(pdf.status()).to.equal(200);
    expect(pdf.headers()['content-type']).to.contain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).to.equal('%PDF');

    // « Mes demandes » lists the letter too.
    await provider.goto(`${sys.baseUrl}/mes-demandes`);
    await provider.getByTestId('case-row').first().waitFor();
    await reloadUntil(provider, provider.getByTestId('case-document'), 'the letter in « Mes demandes »');
  });

  it('fits a phone screen', async () => {
    const phone = await signIn(PROVIDER, { width: 375, height: 800 });
    await phone.goto(`${sys.baseUrl}/mon-autorisation`);
    await phone.getByTestId('authorisation-record').waitFor();
    await phone.getByTestId('adaptation-form').getByLabel('Cessation temporaire', { exact: true }).check();
    await phone
      .getByTestId('adaptation-form')
      .getByLabel(/^Motif/)
      .waitFor();
    await expectNoHorizontalScroll(phone, 'Mon autorisation on a phone');
    await expectAccessible(phone, 'Mon autorisation on a phone');
    await phone.goto(`${sys.baseUrl}/mes-demandes`);
    await phone.getByRole('heading', { level: 1, name: 'Mes demandes' }).waitFor();
    await phone.getByTestId('loading').waitFor({ state: 'detached' });
    await expectNoHorizontalScroll(phone, 'Mes demandes on a phone');
  });
});
