import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { testSystem, type TestSystem } from '../support/system';
import { eventually } from '../support/api-client';
import { expectAccessible, expectNoHorizontalScroll, useBrowser } from '../support/browser';

/** A tiny valid PNG (1×1) and a small PDF: the server reads the type from these bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const PROVIDER_ID = 'p-collin';

describe('browser: signalétique, validated bank details and photos, MY.ONE', function () {
  let sys: TestSystem;
  before(async () => {
    sys = await testSystem();
    // Anne Collin has never filled in her signalétique: no address, hours or photos yet.
    await sys.db('photos').where({ providerId: PROVIDER_ID }).delete();
    await sys.db('bank_details').where({ providerId: PROVIDER_ID }).delete();
    await sys.db('providers').where({ id: PROVIDER_ID }).update({
      street: null,
      streetNumber: null,
      box: null,
      postalAddress: null,
      emergencyMobile: null,
      openingHours: null,
      availabilityStatus: null,
      availabilityFrom: null,
      qualities: null,
      groups: null,
      visibleOnMyone: false,
      signaletiqueSubmittedAt: null,
    });
  });
  const { signIn, newPage } = useBrowser(() => sys, 'signaletique');

  /** Opens the task of `title` for Anne Collin from « Tâches », once it is there, and takes it. */
  async function openTask(agent: Page, title: string): Promise<void> {
    const row = agent.getByTestId('task-row').filter({ hasText: 'Anne Collin' }).filter({ hasText: title });
    await agent.goto(`${sys.baseUrl}/taches`);
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
    await agent.getByTestId('submission').waitFor();
    await agent.getByRole('button', { name: 'Prendre en charge' }).click();
    await agent.getByRole('button', { name: 'Enregistrer la décision' }).waitFor();
  }

  async function decide(agent: Page, decision: 'Approuver' | 'Refuser', reason?: string): Promise<void> {
    await agent.getByLabel(decision, { exact: true }).check();
    if (reason) await agent.getByLabel('Motif du refus').fill(reason);
    await agent.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await agent.getByTestId('task-completed').waitFor();
  }

  it('refuses an incomplete signalétique, takes the complete one, validates the RIB and a photo, and shows the place on MY.ONE', async () => {
    const provider = await signIn('Anne Collin');
    await provider.getByRole('link', { name: 'Ma signalétique', exact: true }).click();
    await provider.waitForURL('**/ma-signaletique');
    await provider.getByTestId('incomplete').waitFor();
    await expectAccessible(provider, 'an incomplete signalétique');

    // An incomplete page is refused, field by field, and nothing is saved.
    await provider.getByRole('button', { name: 'Modifier' }).click();
    await provider.getByLabel('Code postal', { exact: true }).fill('123');
    await provider.getByRole('button', { name: 'Soumettre' }).click();
    const summary = provider.getByTestId('form-error');
    await summary.waitFor();
    const said = await summary.innerText();
    expect(said).to.contain('Rue : Ce champ est requis');
    expect(said).to.contain('Code postal : Indiquez un code postal belge');
    expect(said).to.contain("GSM en cas d'urgence");
    expect(said).to.contain('Lundi — ouverture');
    await expectAccessible(provider, 'the signalétique refused');
    const untouched = await sys.db('providers').where({ id: PROVIDER_ID }).first();
    expect(untouched.signaletiqueSubmittedAt).to.equal(null);
    expect(untouched.postcode).to.equal('5030');

    // Then complete.
    await provider.getByLabel('Les parents peuvent trouver mon lieu d’accueil sur MY.ONE').check();
    await provider.getByLabel('Rue', { exact: true }).fill('Rue des Écoles');
    await provider.getByLabel('Numéro', { exact: true }).fill('5');
    await provider.getByLabel('Code postal', { exact: true }).fill('5030');
    await provider.getByLabel('Localité', { exact: true }).fill('Gembloux');
    await provider.getByLabel("GSM en cas d'urgence").fill('0475 11 22 33');
    for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']) {
      await provider.getByLabel(`Ouverture (${day})`).fill('07:30');
      await provider.getByLabel(`Fermeture (${day})`).fill('18:00');
    }
    await provider.getByLabel('Place disponible immédiatement').check();
    await provider.getByLabel('Espace extérieur').check();
    await provider.getByLabel("Nombre moyen d'enfants accueillis").fill('4');
    await provider.getByLabel('Âge minimum (en mois)').fill('0');
    await provider.getByLabel('Âge maximum (en mois)').fill('36');
    await provider.getByRole('button', { name: 'Soumettre' }).click();
    await provider.getByText('Vos modifications ont été enregistrées.').waitFor();
    expect(await provider.getByTestId('place-address').innerText()).to.contain('Rue des Écoles 5');
    expect(await provider.getByTestId('availability').innerText()).to.equal('Place disponible immédiatement');
    await expectAccessible(provider, 'the signalétique saved');

    // Bank details with their statement, then a photo.
    await provider.getByRole('button', { name: 'Communiquer de nouvelles coordonnées bancaires' }).click();
    await provider.getByLabel('IBAN', { exact: true }).fill('BE68 5390 0754 7034');
    await provider.getByLabel('BIC', { exact: true }).fill('GEBABEBB');
    await provider
      .getByLabel('Relevé d’identité bancaire')
      .setInputFiles({ name: 'releve.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expectAccessible(provider, 'the bank details form');
    await provider.getByRole('button', { name: 'Envoyer pour validation' }).click();
    await provider.getByTestId('bank-pending').waitFor();
    expect(await provider.getByTestId('bank-none').count()).to.equal(1);

    for (const name of ['jardin.png', 'salle-de-jeux.png']) {
      await provider
        .getByLabel('Ajouter une photo')
        .setInputFiles({ name, mimeType: 'image/png', buffer: PNG });
      await provider.getByRole('button', { name: 'Envoyer la photo' }).click();
      await provider.getByText('Votre photo a été envoyée', { exact: false }).waitFor();
    }
    await eventually(
      async () => ((await provider.getByTestId('photo').count()) === 2 ? true : undefined),
      10_000,
      'two photos listed',
    );
    await expectAccessible(provider, 'the photos waiting for validation');

    // The subsidies team refuses the bank details, with a reason the childminder reads.
    const subsides = await signIn('Karim Benali');
    await openTask(subsides, 'Valider les coordonnées bancaires');
    expect(await subsides.getByTestId('submitted-iban').innerText()).to.equal('BE68 5390 0754 7034');
    await subsides.getByTestId('statement-link').waitFor();
    await expectAccessible(subsides, 'the bank details to validate');
    await subsides.getByLabel('Refuser', { exact: true }).check();
    await subsides.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await subsides.getByText('Indiquez le motif du refus', { exact: false }).first().waitFor();
    await decide(subsides, 'Refuser', 'Le relevé ne montre pas le titulaire du compte.');

    await provider.reload();
    await provider.getByTestId('bank-rejected').waitFor();
    expect(await provider.getByTestId('bank-rejected').innerText()).to.contain(
      'Le relevé ne montre pas le titulaire du compte.',
    );

    // A new statement; this time it is approved and in force.
    await provider.getByRole('button', { name: 'Communiquer de nouvelles coordonnées bancaires' }).click();
    await provider.getByLabel('IBAN', { exact: true }).fill('BE68539007547034');
    await provider.getByLabel('BIC', { exact: true }).fill('GEBABEBB');
    await provider
      .getByLabel('Relevé d’identité bancaire')
      .setInputFiles({ name: 'releve-complet.png', mimeType: 'image/png', buffer: PNG });
    await provider.getByRole('button', { name: 'Envoyer pour validation' }).click();
    await provider.getByTestId('bank-pending').waitFor();

    await openTask(subsides, 'Valider les coordonnées bancaires');
    await decide(subsides, 'Approuver');
    await provider.reload();
    await provider.getByTestId('bank-in-force').waitFor();
    expect(await provider.getByTestId('iban-in-force').innerText()).to.equal('BE68 5390 0754 7034');

    // The agent conseil approves the first photo and refuses the second.
    const conseil = await signIn('Laura Gilson');
    await openTask(conseil, 'Valider une photo du lieu d’accueil');
    await expectAccessible(conseil, 'a photo to validate');
    await decide(conseil, 'Approuver');
    await openTask(conseil, 'Valider une photo du lieu d’accueil');
    await decide(conseil, 'Refuser', 'Un enfant est reconnaissable sur la photo.');

    await provider.reload();
    await provider.locator('[data-testid="photo"][data-status="rejected"]').waitFor();
    expect(await provider.locator('[data-testid="photo"][data-status="rejected"]').innerText()).to.contain(
      'Un enfant est reconnaissable',
    );

    // Parents find Anne Collin on MY.ONE, without logging in, with the approved photo only.
    const approved = await sys.db('photos').where({ providerId: PROVIDER_ID, status: 'approved' });
    expect(approved).to.have.length(1);
    const parent = await newPage({ width: 375, height: 740 });
    await parent.goto(`${sys.baseUrl}/myone`);
    await parent.getByLabel('Code postal ou localité').fill('gembloux');
    await parent.getByRole('button', { name: 'Rechercher' }).click();
    await parent.waitForURL((url) => url.pathname === '/myone' && url.search === '?q=gembloux');
    const place = parent.getByTestId('myone-place').filter({ hasText: 'Anne Collin' });
    await place.waitFor();
    const text = await place.innerText();
    expect(text).to.contain('Rue des Écoles 5, 5030 Gembloux');
    expect(text).to.contain('Place disponible immédiatement');
    expect(text).not.to.contain('BE68');
    const photos = await place.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src')));
    expect(photos).to.deep.equal([`/api/public/photos/${approved[0].id}`]);
    const loaded = await place
      .locator('img')
      .first()
      .evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));
    expect(loaded).to.equal(1);
    await expectAccessible(parent, 'MY.ONE on a phone');
    await expectNoHorizontalScroll(parent, 'MY.ONE on a phone');

    // Filters narrow the list: nobody near Gembloux opens on Sunday.
    await parent.getByLabel('Ouvert le').selectOption('dimanche');
    await parent.getByRole('button', { name: 'Rechercher' }).click();
    await parent.getByText('Aucun milieu d’accueil ne correspond à cette recherche.').waitFor();
  });

  it('fits a phone: the signalétique and its form', async () => {
    const phone = await signIn('Anne Collin', { width: 375, height: 740 });
    await phone.goto(`${sys.baseUrl}/ma-signaletique`);
    await phone.getByTestId('identification').waitFor();
    await expectNoHorizontalScroll(phone, 'the signalétique on a phone');
    await phone.getByRole('button', { name: 'Modifier' }).click();
    await phone.getByTestId('signaletique-form').waitFor();
    await expectNoHorizontalScroll(phone, 'the signalétique form on a phone');
    await expectAccessible(phone, 'the signalétique form on a phone');
  });

  it('keeps « Mes préférences » for the Flash accueil', async () => {
    const provider = await signIn('Anne Collin');
    await provider.getByRole('link', { name: 'Mes préférences', exact: true }).click();
    await provider.waitForURL('**/mes-preferences');
    await provider.getByLabel('Par e-mail et par courrier postal').check();
    await expectAccessible(provider, 'Mes préférences');
    await provider.getByRole('button', { name: 'Enregistrer' }).click();
    await provider.getByText('Votre préférence est enregistrée', { exact: false }).waitFor();
    const row = await sys.db('providers').where({ id: PROVIDER_ID }).first('flash_accueil');
    expect(row.flashAccueil).to.equal('both');
  });
});
