import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import type { Locator, Page } from 'playwright-core';
import { testSystem, type TestSystem } from '../support/system';
import { eventually } from '../support/api-client';
import { acteChildminder, approveBankDetails, startActe, type Childminder } from '../support/acte';
import { expectAccessible, expectNoHorizontalScroll, reloadUntil, useBrowser } from '../support/browser';
import { ACTE_ACTIONS, ACTE_DIAGNOSIS } from '../../common/acte-content';
import { todayBrussels } from '../../common/adaptation';
import { acteWorkflowId, type ActeDetails } from '../../workflows/acte';

const TEAM = 'Élise Lambotte';
const COORDINATION = 'Philippe Wauters';
const SUBSIDES = 'Karim Benali';
const PLAN_TASK = 'Examiner un plan d’action écologique';
const QUESTION_TASK = 'Répondre à une question ACTE';
const PAYMENT_TASK = 'Verser le subside ACTE';

/** Text as a reader sees it: the non-breaking spaces of amounts and dates become plain ones. */
const text = async (l: Locator) => (await l.innerText()).replace(/[\u00a0\u202f]/g, ' ');
const frenchDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Brussels',
  })
    .format(new Date(iso))
    .replace(/\s/g, ' ');

/**
 * ACTE on the side of ONE's agents: the ACTE team examines a plan and asks for changes, and
 * answers a question; the coordination finds a subsidy past its deadline in « Dossiers » and reads
 * its history; the agent subsides releases a batch from « Paiements » and downloads its file.
 * Every childminder is new, so no other test shares these cases.
 */
describe('browser: ACTE for ONE’s agents — plan review, question, subsidies at risk, « Paiements »', function () {
  this.timeout(300_000);
  let sys: TestSystem;
  const started: string[] = [];
  /** Signed without validated bank details, with a payment deadline of seconds: late, at risk. */
  let late: Childminder & { caseId: string };
  /** Signed with validated bank details: its subsidy is ready to pay. */
  let ready: Childminder;

  const childminder = (places: number) => acteChildminder(sys, places);
  const approvedBankDetails = (p: Childminder) =>
    approveBankDetails(sys, p.me, p.providerId, {
      iban: 'BE68 5390 0754 7034',
      bic: 'GEBABEBB',
      holder: p.displayName,
    });

  /** « Je m’engage », through the API as the childminder's page sends it. */
  async function sign(p: Childminder): Promise<string> {
    const signed = await p.me.post(
      `${p.url}/acte/charter`,
      { confirmed: true },
      { 'Idempotency-Key': randomUUID() },
    );
    expect(signed.status, JSON.stringify(signed.body)).to.equal(200);
    started.push(acteWorkflowId(p.providerId));
    return signed.body.acte.caseId as string;
  }

  const details = async (providerId: string) =>
    ((await sys.db('cases').where({ providerId, procedure: 'acte' }).first())?.details ??
      null) as ActeDetails | null;

  /** From « Tâches », the task `taskId`, opened and taken in charge. */
  async function openTask(page: Page, taskId: string, title: string): Promise<void> {
    await page.goto(`${sys.baseUrl}/taches`);
    await page.getByRole('heading', { level: 1, name: 'Tâches' }).waitFor();
    const link = page.locator(`a[href="/taches/${encodeURIComponent(taskId)}"]`);
    await reloadUntil(page, link, title);
    await link.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  before(async () => {
    sys = await testSystem();
    // The late one first: its deadline runs while the others are prepared.
    const p = await childminder(2);
    const caseId = await startActe(sys, p, {
      paymentDeadline: '8s',
      paymentWarning: '6s',
      bankDetailsCheck: '1 hour',
      year: '1 hour',
      planReview: '1 hour',
    });
    started.push(acteWorkflowId(p.providerId));
    late = { ...p, caseId };

    ready = await childminder(3);
    await approvedBankDetails(ready);
    await sign(ready);
  });

  after(async () => {
    for (const workflowId of started)
      await sys.env.client.workflow
        .getHandle(workflowId)
        .terminate('fin du test')
        .catch(() => undefined);
  });

  const { signIn } = useBrowser(() => sys, 'acte-agents');

  it('lets the ACTE team read a plan and ask for changes, then answer a question in full', async () => {
    const p = await childminder(4);
    const caseId = await sign(p);
    const [water, breastfeeding] = [
      ACTE_ACTIONS.find((a) => a.axis === 'eau')!,
      ACTE_ACTIONS.find((a) => a.title.startsWith('Offrez aux mamans'))!,
    ];
    const plan = {
      stateOfPlay: 'Un potager derrière la maison ; les langes sont jetables ; le chauffage date de 1998.',
      themes: ['alimentation', 'eau'],
      diagnosis: {
        ...Object.fromEntries(ACTE_DIAGNOSIS.alimentation.map((q) => [q.id, 'partly'])),
        ...Object.fromEntries(ACTE_DIAGNOSIS.eau.map((q) => [q.id, 'not_yet'])),
      },
      actions: [breastfeeding.id, water.id],
    };
    expect((await p.me.request('PUT', `${p.url}/acte/plan`, { year: 1, content: plan })).status).to.equal(
      200,
    );
    const sent = await p.me.post(
      `${p.url}/acte/plan/submit`,
      { year: 1 },
      { 'Idempotency-Key': randomUUID() },
    );
    expect(sent.status, JSON.stringify(sent.body)).to.equal(200);

    // The team finds the plan in « Tâches »: the state of play, each theme's answers, the actions.
    const team = await signIn(TEAM);
    await openTask(team, `${caseId}:plan-1-1`, PLAN_TASK);
    const shown = team.getByTestId('acte-plan');
    await shown.getByText(breastfeeding.title).waitFor();
    expect(await text(shown.getByTestId('acte-plan-status'))).to.equal('Envoyé à l’équipe ACTE');
    expect(await text(shown.getByTestId('plan-state-of-play'))).to.equal(plan.stateOfPlay);
    const themes = shown.getByTestId('plan-theme');
    expect(await themes.count()).to.equal(2);
    const alimentation = themes.filter({
      has: team.getByRole('heading', { name: 'Alimentation', exact: true }),
    });
    expect(await text(alimentation)).to.contain(ACTE_DIAGNOSIS.alimentation[0].text);
    expect(await alimentation.getByText('En partie', { exact: true }).count()).to.equal(
      ACTE_DIAGNOSIS.alimentation.length,
    );
    expect(
      await text(themes.filter({ has: team.getByRole('heading', { name: 'Eau', exact: true }) })),
    ).to.contain(water.title);
    expect(await team.getByRole('button', { name: 'Enregistrer la décision' }).count()).to.equal(0);
    await expectAccessible(team, 'the plan to examine');

    // Changes are asked with what to change; without it the decision is refused.
    await team.getByRole('button', { name: 'Prendre en charge' }).click();
    await team.getByLabel('Demander des modifications').check();
    await team.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await team
      .getByTestId('form-error')
      .getByText('Ce qu’il faut modifier : Indiquez ce que l’accueillant·e doit modifier')
      .waitFor();
    await expectAccessible(team, 'the decision refused');
    const asked = 'Ajoutez une action sur les langes : ce sont vos premiers déchets.';
    await team.getByLabel(/^Ce qu’il faut modifier/).fill(asked);
    await team.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await team.getByTestId('task-completed').waitFor();
    const outcome = team.getByTestId('outcome');
    expect(await outcome.getAttribute('data-decision')).to.equal('changes_requested');
    expect(await text(outcome)).to.contain('Modifications demandées');
    await expectAccessible(team, 'the plan sent back');
    const back = await eventually(async () => {
      const acte = (await p.me.get(`${p.url}/acte`)).body.acte;
      return acte.plan.status === 'changes_requested' ? acte : undefined;
    });
    expect(back.plan).to.include({ comment: asked, editable: true });

    // A question longer than the case's one-line summary: the team reads all of it and answers.
    const question =
      'Bonjour, je voudrais remplacer mes langes jetables par des langes lavables, mais je me demande si le subside ACTE peut couvrir l’achat du lave-linge qui va avec. Merci d’avance pour votre réponse, et bonne journée à toute l’équipe.';
    const posted = await p.me.post(
      `${p.url}/acte/questions`,
      { question },
      { 'Idempotency-Key': randomUUID() },
    );
    expect(posted.status, JSON.stringify(posted.body)).to.equal(202);
    const questionCase = posted.body.question.caseId as string;
    await openTask(team, `${questionCase}:answer`, QUESTION_TASK);
    const full = team.getByTestId('acte-question-text');
    await full.getByText('bonne journée à toute l’équipe', { exact: false }).waitFor();
    expect(await text(full)).to.equal(question);
    await team.getByRole('button', { name: 'Prendre en charge' }).click();
    await team.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await team.getByTestId('form-error').getByText('Réponse : Écrivez votre réponse').waitFor();
    await expectAccessible(team, 'the question to answer');
    const answer =
      'Non : le subside couvre les langes, pas l’électroménager. Voyez la FAQ, rubrique « Déchets ».';
    await team.getByLabel(/^Réponse/).fill(answer);
    await team.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await team.getByTestId('task-completed').waitFor();
    const answered = await eventually(async () => {
      const cases = (await p.me.get('/api/me/cases')).body.cases as Array<Record<string, unknown>>;
      const mine = cases.find((c) => c.id === questionCase);
      return mine?.status === 'closed' ? mine : undefined;
    });
    expect((answered.outcome as { comment: string }).comment).to.equal(answer);
  });

  it('shows the coordination an ACTE subsidy past its deadline in « Dossiers », and its history', async () => {
    await eventually(
      async () => ((await details(late.providerId))?.escalated ? true : undefined),
      30_000,
      'the deadline passed',
    );
    const page = await signIn(COORDINATION);
    await page.goto(`${sys.baseUrl}/dossiers`);
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    await page.getByLabel('Procédure').selectOption({ label: 'Accueil en transition écologique (ACTE)' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL('**/dossiers?procedure=acte');
    const row = page.locator(`[data-case-id="${late.caseId}"]`);
    await reloadUntil(page, row, 'the case in the list');
    expect(await text(row.getByTestId('badge-at-risk'))).to.contain(
      'Délai de paiement dépassé : aucune coordonnée bancaire validée',
    );
    await row.getByTestId('badge-overdue').waitFor();
    // Only ACTE cases are listed.
    const procedures = await page.getByTestId('case-row').locator('.procedure p:first-child').allInnerTexts();
    expect(new Set(procedures)).to.deep.equal(new Set(['Accueil en transition écologique (ACTE)']));
    await expectAccessible(page, 'the ACTE cases');

    await row.getByRole('link', { name: late.displayName }).click();
    await page.waitForURL(`**/dossiers/${late.caseId}`);
    const atRisk = page.getByTestId('case-at-risk');
    await atRisk.waitFor();
    expect(await text(atRisk)).to.contain('Délai de paiement dépassé');
    const history = page.getByTestId('timeline');
    await history.getByText(`Charte ACTE signée par ${late.displayName}`).waitFor();
    expect(await text(history.locator('[data-kind="payment_scheduled"]'))).to.contain(
      'Subside ACTE de 250,00 € (2 places) à verser au plus tard le',
    );
    expect(await text(history)).to.contain(`Subside ACTE à risque pour ${late.displayName}`);
    expect(await history.getByTestId('timeline-alert').count()).to.be.at.least(1);
    await expectAccessible(page, 'an ACTE case past its deadline');

    // The same case on a phone.
    const phone = await signIn(COORDINATION, { width: 375, height: 800 });
    await phone.goto(`${sys.baseUrl}/dossiers?procedure=acte`);
    await phone.locator(`[data-case-id="${late.caseId}"]`).getByTestId('badge-at-risk').waitFor();
    await expectNoHorizontalScroll(phone, 'the ACTE cases on a phone');
  });

  it('lets the agent subsides release a batch from « Paiements » and download its file', async () => {
    const payment = await eventually(
      async () =>
        (await sys.db('subsidy_payments').where({ providerId: ready.providerId, status: 'ready' }).first()) ??
        undefined,
      30_000,
      'the subsidy ready',
    );
    const page = await signIn(SUBSIDES);
    // The late subsidy's task says how it is paid, and leads to « Paiements »; it has no form.
    await openTask(page, `${late.caseId}:payment-1`, PAYMENT_TASK);
    const notice = page.getByTestId('acte-payment-notice');
    expect(await text(notice)).to.contain('Ce subside se verse avec un lot de paiements');
    expect(await text(page.getByTestId('case-at-risk'))).to.contain('Délai de paiement dépassé');
    expect(await page.getByRole('button', { name: 'Prendre en charge' }).count()).to.equal(0);
    expect(await page.locator('form').count()).to.equal(0);
    await expectAccessible(page, 'the payment task');
    await notice.getByRole('link', { name: 'Ouvrir « Paiements »' }).click();
    await page.waitForURL('**/paiements');

    // A second tab opened before the release: it will try to release the same subsidies.
    const stale = await signIn(SUBSIDES);
    await stale.goto(`${sys.baseUrl}/paiements`);
    for (const p of [page, stale]) {
      await p.getByRole('heading', { level: 1, name: 'Paiements' }).waitFor();
      await p.getByTestId('payments-ready').getByText(ready.displayName).waitFor();
    }

    // Ready: the provider, the amount with its cents, the places, the due date in French.
    const row = page
      .getByTestId('payments-ready')
      .getByTestId('payment-row')
      .filter({ hasText: ready.displayName });
    const said = await text(row);
    expect(said).to.contain('375,00 €');
    expect(await text(row.getByTestId('payment-places'))).to.equal('3');
    expect(await text(row.getByTestId('payment-due'))).to.equal(
      frenchDate(new Date(payment.dueAt).toISOString()),
    );
    expect(await row.getByTestId('badge-overdue').count()).to.equal(0);
    // Waiting for bank details, and late.
    const waiting = page
      .getByTestId('payments-waiting')
      .getByTestId('payment-row')
      .filter({ hasText: late.displayName });
    expect(await text(waiting)).to.contain('250,00 €');
    await waiting.getByTestId('badge-overdue').getByText('En retard').waitFor();
    expect(await page.getByLabel('Date d’exécution').inputValue()).to.equal(todayBrussels());
    await expectAccessible(page, 'the payments');

    // A day gone is refused before anything is sent.
    await page.getByLabel('Date d’exécution').fill('2020-01-15');
    await page.getByRole('button', { name: 'Libérer le lot' }).click();
    await page
      .getByTestId('form-error')
      .getByText('Date d’exécution : Choisissez aujourd’hui ou un jour à venir')
      .waitFor();
    await expectAccessible(page, 'the release refused');

    // Released with a double click: one batch, announced with its file.
    const before = Number((await sys.db('payment_batches').count({ n: '*' }).first())?.n ?? 0);
    await page.getByLabel('Date d’exécution').fill(todayBrussels());
    await page.getByRole('button', { name: 'Libérer le lot' }).dblclick();
    const result = page.getByTestId('batch-released');
    await result.getByText('Lot libéré').waitFor();
    expect(await text(result)).to.match(/\d+ virements? pour un total de [\d ]+,\d\d €, exécution le /);
    const file = result.getByRole('link', { name: 'Télécharger le fichier de virements' });
    const href = await file.getAttribute('href');
    expect(href).to.match(/^\/api\/payment-batches\/[0-9a-f-]+\/file$/);
    expect(Number((await sys.db('payment_batches').count({ n: '*' }).first())?.n)).to.equal(before + 1);
    const batch = await sys.db('subsidy_payments').where({ id: payment.id }).first('batch_id');
    expect(href).to.contain(batch.batchId);
    const download = await page.request.get(`${sys.baseUrl}${href}`);
    expect(download.status()).to.equal(200);
    expect(download.headers()['content-type']).to.contain('xml');
    expect(await download.text()).to.contain('<InstdAmt Ccy="EUR">375.00</InstdAmt>');
    // The lists are up to date: the subsidy left « Prêts à verser » for « Lots libérés ».
    await page.getByTestId('payment-batches').getByTestId('batch-row').first().waitFor();
    expect(
      await page
        .getByTestId('payments-ready')
        .getByTestId('payment-row')
        .filter({ hasText: ready.displayName })
        .count(),
    ).to.equal(0);
    expect(await page.getByTestId('payment-batches').locator(`a[href="${href}"]`).count()).to.equal(1);
    await expectAccessible(page, 'the batch released');

    // The other tab, out of date, has nothing left to pay and says so.
    const left = await sys.db('subsidy_payments').where({ status: 'ready' }).whereNull('batch_id');
    expect(left, 'nothing else ready meanwhile').to.have.length(0);
    await stale.getByRole('button', { name: 'Libérer le lot' }).click();
    const refused = stale.getByTestId('form-error');
    await refused.getByText('Aucun subside n’est prêt à être versé.').waitFor();
    expect(await text(refused)).to.contain('libérés entre-temps');
    await stale.getByTestId('nothing-ready').waitFor();
    await expectAccessible(stale, 'nothing left to pay');

    // « Paiements » on a phone.
    const phone = await signIn(SUBSIDES, { width: 375, height: 800 });
    await phone.goto(`${sys.baseUrl}/paiements`);
    await phone.getByTestId('payment-batches').getByTestId('batch-row').first().waitFor();
    await expectAccessible(phone, '« Paiements » on a phone');
    await expectNoHorizontalScroll(phone, '« Paiements » on a phone');
  });
});
