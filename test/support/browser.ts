/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { TestSystem } from './system';
import { eventually } from './api-client';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = path.join(__dirname, '..', '..', '.tmp', 'screenshots');

/** WCAG 2.1 A and AA rules of axe-core, on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
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

export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal scroll on ${where}`).to.be.at.most(0);
}

/**
 * Debian's Chromium driven by playwright-core, one per test file, with a screenshot of every open
 * page when a test fails (in .tmp/screenshots). Call from a `describe` body.
 */
/** Reloads `page` until `locator` shows up (a workflow works in the background). */
export async function reloadUntil(page: Page, locator: Locator, what: string): Promise<void> {
  await eventually(
    async () => {
      if ((await locator.count()) > 0) return true;
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(300);
      return undefined;
    },
    30_000,
    what,
  );
}

export function useBrowser(getSystem: () => TestSystem, name: string) {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let csamPageChecked = false;

  before(async () => {
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
    if (this.currentTest?.state !== 'failed') return;
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const [i, ctx] of contexts.entries()) {
      for (const [j, page] of ctx.pages().entries()) {
        await page
          .screenshot({ path: path.join(SHOTS, `${name}-${i}-${j}.png`), fullPage: true })
          .catch(() => undefined);
      }
    }
  });

  async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'fr-BE', timezoneId: 'Europe/Brussels' });
    contexts.push(context);
    return context.newPage();
  }

  /** From the login page, through the CSAM stand-in (a real OpenID provider), back to PRO.ONE. */
  async function strongLogin(page: Page, person: string): Promise<void> {
    await page.getByRole('link', { name: 'Connexion avec eID / itsme / clés BOSA' }).click();
    await page.getByRole('heading', { name: /Simulateur CSAM/ }).waitFor();
    if (!csamPageChecked) {
      await expectAccessible(page, 'the CSAM stand-in page');
      csamPageChecked = true;
    }
    await page.getByLabel(person, { exact: true }).check();
    await page.getByRole('button', { name: 'Se connecter avec itsme' }).click();
  }

  /** A person logs in strongly, as they would: the login page, CSAM, back home. */
  async function signIn(person: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
    const page = await newPage(viewport);
    await page.goto(`${getSystem().baseUrl}/connexion`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'the login page');
    await strongLogin(page, person);
    await page.getByTestId('user-name').filter({ hasText: person }).waitFor();
    return page;
  }

  return { newPage, strongLogin, signIn };
}
