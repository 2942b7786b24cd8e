/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { testSystem, type TestSystem } from '../support/system';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = path.join(__dirname, '..', '..', '.tmp', 'screenshots');

/** WCAG 2.1 A and AA rules of axe-core, on the page as it is now (as in story.test.ts). */
async function expectAccessible(page: Page, where: string): Promise<void> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
  expect(violations, `accessibility of ${where}`).to.deep.equal([]);
}

describe('browser: who consulted my file (audit trail)', function () {
  let sys: TestSystem;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  before(async function () {
    sys = await testSystem();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
      ],
    });
  });

  after(async () => {
    await browser?.close();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      fs.mkdirSync(SHOTS, { recursive: true });
      for (const [i, ctx] of contexts.entries()) {
        for (const [j, page] of ctx.pages().entries()) {
          await page
            .screenshot({ path: path.join(SHOTS, `audit-failure-${i}-${j}.png`), fullPage: true })
            .catch(() => undefined);
        }
      }
    }
  });

  /**
   * The strong login, as a person does it: « connexion forte » on the login page, the CSAM
   * stand-in's page, the person's name, « Se connecter avec itsme ». Keep in step with the
   * signIn of story.test.ts.
   */
  async function signIn(name: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-BE',
      timezoneId: 'Europe/Brussels',
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${sys.baseUrl}/connexion`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'the login page');
    await page.getByTestId('strong-login').click();
    await page.getByLabel(name, { exact: true }).check();
    await page.getByRole('button', { name: 'Se connecter avec itsme' }).click();
    await page.getByTestId('user-name').filter({ hasText: name }).waitFor();
    return page;
  }

  it('an agent conseil reads a provider’s signalétique; the provider sees it in « Historique des consultations »', async () => {
    // Thomas Lejeune follows Nadia Lambert (Liège portfolio): he opens her signalétique.
    const agent = await signIn('Thomas Lejeune');
    await agent.getByRole('link', { name: 'Accueillant·e·s', exact: true }).click();
    await agent.waitForURL('**/accueillants');
    await agent.getByTestId('provider-row').first().waitFor();
    await expectAccessible(agent, 'the providers list');
    await agent.getByRole('link', { name: 'Voir la signalétique de Nadia Lambert' }).click();
    await agent.waitForURL('**/accueillants/p-lambert/signaletique');
    await agent.getByTestId('niss').waitFor();
    expect(await agent.getByTestId('niss').innerText(), 'masked for the agent conseil').to.match(
      /^••\.••\.••-•••\.90/,
    );
    expect(await agent.getByRole('button', { name: 'Modifier' }).count()).to.equal(0);
    await expectAccessible(agent, 'the signalétique as an agent reads it');

    // Nadia Lambert sees who consulted her file, then edits her mobile.
    const provider = await signIn('Nadia Lambert');
    await provider.getByRole('link', { name: 'Historique des consultations', exact: true }).click();
    await provider.waitForURL('**/historique-consultations');
    const row = provider.getByTestId('audit-row').filter({ hasText: 'Thomas Lejeune' }).first();
    await row.waitFor();
    expect(await row.innerText()).to.contain('Agent conseil');
    expect(await row.innerText()).to.contain('consulté la signalétique');
    await expectAccessible(provider, 'the audit page');

    await provider.getByRole('link', { name: 'Ma signalétique', exact: true }).click();
    await provider.waitForURL('**/ma-signaletique');
    await provider.getByTestId('niss').waitFor();
    expect(await provider.getByTestId('niss').innerText()).to.contain('92.01.05-244.90');
    await expectAccessible(provider, 'the own signalétique');
    await provider.getByRole('button', { name: 'Modifier' }).click();
    await provider.getByLabel('GSM').fill('12');
    await provider.getByRole('button', { name: 'Soumettre' }).click();
    await provider.getByText('Indiquez un numéro de GSM belge', { exact: false }).first().waitFor();
    await expectAccessible(provider, 'the signalétique form with an error');
    await provider.getByLabel('GSM').fill('0472 99 88 77');
    await provider.getByRole('button', { name: 'Soumettre' }).click();
    await provider.getByText('Vos modifications ont été enregistrées.').waitFor();
    expect(await provider.getByTestId('mobile').innerText()).to.equal('0472 99 88 77');

    await provider.getByRole('link', { name: 'Contacts ONE', exact: true }).click();
    await provider.waitForURL('**/contacts-one');
    await provider.getByTestId('helpdesk').waitFor();
    expect(await provider.getByTestId('contact').first().innerText()).to.contain('Thomas Lejeune');
    await expectAccessible(provider, 'Contacts ONE');

    // The browser keeps nothing in its storage.
    const stored = await provider.evaluate(() => localStorage.length + sessionStorage.length);
    expect(stored).to.equal(0);

    // The coordination reads the same trail from the provider's signalétique.
    const supervisor = await signIn('Philippe Wauters');
    await supervisor.goto(`${sys.baseUrl}/accueillants/p-lambert/signaletique`);
    await supervisor.getByTestId('provider-audit-link').click();
    await supervisor.waitForURL('**/accueillants/p-lambert/historique');
    await supervisor.getByTestId('audit-row').filter({ hasText: 'Thomas Lejeune' }).first().waitFor();
    await expectAccessible(supervisor, 'a provider’s audit trail for the coordination');
  });
});
