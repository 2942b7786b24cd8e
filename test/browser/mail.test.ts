import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { expectAccessible, useBrowser } from '../support/browser';
import { ApiClient } from '../support/api-client';
import { newProvider } from '../support/fixtures';
import { waitForMail } from '../support/mail';

/**
 * A childminder who never logs in of her own accord: the bilan's reminder reaches her mailbox, and
 * its button takes her, through the strong login, straight to her bilan.
 */
describe('browser: from a reminder in the mailbox into the application', function () {
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
  const { newPage, strongLogin, signIn } = useBrowser(() => sys, 'mail');

  it('follows the bilan reminder from the mail to the bilan, through the strong login', async () => {
    const provider = await newProvider(sys.db, 'hainaut');
    // Her CSAM identity, so she can log in strongly in the browser.
    await new ApiClient(sys.baseUrl).login(provider.userId);

    // A campaign whose plan is due in 40 seconds, with a reminder 30 seconds before.
    sys.config.deadlines.bilanReminderOffsets = ['30s'];
    const supervisor = new ApiClient(sys.baseUrl);
    await supervisor.login('u-coordination');
    const title = `Bilan Général rappel ${Date.now()}`;
    const opened = await supervisor.post('/api/campaigns', {
      title,
      startsAt: new Date(Date.now() + 1000).toISOString(),
      deadline: new Date(Date.now() + 40_000).toISOString(),
      subregionCode: 'hainaut',
    });
    expect(opened.status, JSON.stringify(opened.body)).to.equal(201);

    const reminder = await waitForMail(
      sys,
      `${provider.userId}@exemple.be`,
      (m) => m.subject.startsWith('Rappel') && m.text!.includes(title),
      60_000,
    );
    expect(reminder.subject).to.equal('Rappel — Votre bilan de fonctionnement');

    // The message as her mailbox shows it: readable by everyone, one clear button.
    const page = await newPage();
    await page.setContent(reminder.html!);
    await expectAccessible(page, 'the reminder e-mail');
    await page.getByText(`Bonjour ${provider.displayName},`).waitFor();
    const button = page.getByRole('link', { name: 'Voir dans PRO.ONE' });
    const href = await button.getAttribute('href');
    expect(href).to.match(new RegExp(`^${sys.baseUrl}/mes-bilans/[0-9a-f-]{36}$`));
    await button.click();

    // Signed out: the login page first, then her bilan, not the home page.
    await page.waitForURL('**/connexion');
    await page.getByRole('heading', { name: 'Connexion à PRO.ONE' }).waitFor();
    await strongLogin(page, provider.displayName);
    await page.waitForURL(href!);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: title }).waitFor();
    await expectAccessible(page, 'the bilan reached from the e-mail');
  });

  it('lets an agent choose the daily digest, and shows the coordination the messages not delivered', async () => {
    const agent = await signIn('Laura Gilson');
    await agent.getByRole('link', { name: 'Mes préférences' }).click();
    await agent.getByRole('heading', { name: 'Mes préférences' }).waitFor();
    await agent.getByText('Quand souhaitez-vous être averti·e de vos tâches par e-mail ?').waitFor();
    await expectAccessible(agent, 'an agent’s « Mes préférences »');
    await agent.getByLabel(/^Résumé quotidien/).check();
    await agent.getByRole('button', { name: 'Enregistrer' }).click();
    await agent.getByText(/vous recevrez un résumé chaque jour ouvrable vers 07:30/).waitFor();
    await expectAccessible(agent, 'the preference saved');
    const row = await sys.db('users').where({ id: 'u-conseil-namur' }).first('mail_frequency');
    expect(row.mailFrequency).to.equal('daily');
    await agent.getByLabel(/^Immédiatement/).check();
    await agent.getByRole('button', { name: 'Enregistrer' }).click();
    await agent.getByText(/C’est enregistré : vous recevrez un e-mail pour chaque nouvelle tâche/).waitFor();

    const coordination = await signIn('Philippe Wauters', { width: 390, height: 844 });
    await coordination.goto(`${sys.baseUrl}/e-mails-non-remis`);
    await coordination.getByRole('heading', { name: 'E-mails non remis' }).waitFor();
    await coordination
      .getByTestId(/^(no-undeliverable|undeliverable-count)$/)
      .first()
      .waitFor();
    await expectAccessible(coordination, '« E-mails non remis » on a phone');
  });
});
