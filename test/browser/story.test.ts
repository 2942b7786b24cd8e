import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { expectAccessible, expectNoHorizontalScroll, useBrowser } from '../support/browser';
import { eventually, newNiss } from '../support/api-client';
import { newProvider } from '../support/fixtures';
import { hashPassword } from '../../common/node/passwords';
import {
  cessationRiskWorkflow,
  cessationRiskWorkflowId,
  confirmReport,
} from '../../workflows/cessation-risk';

describe('browser: the cessation-risk story, as each person sees it', function () {
  let sys: TestSystem;
  before(async () => {
    sys = await testSystem();
  });
  const { newPage, strongLogin, signIn } = useBrowser(() => sys, 'story');

  it('a childminder reports, the cellule de veille decides, the childminder sees the outcome, the supervisor reads the history', async () => {
    // The childminder reports a risk.
    const provider = await signIn('Muriel Rousseau');
    await provider.waitForURL('**/accueil');
    await expectAccessible(provider, 'the provider home page');
    await provider
      .getByRole('link', { name: "Signaler un risque de cessation d'activité", exact: true })
      .click();
    await provider.waitForURL('**/signalement');
    await expectAccessible(provider, 'the report form');

    await provider.getByRole('button', { name: 'Signaler mon risque' }).click();
    await provider.getByText('Ce champ est requis').first().waitFor();
    expect(await provider.getByText('Ce champ est requis').count()).to.be.at.least(2);
    await expectAccessible(provider, 'the report form with errors');

    await provider.getByLabel('À court terme (dans les 3 à 6 mois)').check();
    await provider.getByLabel('Autre motif').check();
    await provider.getByRole('button', { name: 'Signaler mon risque' }).click();
    await provider.getByText('Veuillez préciser le motif').first().waitFor();
    await provider.getByLabel(/Précisez le motif/).fill('Travaux dans la maison');
    await provider.getByRole('button', { name: 'Signaler mon risque' }).dblclick();
    await provider.getByText('Votre signalement a été enregistré').waitFor();
    await expectAccessible(provider, 'the report confirmation');
    const cases = await sys.db('cases').where({ providerId: 'p-rousseau', procedure: 'cessation_risk' });
    expect(cases, 'a double click opens one case').to.have.length(1);

    await provider.goto(`${sys.baseUrl}/accueil`);
    await provider.getByTestId('badge-cessation-risk').waitFor();
    expect(await provider.getByTestId('badge-cessation-risk').innerText()).to.contain(
      "Risque de cessation d'activité signalé",
    );
    expect(await provider.getByTestId('next-step').innerText()).to.contain('cellule de veille');

    // The cellule de veille finds the task, claims it and records the outcome.
    const agent = await signIn('Jeanne Martin');
    await agent.waitForURL('**/taches**');
    const row = agent.getByTestId('task-row').filter({ hasText: 'Muriel Rousseau' });
    await row.waitFor();
    await expectAccessible(agent, 'the agent inbox');
    await row.getByRole('link', { name: 'Contacter et analyser le signalement' }).click();
    await agent.getByRole('button', { name: 'Prendre en charge' }).click();
    await agent.getByLabel('Soutien financier accordé').check();
    await agent.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await agent.getByText('Indiquez le montant accordé').first().waitFor();
    await expectAccessible(agent, 'the outcome form with an error');
    await agent.getByLabel(/Montant accordé/).fill('1500');
    await agent.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await agent.getByTestId('task-completed').waitFor();
    await expectAccessible(agent, 'the completed task');

    // The childminder sees the outcome.
    await eventually(
      async () =>
        (
          await sys
            .db('cases')
            .where({ providerId: 'p-rousseau', procedure: 'cessation_risk', status: 'closed' })
        ).length
          ? true
          : undefined,
      15_000,
      'case closed',
    );
    await provider.goto(`${sys.baseUrl}/accueil`);
    const outcomeText = provider.getByTestId('last-closed-case').getByTestId('outcome');
    await outcomeText.waitFor();
    const outcome = (await outcomeText.innerText()).replace(/\s+/g, ' ');
    expect(outcome).to.contain('Soutien financier accordé');
    expect(outcome).to.contain('1 500 €');
    expect(await provider.getByTestId('badge-cessation-risk').count()).to.equal(0);
    await provider.goto(`${sys.baseUrl}/mes-demandes`);
    await provider.getByText('Traité').first().waitFor();
    await expectAccessible(provider, 'Mes demandes');

    // The supervisor reads the case's history.
    const supervisor = await signIn('Philippe Wauters');
    await supervisor.waitForURL('**/dossiers**');
    await expectAccessible(supervisor, 'the supervisor case list');
    await supervisor
      .getByTestId('case-row')
      .filter({ hasText: 'Muriel Rousseau' })
      .getByRole('link')
      .first()
      .click();
    await supervisor.getByTestId('timeline').waitFor();
    const timeline = await supervisor.getByTestId('timeline-entry').allInnerTexts();
    const text = timeline.join('\n');
    expect(text).to.contain('Signalement enregistré par Muriel Rousseau');
    expect(text).to.contain('attribuée à Jeanne Martin');
    expect(text).to.contain('terminée par Jeanne Martin');
    expect(text).to.contain('Dossier clôturé');
    expect(text).to.match(
      /\d{1,2} novembre|décembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre/,
    );
    const link = supervisor.getByRole('link', { name: "Voir l'exécution technique" });
    expect(await link.getAttribute('href')).to.contain(
      `/workflows/${cessationRiskWorkflowId('p-rousseau')}/`,
    );
    await expectAccessible(supervisor, 'the case history');
  });

  it('shows a missed deadline to the agent and to the supervisor', async () => {
    const p = await newProvider(sys.db, 'hainaut');
    const caseId = randomUUID();
    const requestKey = randomUUID();
    const handle = await sys.env.client.workflow.start(cessationRiskWorkflow, {
      taskQueue: sys.taskQueue,
      workflowId: cessationRiskWorkflowId(p.providerId),
      args: [
        {
          caseId,
          requestKey,
          provider: { id: p.providerId, displayName: p.displayName, subregionName: 'Hainaut' },
          reportedBy: { id: p.userId, displayName: p.displayName },
          report: { period: 'short_term', reason: 'financial', reasonOther: null },
          deadlines: { analysis: '1 second' },
        },
      ],
    });
    await handle.executeUpdate(confirmReport, { args: [{ requestKey }] });
    await eventually(
      async () => (await sys.db('tasks').where({ caseId }).whereNotNull('escalatedAt').first()) ?? undefined,
      15_000,
      'escalation',
    );

    const agent = await signIn('Jeanne Martin');
    const row = agent.getByTestId('task-row').filter({ hasText: p.displayName });
    await row.waitFor();
    await row.getByTestId('badge-overdue').waitFor();
    expect(await row.getByTestId('badge-overdue').innerText()).to.contain('En retard');

    const supervisor = await signIn('Philippe Wauters');
    await supervisor.goto(`${sys.baseUrl}/dossiers/${caseId}`);
    await supervisor.getByTestId('timeline').waitFor();
    const alert = supervisor.getByTestId('timeline-entry').filter({ hasText: 'Délai dépassé' });
    await alert.first().waitFor();
    expect(await alert.first().innerText()).to.contain('Alerte');
    await expectAccessible(supervisor, 'a case with a missed deadline');

    // The coordination hands the late task to a member of the cellule de veille.
    const choose = supervisor.getByLabel('Attribuer « Contacter et analyser le signalement » à');
    await choose.locator('option', { hasText: 'Jeanne Martin' }).waitFor({ state: 'attached' });
    await choose.selectOption({ label: 'Jeanne Martin' });
    await supervisor.getByRole('button', { name: 'Réattribuer' }).click();
    await supervisor.getByTestId('reassign-done').waitFor();
    await supervisor
      .getByTestId('timeline-entry')
      .filter({ hasText: 'réattribuée à Jeanne Martin par Philippe Wauters' })
      .first()
      .waitFor();
    expect((await sys.db('tasks').where({ caseId }).first()).assigneeId).to.equal('u-veille');
    await expectAccessible(supervisor, 'a case after reassignment');
    await handle.terminate('test finished');
  });

  it('a childminder with a password logs in, converts to the strong login, and logs in through CSAM', async () => {
    const password = 'Mot-de-passe-2026';
    const p = await newProvider(sys.db);
    const email = `${p.userId}@exemple.be`;
    await sys
      .db('users')
      .where({ id: p.userId })
      .update({ loginMethod: 'password', passwordHash: await hashPassword(password) });
    const page = await newPage();
    await page.goto(`${sys.baseUrl}/connexion`);

    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('pas-le-bon');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
    await expectAccessible(page, 'the login page with the generic error');
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.getByTestId('user-name').filter({ hasText: p.displayName }).waitFor();

    await page.getByRole('link', { name: 'Gestion de mon utilisateur' }).click();
    await page.waitForURL('**/mon-utilisateur');
    await page.getByRole('heading', { name: 'Convertir mon utilisateur' }).waitFor();
    await expectAccessible(page, 'Gestion de mon utilisateur');
    const niss = newNiss();
    await page.getByLabel(/^Prénom/).fill('Camille');
    await page.getByLabel(/^Nom/).fill('Navigatrice');
    await page.getByLabel(/^Adresse e-mail/).fill(`camille.${p.userId}@exemple.be`);
    const wrong = `${niss.slice(0, 9)}${String((Number(niss.slice(9)) % 96) + 1).padStart(2, '0')}`;
    await page.getByLabel(/^Numéro de registre national/).fill(wrong);
    expect(await page.getByLabel(/^Numéro de registre national/).getAttribute('autocomplete')).to.equal(
      'off',
    );
    await page.getByRole('button', { name: 'Convertir mon utilisateur' }).click();
    await page.getByText('Vous devez donner votre accord').first().waitFor();
    await page.getByLabel(/J'accepte que mon utilisateur soit converti/).check();
    await page.getByRole('button', { name: 'Convertir mon utilisateur' }).click();
    await page.getByText('Numéro de registre national invalide').first().waitFor();
    await expectAccessible(page, 'the conversion form with errors');
    expect((await sys.db('users').where({ id: p.userId }).first()).loginMethod).to.equal('password');

    await page.getByLabel(/^Numéro de registre national/).fill(niss);
    await page.getByRole('button', { name: 'Convertir mon utilisateur' }).click();
    await page.waitForURL('**/connexion?info=converti');
    await page.getByTestId('login-info').waitFor();
    await expectAccessible(page, 'the login page after the conversion');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored + page.url(), 'the NISS is never in the address or browser storage').not.to.contain(niss);

    // The password login is closed; the strong login finds the person by their NISS.
    const refused = await fetch(`${sys.baseUrl}/api/auth/password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `camille.${p.userId}@exemple.be`, password }),
    });
    expect(refused.status).to.equal(401);
    sys.oidc.addIdentity({
      sub: `csam-browser-${p.userId}`,
      givenName: 'Camille',
      familyName: 'Navigatrice',
      email: `camille.${p.userId}@exemple.be`,
      niss,
    });
    await strongLogin(page, 'Camille Navigatrice');
    await page.getByTestId('user-name').filter({ hasText: 'Camille Navigatrice' }).waitFor();
    await page.goto(`${sys.baseUrl}/mon-utilisateur`);
    await page.getByTestId('already-strong').waitFor();
  });

  it('fits a phone screen', async () => {
    const phone = { width: 360, height: 740 };
    const provider = await signIn('Sophie Dubois', phone);
    await provider.waitForURL('**/accueil');
    await expectNoHorizontalScroll(provider, 'the provider home page');
    await provider.goto(`${sys.baseUrl}/signalement`);
    await provider.getByRole('button', { name: 'Signaler mon risque' }).waitFor();
    await expectNoHorizontalScroll(provider, 'the report form');
    await expectAccessible(provider, 'the report form on a phone');
    const agent = await signIn('Jeanne Martin', phone);
    // Every task of the team, whatever earlier tests left open or assigned.
    await agent.goto(`${sys.baseUrl}/taches?vue=toutes`);
    await agent.getByTestId('task-row').first().waitFor();
    await expectNoHorizontalScroll(agent, 'the agent inbox');
    const supervisor = await signIn('Philippe Wauters', phone);
    await supervisor.getByTestId('case-row').first().waitFor();
    await expectNoHorizontalScroll(supervisor, 'the supervisor case list');
  });
});
