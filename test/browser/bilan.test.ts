import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { testSystem, type TestSystem } from '../support/system';
import { expectAccessible, expectNoHorizontalScroll, useBrowser } from '../support/browser';
import { eventually } from '../support/api-client';

/**
 * The bilan de fonctionnement in the browser: the coordination opens a campaign, a childminder
 * (Nadia Lambert, Liège) completes both volets and the plan, her agent conseil (Thomas Lejeune)
 * reads, comments, extends the deadline and closes; the supervisor reads the history.
 */
describe('browser: the bilan de fonctionnement, as each person sees it', function () {
  this.timeout(240_000);
  let sys: TestSystem;
  before(async () => {
    sys = await testSystem();
  });
  const { signIn } = useBrowser(() => sys, 'bilan');

  const day = (offsetDays: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
      new Date(Date.now() + offsetDays * 86_400_000),
    );

  async function waitForNotice(page: Page, text: string | RegExp) {
    await page.getByTestId('bilan-notice').filter({ hasText: text }).waitFor();
  }

  /**
   * The agent opens the task of Nadia Lambert's bilan with this title, reads on it what she handed
   * over (`reads`), claims it and answers.
   */
  async function answerTask(
    agent: Page,
    title: string,
    reads: string,
    comment: string,
    button = 'Terminer la tâche',
  ) {
    await agent.goto(`${sys.baseUrl}/taches`);
    const row = agent.getByTestId('task-row').filter({ hasText: 'Nadia Lambert' }).filter({ hasText: title });
    await eventually(
      async () => {
        if ((await row.count()) > 0) return true;
        await agent.reload();
        await agent.getByRole('heading', { level: 1 }).waitFor();
        return undefined;
      },
      30_000,
      `task « ${title} »`,
    );
    await row.first().getByRole('link', { name: title }).click();
    await agent.getByTestId('task-bilan').getByText(reads).first().waitFor();
    expect(await agent.getByText('notes-equipe.txt').count()).to.equal(0);
    await agent.getByRole('button', { name: 'Prendre en charge' }).click();
    await agent.getByLabel("Votre commentaire pour l'accueillant·e").fill(comment);
    await expectAccessible(agent, `the task « ${title} »`);
    await agent.getByRole('button', { name: button }).click();
    await agent.getByTestId('task-completed').waitFor();
  }

  it('goes from the campaign to the closed bilan through both volets and the plan', async () => {
    const title = `Bilan Général navigateur ${Date.now()}`;

    // The coordination opens a campaign for Liège and watches it open.
    const supervisor = await signIn('Philippe Wauters');
    await supervisor.getByRole('link', { name: 'Campagnes de bilans' }).click();
    await supervisor.waitForURL('**/campagnes');
    await supervisor.getByRole('heading', { name: 'Ouvrir une campagne' }).waitFor();
    await expectAccessible(supervisor, 'the campaigns page');
    await supervisor.getByRole('button', { name: 'Ouvrir la campagne' }).click();
    await supervisor.getByText('Ce champ est requis').first().waitFor();
    await expectAccessible(supervisor, 'the campaign form with errors');
    await supervisor.getByLabel('Titre de la campagne').fill(title);
    await supervisor.getByLabel("Début de l'auto-évaluation").fill(day(0));
    await supervisor.getByLabel("Date limite d'envoi du plan d'action").fill(day(60));
    await supervisor.getByLabel('Périmètre').selectOption({ label: 'Liège' });
    await supervisor.getByRole('button', { name: 'Ouvrir la campagne' }).click();
    const row = supervisor.getByTestId('campaign-row').filter({ hasText: title });
    await row.getByTestId('campaign-status').filter({ hasText: 'Ouverte' }).waitFor({ timeout: 60_000 });
    expect(await row.getByTestId('campaign-progress').innerText()).to.match(/^(\d+) sur \1 bilans ouverts$/);

    // The childminder finds her bilan in « Mes bilans » and opens it.
    const provider = await signIn('Nadia Lambert');
    await provider.getByRole('link', { name: 'Mes bilans' }).first().click();
    await provider.waitForURL('**/mes-bilans');
    const bilanRow = provider.getByTestId('bilan-row').filter({ hasText: title });
    await eventually(
      async () => {
        if ((await bilanRow.count()) > 0) return true;
        await provider.reload();
        await provider.getByRole('heading', { level: 1 }).waitFor();
        return undefined;
      },
      30_000,
      'the bilan in « Mes bilans »',
    );
    await expectAccessible(provider, 'Mes bilans');
    await provider.getByRole('link', { name: 'Accéder à la documentation' }).click();
    await provider.getByRole('heading', { name: 'Le bilan de fonctionnement' }).waitFor();
    await expectAccessible(provider, 'the bilan documentation');
    await provider.goBack();
    await bilanRow.getByRole('link', { name: title }).click();
    await provider.getByTestId('volet1').waitFor();
    const bilanUrl = provider.url();
    const bilanId = bilanUrl.split('/').pop()!;
    await expectAccessible(provider, 'the bilan in progress');

    // Volet 1: the seven categories, saved as drafts, then handed over.
    await provider.getByRole('button', { name: "Donner accès à l'ONE" }).first().click();
    await provider.getByTestId('bilan-error').waitFor();
    expect(await provider.getByTestId('bilan-error').innerText()).to.contain('Complétez chaque catégorie');
    // Each category still to complete says so where it stands, and the summary links to it.
    expect(await provider.getByTestId('category-error').count()).to.equal(7);
    expect(await provider.getByTestId('bilan-error').getByRole('link').count()).to.equal(7);
    await expectAccessible(provider, 'the refused hand-over');
    const categories = provider.getByTestId('category');
    expect(await categories.count()).to.equal(7);
    for (let i = 0; i < 7; i++) {
      await categories.nth(i).getByRole('button', { name: 'Compléter' }).click();
      await provider.getByLabel(i === 0 ? 'À améliorer' : 'Satisfaisant', { exact: true }).check();
      if (i === 0)
        await provider.getByLabel('Vos constats').fill('Le registre des présences est à tenir chaque jour.');
      await provider.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await waitForNotice(provider, 'Brouillon enregistré');
      if (i === 0) await expectAccessible(provider, 'volet 1 after a draft');
    }
    expect(await provider.getByTestId('category-error').count()).to.equal(0);
    await provider.getByTestId('share-volet1').click();
    await provider.getByTestId('volet1-shared').waitFor();

    // Volet 2: an objective, a private working document, the hand-over.
    await provider.getByRole('button', { name: '+ Créer un objectif général' }).click();
    await provider.getByLabel("Accessibilité du projet d'accueil").check();
    await provider.getByLabel("Intitulé de l'objectif").fill('Accueillir des enfants à besoins spécifiques');
    await provider.getByLabel('Description').fill('Aménager un coin calme.');
    await expectAccessible(provider, 'the objective form');
    await provider.getByRole('button', { name: "Créer l'objectif" }).click();
    await provider.getByTestId('objective').filter({ hasText: 'besoins spécifiques' }).waitFor();
    await provider.getByLabel('Déposer un fichier').setInputFiles({
      name: 'notes-equipe.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Nos notes de travail, privées.'),
    });
    await provider.getByTestId('document').filter({ hasText: 'notes-equipe.txt' }).waitFor();
    await provider.getByTestId('share-volet2').click();
    await provider.getByTestId('volet2-shared').waitFor();
    await expectAccessible(provider, 'both volets handed over');

    // The agent conseil reads volet 1, comments; then volet 2, without the private document.
    const agent = await signIn('Thomas Lejeune');
    await agent.waitForURL('**/taches**');
    await answerTask(
      agent,
      'Lire et commenter le volet 1',
      'Le registre des présences est à tenir chaque jour.',
      'Merci, pensez au registre des présences.',
    );
    await agent.getByTestId('open-bilan').click();
    await agent
      .getByTestId('volet1')
      .getByText('Le registre des présences est à tenir chaque jour.')
      .waitFor();
    await expectAccessible(agent, 'the bilan as the agent reads it');
    await answerTask(
      agent,
      'Lire et commenter le volet 2',
      'Accueillir des enfants à besoins spécifiques',
      'Bel objectif.',
    );
    await agent.goto(`${sys.baseUrl}/bilans/${bilanId}`);
    await agent.getByTestId('volet2').getByText('Accueillir des enfants à besoins spécifiques').waitFor();
    expect(await agent.getByText('notes-equipe.txt').count()).to.equal(0);
    expect(await agent.getByTestId('documents').count()).to.equal(0);
    const documentId = (
      await sys.db('bilan_documents').where({ caseId: bilanId, name: 'notes-equipe.txt' }).first('id')
    ).id as string;
    const asAgent = await agent.request.get(`${sys.baseUrl}/api/bilans/${bilanId}/documents/${documentId}`);
    expect(asAgent.status()).to.equal(404);

    // He extends the deadline, with a reason the childminder reads.
    await agent.getByLabel("Nouvelle date limite d'envoi du plan d'action").fill(day(90));
    await agent.getByLabel('Motif de la prolongation').fill('Congé de maternité');
    await agent.getByRole('button', { name: 'Prolonger le délai' }).click();
    await waitForNotice(agent, 'Délai prolongé');
    await agent.getByTestId('extension').filter({ hasText: 'Congé de maternité' }).waitFor();
    await expectAccessible(agent, 'the extended deadline');

    // The childminder sees the comments and the new deadline, builds the plan and sends it.
    await provider.goto(bilanUrl);
    await provider.getByTestId('bilan-review').filter({ hasText: 'registre des présences' }).waitFor();
    expect(await provider.getByTestId('extension').innerText()).to.contain('Congé de maternité');
    await provider.getByRole('button', { name: '+ Ajouter une action' }).click();
    await provider.getByLabel("L'action").fill('Aménager un coin calme avec des coussins');
    await provider.getByLabel('Qui ?').fill('Nadia');
    await provider.getByLabel('Pour quand ?').fill(day(30));
    await expectAccessible(provider, 'the action form');
    await provider.getByRole('button', { name: "Ajouter l'action" }).click();
    await provider.getByTestId('action').filter({ hasText: 'coin calme' }).waitFor();
    await provider.getByRole('button', { name: "Envoyer le plan d'action à l'ONE" }).click();
    await provider.getByTestId('confirm-send').waitFor();
    await expectAccessible(provider, 'the confirmation before sending');
    await provider.getByRole('button', { name: "Confirmer l'envoi" }).click();
    await provider.getByTestId('plan-sent').waitFor();
    expect(await provider.getByRole('button', { name: 'Compléter' }).count()).to.equal(0);

    // The agent reviews the plan and closes the bilan.
    await answerTask(
      agent,
      'Examiner le plan d’action et clôturer le bilan',
      'Aménager un coin calme avec des coussins',
      'Plan approuvé, merci.',
      'Clôturer le bilan',
    );

    // The childminder sees it closed; the table says so too, also on a phone.
    await eventually(
      async () => {
        await provider.goto(bilanUrl);
        await provider.getByTestId('bilan-stage').waitFor();
        return (await provider.getByTestId('bilan-stage').innerText()).includes('Clôturé') ? true : undefined;
      },
      20_000,
      'the bilan to close',
    );
    await provider.getByTestId('bilan-closed').waitFor();
    await expectAccessible(provider, 'the closed bilan');
    const phone = await signIn('Nadia Lambert', { width: 375, height: 740 });
    await phone.goto(`${sys.baseUrl}/mes-bilans`);
    await phone.getByTestId('bilans-table').waitFor();
    await expectNoHorizontalScroll(phone, 'Mes bilans on a phone');
    await expectAccessible(phone, 'Mes bilans on a phone');
    await phone.goto(bilanUrl);
    await phone.getByTestId('bilan-closed').waitFor();
    await expectNoHorizontalScroll(phone, 'the bilan on a phone');

    // The supervisor finds the bilan among the cases by its one-line summary, and reads its history.
    await supervisor.goto(`${sys.baseUrl}/dossiers?procedure=bilan`);
    const caseRow = supervisor.locator(`[data-testid="case-row"][data-case-id="${bilanId}"]`);
    await caseRow.waitFor();
    expect(await caseRow.getByTestId('case-summary').innerText()).to.contain(title);
    await expectAccessible(supervisor, 'the bilans among the cases');
    await caseRow.getByRole('link', { name: 'Nadia Lambert' }).click();
    await supervisor.getByTestId('timeline').waitFor();
    expect(await supervisor.getByTestId('case-summary').innerText()).to.contain(title);
    const text = (await supervisor.getByTestId('timeline-entry').allInnerTexts()).join('\n');
    expect(text).to.contain(`Bilan « ${title} » ouvert pour Nadia Lambert`);
    expect(text).to.contain('Accès donné à l’ONE au volet 1');
    expect(text).to.contain('Délai prolongé jusqu’au');
    expect(text).to.contain('Congé de maternité');
    expect(text).to.contain('Plan d’action envoyé par Nadia Lambert');
    expect(text).to.contain('Bilan clôturé');
    await expectAccessible(supervisor, 'the bilan history');
  });
});
