import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { expectAccessible, useBrowser } from '../support/browser';

describe('browser: who consulted my file (audit trail)', function () {
  let sys: TestSystem;
  before(async () => {
    sys = await testSystem();
  });
  const { signIn } = useBrowser(() => sys, 'audit');

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
    await provider.getByLabel('GSM', { exact: true }).fill('12');
    await provider.getByRole('button', { name: 'Soumettre' }).click();
    await provider.getByText('Indiquez un numéro de GSM belge', { exact: false }).first().waitFor();
    await expectAccessible(provider, 'the signalétique form with an error');
    await provider.getByLabel('GSM', { exact: true }).fill('0472 99 88 77');
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
