import { expect } from 'chai';
import type { Locator } from 'playwright-core';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { acteChildminder, approveBankDetails as approveSharedBankDetails, startActe } from '../support/acte';
import { expectAccessible, expectNoHorizontalScroll, reloadUntil, useBrowser } from '../support/browser';
import { acteWorkflowId } from '../../workflows/acte';

/** Sophie Dubois (Namur, basic subsidy level 1): no other browser test writes her data. */
const PROVIDER_ID = 'p-dubois';
const PROVIDER = 'Sophie Dubois';
const TEAM = 'Élise Lambotte';
const SUBSIDES = 'Karim Benali';
const PLAN_TASK = 'Examiner un plan d’action écologique';

const frenchDate = (d: Date) =>
  new Intl.DateTimeFormat('fr-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  })
    .format(d)
    .replace(/\s/g, ' ');
const text = async (l: Locator) => (await l.innerText()).replace(/[\u00a0\u202f]/g, ' ');

/**
 * ACTE in the browser: the childminder signs the charter (refused while the box is unticked),
 * builds and sends her action plan, reads what to do for her subsidy, asks a question; her bank
 * details are validated, the ACTE team validates her plan, the agent subsides releases the batch,
 * and « Mes subsides » shows the payment; a place without the basic subsidy level 1 reads why it
 * cannot sign; the coordination sees a subsidy at risk.
 */
describe('browser: ACTE — charter, action plan, payment and « Mes subsides »', function () {
  this.timeout(300_000);
  let sys: TestSystem;

  async function api(userId: string): Promise<ApiClient> {
    const client = new ApiClient(sys.baseUrl);
    await client.login(userId);
    return client;
  }

  before(async () => {
    sys = await testSystem();
    // A rerun starts before the charter.
    await sys.env.client.workflow
      .getHandle(acteWorkflowId(PROVIDER_ID))
      .terminate('nouvel essai')
      .catch(() => undefined);
    const ids = (
      (await sys
        .db('cases')
        .where({ providerId: PROVIDER_ID })
        .whereIn('procedure', ['acte', 'acte_question'])
        .select('id')) as Array<{ id: string }>
    ).map((r) => r.id);
    if (ids.length) {
      await sys.db('notifications').whereIn('caseId', ids).delete();
      await sys.db('tasks').whereIn('caseId', ids).delete();
      await sys.db('cases').whereIn('id', ids).delete();
    }
    await sys.db('subsidy_payments').where({ providerId: PROVIDER_ID }).delete();
    await sys.db('acte_plans').where({ providerId: PROVIDER_ID }).delete();
    await sys.db('acte_charters').where({ providerId: PROVIDER_ID }).delete();
    // … and without bank details: the page has to say what to do for the subsidy.
    const ribs = (
      (await sys.db('cases').where({ providerId: PROVIDER_ID, procedure: 'rib' }).select('id')) as Array<{
        id: string;
      }>
    ).map((r) => r.id);
    if (ribs.length) {
      await sys.db('notifications').whereIn('caseId', ribs).delete();
      await sys.db('tasks').whereIn('caseId', ribs).delete();
      await sys.db('cases').whereIn('id', ribs).delete();
    }
    await sys.db('bank_details').where({ providerId: PROVIDER_ID }).delete();
  });
  const { signIn } = useBrowser(() => sys, 'acte');

  /** Her bank details, submitted and validated through the real steps (the API, as the agent does). */
  const approveBankDetails = async () =>
    approveSharedBankDetails(sys, await api('u-dubois'), PROVIDER_ID, {
      iban: 'BE71 0961 2345 6769',
      bic: 'GKCCBEBB',
      holder: PROVIDER,
    });

  it('takes a childminder from the charter through her plan to the subsidy paid in « Mes subsides »', async () => {
    const places = Number(
      (await sys.db('authorisations').where({ providerId: PROVIDER_ID }).first()).capacity,
    );
    const amount = `${places * 125},00 €`;

    // Before anything: no subsidy, no bank details, said plainly, with where to add them.
    const provider = await signIn(PROVIDER);
    const menu = provider.getByRole('navigation', { name: 'Menu principal' });
    await menu.getByRole('link', { name: 'Mes subsides', exact: true }).click();
    await provider.waitForURL('**/mes-subsides');
    await provider.getByTestId('subsidies-empty').waitFor();
    await provider.getByTestId('bank-status-missing').getByRole('link', { name: 'Signalétique' }).waitFor();
    await expectAccessible(provider, '« Mes subsides », empty');

    // The scheme, then the charter: refused while the box is unticked.
    await provider
      .getByRole('link', { name: 'Accueil en transition écologique', exact: true })
      .first()
      .click();
    await provider.getByRole('heading', { level: 1, name: 'Accueil en transition écologique' }).waitFor();
    await provider.getByRole('link', { name: /Télécharger le document explicatif/ }).waitFor();
    await expectAccessible(provider, 'the ACTE page');
    await provider.getByRole('button', { name: 'Accéder à la charte' }).click();
    await provider.getByTestId('acte-charter').waitFor();
    await provider.getByRole('button', { name: 'Je m’engage' }).click();
    const refused = provider.getByTestId('form-error');
    await refused.waitFor();
    expect(await refused.innerText()).to.contain('Votre confirmation : Cochez la case');
    await provider.getByTestId('field-confirmed').getByText('Cochez la case pour confirmer').waitFor();
    expect(await sys.db('acte_charters').where({ providerId: PROVIDER_ID })).to.have.length(0);
    await expectAccessible(provider, 'the charter refused');
    await provider.getByLabel(/Je confirme que j’ai lu et compris/).check();
    await provider.getByRole('button', { name: 'Je m’engage' }).dblclick();
    await provider.getByText('Merci pour votre engagement').waitFor();
    expect(await sys.db('acte_charters').where({ providerId: PROVIDER_ID })).to.have.length(1);
    expect(await text(provider.getByTestId('acte-amount'))).to.equal(amount);
    await expectAccessible(provider, 'the charter signed');

    // The plan: an empty one is refused with a summary; then a theme, its diagnosis, two actions.
    await provider.getByRole('link', { name: 'Accéder au plan d’action' }).click();
    await provider.getByRole('heading', { level: 1, name: 'Mon plan d’action écologique' }).waitFor();
    await provider.getByRole('button', { name: 'Envoyer à l’équipe ACTE' }).click();
    const summary = provider.getByTestId('form-error');
    await summary.waitFor();
    expect(await summary.innerText()).to.contain('État des lieux : Décrivez');
    await expectAccessible(provider, 'the plan refused');
    await provider
      .getByLabel(/Où en est votre milieu d’accueil/)
      .fill('Nous avons un potager ; les langes sont jetables.');
    await provider.getByLabel(/^Alimentation —/).check();
    const theme = provider.getByTestId('theme-alimentation');
    const questions = theme.locator('fieldset.question');
    for (let i = 0; i < (await questions.count()); i++)
      await questions.nth(i).getByLabel('En partie', { exact: true }).check();
    await theme
      .getByLabel('Offrez aux mamans la possibilité d’allaiter sur place en cours de journée')
      .check();
    await theme.locator('.catalogue input[type="checkbox"]').nth(3).check();
    await provider.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await provider.getByText('Brouillon enregistré').waitFor();
    await expectAccessible(provider, 'the plan drafted');
    await provider.getByRole('button', { name: 'Envoyer à l’équipe ACTE' }).click();
    await provider.getByText('Votre plan est envoyé à l’équipe ACTE').waitFor();
    expect(await text(provider.getByTestId('plan-status'))).to.equal('Envoyé à l’équipe ACTE');
    await expectAccessible(provider, 'the plan sent');

    // The subsidy waits for bank details: the ACTE page says what to do, and where.
    await provider.getByRole('link', { name: '← Retour à l’accueil en transition écologique' }).click();
    await provider.waitForURL('**/acte');
    const toSignaletique = provider.getByTestId('acte-signaletique-link');
    await reloadUntil(provider, toSignaletique, 'the advice to add bank details');
    expect(await text(provider.getByTestId('acte-next-step'))).to.contain('relevé d’identité bancaire');
    expect(await toSignaletique.getAttribute('href')).to.equal('/ma-signaletique');
    expect(await text(provider.getByTestId('acte-plan-status'))).to.equal('Envoyé à l’équipe ACTE');
    await expectAccessible(provider, 'the ACTE page, the subsidy waiting for bank details');

    // The FAQ opens in place; a question reaches the ACTE team, never an empty one.
    const faq = provider.getByTestId('acte-faq');
    await faq.getByText('Comment puis-je obtenir mes subsides ?').click();
    await faq.getByText('tant que vos coordonnées ne sont pas validées', { exact: false }).waitFor();
    await provider.getByRole('button', { name: 'Envoyer ma question' }).click();
    await faq.getByTestId('form-error').getByText('Votre question : Écrivez votre question').waitFor();
    await provider
      .getByLabel(/^Votre question/)
      .fill('Puis-je acheter des langes lavables avec le subside ?');
    await provider.getByRole('button', { name: 'Envoyer ma question' }).dblclick();
    await provider.getByTestId('question-sent').waitFor();
    expect(await text(provider.getByTestId('question-sent'))).to.contain(
      'Votre question a été envoyée à l’équipe ACTE. Vous recevrez la réponse dans vos notifications et dans « Mes demandes ».',
    );
    await expectAccessible(provider, 'the question sent');
    const asked = await eventually(
      async () => {
        const rows = await sys.db('cases').where({ providerId: PROVIDER_ID, procedure: 'acte_question' });
        return rows.length ? rows : undefined;
      },
      15_000,
      'the question on record',
    );
    expect(asked, 'a double click asks once').to.have.length(1);

    // Her bank details, validated by the agent subsides: the case hears of it at once.
    await approveBankDetails();
    await eventually(
      async () =>
        (await sys.db('cases').where({ providerId: PROVIDER_ID, procedure: 'acte' }).first())?.details
          ?.payment?.status === 'ready'
          ? true
          : undefined,
      20_000,
      'subsidy ready',
    );

    // The ACTE team reads it and validates it.
    const team = await signIn(TEAM);
    await team.goto(`${sys.baseUrl}/taches`);
    await team.getByRole('heading', { level: 1 }).waitFor();
    const row = team.getByTestId('task-row').filter({ hasText: PROVIDER }).filter({ hasText: PLAN_TASK });
    await reloadUntil(team, row, PLAN_TASK);
    await row.first().getByRole('link', { name: PLAN_TASK }).click();
    await team.getByTestId('acte-plan').getByText('Offrez aux mamans la possibilité d’allaiter').waitFor();
    await team.getByRole('button', { name: 'Prendre en charge' }).click();
    await team.getByLabel('Valider le plan').check();
    await team.getByLabel('Message pour l’accueillant·e').fill('Beau plan, bravo.');
    await expectAccessible(team, 'the plan to examine');
    await team.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await team.getByTestId('task-completed').waitFor();
    // The team reads her ACTE page and her plan as they are, without any form.
    await team.goto(`${sys.baseUrl}/accueillants/${PROVIDER_ID}/acte`);
    await team.getByRole('heading', { level: 1, name: `ACTE — ${PROVIDER}` }).waitFor();
    await team.getByTestId('acte-plan-status').waitFor();
    expect(await team.getByRole('button', { name: 'Accéder à la charte' }).count()).to.equal(0);
    expect(await team.getByRole('button', { name: 'Envoyer ma question' }).count()).to.equal(0);
    await expectAccessible(team, 'the ACTE page read by the team');
    await team.getByRole('link', { name: 'Voir le plan d’action' }).click();
    await team
      .getByTestId('plan-read-only')
      .getByText('Offrez aux mamans la possibilité d’allaiter')
      .waitFor();
    expect(await team.getByRole('button', { name: 'Envoyer à l’équipe ACTE' }).count()).to.equal(0);
    await expectAccessible(team, 'the plan read by the team');

    // The agent subsides releases the batch.
    const subsides = await signIn(SUBSIDES);
    await subsides.getByRole('link', { name: 'Paiements', exact: true }).click();
    await subsides.getByRole('heading', { level: 1, name: 'Paiements' }).waitFor();
    await subsides.getByTestId('payments-ready').getByText(PROVIDER).waitFor();
    await expectAccessible(subsides, 'the payments page');
    await subsides.getByRole('button', { name: 'Libérer le lot' }).click();
    await subsides.getByTestId('batch-file').waitFor();
    expect(await subsides.getByRole('status').filter({ hasText: 'Lot libéré' }).count()).to.equal(1);
    await expectAccessible(subsides, 'the batch released');

    // « Mes subsides »: paid, with its date and amount, also on a phone.
    await eventually(
      async () =>
        (await sys.db('cases').where({ providerId: PROVIDER_ID, procedure: 'acte' }).first())?.details
          ?.payment?.status === 'released'
          ? true
          : undefined,
      20_000,
      'paid',
    );
    await menu.getByRole('link', { name: 'Mes subsides', exact: true }).click();
    await provider.waitForURL('**/mes-subsides');
    const received = provider.getByTestId('subsidy').first();
    await received.getByText('Versé', { exact: true }).waitFor();
    expect(await text(provider.getByTestId('subsidies-total'))).to.contain(amount);
    expect(await text(provider.getByTestId('bank-status-approved'))).to.contain(
      'Compte se terminant par …6769',
    );
    await expectAccessible(provider, '« Mes subsides », paid');
    const phone = await signIn(PROVIDER, { width: 375, height: 800 });
    await phone.goto(`${sys.baseUrl}/mes-subsides`);
    await phone.getByRole('heading', { level: 1, name: 'Mes subsides' }).waitFor();
    const paid = phone.getByTestId('subsidy').first();
    await paid.getByText('Versé', { exact: true }).waitFor();
    const said = await text(paid);
    expect(said).to.contain(amount);
    expect(said).to.contain(`Versé le ${frenchDate(new Date())}`);
    expect(await text(phone.getByTestId('subsidies-bank'))).to.contain('…6769');
    await expectAccessible(phone, '« Mes subsides » on a phone');
    await expectNoHorizontalScroll(phone, '« Mes subsides » on a phone');
    await phone.goto(`${sys.baseUrl}/acte`);
    await phone.getByTestId('acte-plan-status').filter({ hasText: 'Validé par l’équipe ACTE' }).waitFor();
    await expectNoHorizontalScroll(phone, 'the ACTE page on a phone');
  });

  it('tells a place without the basic subsidy level 1 why it cannot sign, and offers the document only', async () => {
    const page = await signIn('Julie Renard');
    await page.goto(`${sys.baseUrl}/acte`);
    await page.getByTestId('acte-not-eligible').getByText('subside de base (niveau 1)').waitFor();
    expect(await page.getByRole('button', { name: 'Accéder à la charte' }).count()).to.equal(0);
    await page.getByRole('link', { name: /Télécharger le document explicatif/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Envoyer ma question' }).count()).to.equal(0);
    await expectAccessible(page, 'the ACTE page, not eligible');
  });

  it('shows the coordination an ACTE subsidy at risk, and its history', async () => {
    const p = await acteChildminder(sys, 2);
    await startActe(sys, p, {
      paymentDeadline: '10 minutes',
      paymentWarning: '599s',
      bankDetailsCheck: '1 hour',
      year: '1 hour',
      planReview: '1 hour',
    });
    await eventually(
      async () =>
        (await sys.db('cases').where({ providerId: p.providerId, procedure: 'acte' }).first())?.details
          ?.atRisk
          ? true
          : undefined,
      20_000,
      'at risk',
    );
    const page = await signIn('Philippe Wauters');
    await page.goto(`${sys.baseUrl}/dossiers?procedure=acte`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const row = page.locator('.row').filter({ hasText: p.displayName });
    await row.getByTestId('badge-at-risk').waitFor();
    expect(await row.getByTestId('badge-at-risk').innerText()).to.contain(
      'Aucune coordonnée bancaire validée',
    );
    await expectAccessible(page, 'the cases at risk');
    await row.getByRole('link').first().click();
    await page.getByText(`Charte ACTE signée par ${p.displayName}`).waitFor();
    await page.getByTestId('case-at-risk').waitFor();
    await expectAccessible(page, 'an ACTE case at risk');
    await sys.env.client.workflow.getHandle(acteWorkflowId(p.providerId)).terminate('fin du test');
  });
});
