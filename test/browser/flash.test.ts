import { expect } from 'chai';
import { testSystem, type TestSystem } from '../support/system';
import { expectAccessible, expectNoHorizontalScroll, useBrowser } from '../support/browser';
import { linkIn, waitForMail } from '../support/mail';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/**
 * The Flash accueil in the browser: the coordination (Philippe Wauters) writes an issue, joins a
 * PDF, sends it and watches the sending complete; a childminder (Sophie Dubois, who chose the
 * e-mail) follows the link of her mail, on her phone, and reads it with its PDF.
 */
describe('browser: the Flash accueil, written by the coordination and read by a childminder', function () {
  this.timeout(240_000);
  let sys: TestSystem;
  before(async () => {
    sys = await testSystem();
  });
  const { signIn } = useBrowser(() => sys, 'flash');

  it('writes, sends and follows an issue, then a childminder reads it from her mail', async () => {
    const title = `Flash navigateur ${Date.now()}`;

    const supervisor = await signIn('Philippe Wauters');
    await supervisor.getByRole('link', { name: 'Flash accueil' }).click();
    await supervisor.waitForURL('**/flash-accueil');
    await supervisor.getByRole('heading', { name: 'Écrire un nouveau numéro' }).waitFor();
    await expectAccessible(supervisor, 'the Flash accueil page');

    // An empty draft is refused field by field.
    await supervisor.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    const summary = supervisor.getByTestId('form-error');
    await summary.waitFor();
    expect(await summary.innerText()).to.contain('Titre : Ce champ est requis');
    expect(await summary.innerText()).to.contain('Texte : Ce champ est requis');
    await expectAccessible(supervisor, 'the draft form with errors');

    await supervisor.getByLabel('Titre').fill(title);
    await supervisor
      .getByLabel('Texte')
      .fill('Les bilans de fonctionnement sont ouverts.\n\nLe helpdesk est fermé du 24 au 31 décembre.');
    await supervisor.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await supervisor.getByRole('heading', { level: 1, name: title }).waitFor();
    await supervisor.getByTestId('flash-status').filter({ hasText: 'Brouillon' }).waitFor();
    await expectAccessible(supervisor, 'a draft issue');

    // Its PDF, then « Envoyer » with a confirmation.
    await supervisor.getByLabel('Joindre un PDF').setInputFiles({
      name: 'flash-decembre.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await supervisor
      .getByTestId('flash-notice')
      .filter({ hasText: 'PDF joint : flash-decembre.pdf.' })
      .waitFor();
    await supervisor.getByTestId('flash-pdf').waitFor();
    await supervisor.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await supervisor.getByTestId('flash-confirm').waitFor();
    await expectAccessible(supervisor, 'the confirmation to send');
    await supervisor.getByRole('button', { name: "Confirmer l'envoi" }).click();
    await supervisor.getByTestId('flash-status').filter({ hasText: 'Envoyé' }).waitFor({ timeout: 60_000 });
    expect(await supervisor.getByTestId('flash-progress').innerText()).to.match(
      /^Envoi terminé : ce numéro est parti par e-mail à \d+ accueillant·e·s?\.$/,
    );
    const bar = supervisor.getByRole('progressbar', { name: "Progression de l'envoi par e-mail" });
    expect(await bar.getAttribute('max')).to.equal(
      String(await bar.evaluate((el) => (el as HTMLProgressElement).value)),
    );
    // Sent, it is no longer a form.
    expect(await supervisor.getByLabel('Titre').count()).to.equal(0);
    await expectAccessible(supervisor, 'a sent issue');

    // The postal list, as the coordination downloads it.
    const csvHref = await supervisor
      .getByRole('link', { name: 'Télécharger la liste (CSV pour Excel)' })
      .getAttribute('href');
    const csv = await supervisor.request.get(`${sys.baseUrl}${csvHref}`);
    expect(csv.status()).to.equal(200);
    expect((await csv.body()).subarray(0, 3).toString('hex')).to.equal('efbbbf');
    const labelsHref = await supervisor
      .getByRole('link', { name: 'Télécharger les étiquettes (PDF, A4, 3 × 8)' })
      .getAttribute('href');
    expect((await supervisor.request.get(`${sys.baseUrl}${labelsHref}`)).headers()['content-type']).to.equal(
      'application/pdf',
    );

    // The list shows it sent.
    await supervisor.getByRole('link', { name: '← Tous les numéros du Flash accueil' }).click();
    const row = supervisor.getByTestId('flash-issue-row').filter({ hasText: title });
    await row.getByText('Envoyé', { exact: true }).waitFor();

    // Sophie Dubois reads it from the link of her mail, on her phone.
    const mail = await waitForMail(
      sys,
      'sophie.dubois@exemple.be',
      (m) => m.subject === `Flash accueil — ${title}`,
    );
    const link = linkIn(mail, sys.baseUrl);
    const phone = await signIn('Sophie Dubois', { width: 375, height: 800 });
    await phone.goto(link);
    await phone.getByRole('heading', { level: 1, name: title }).waitFor();
    const article = phone.getByTestId('flash-article');
    await article.getByText('Le helpdesk est fermé du 24 au 31 décembre.').waitFor();
    const pdfLink = article.getByRole('link', { name: /Télécharger le PDF : flash-decembre\.pdf/ });
    const pdf = await phone.request.get(`${sys.baseUrl}${await pdfLink.getAttribute('href')}`);
    expect(pdf.status()).to.equal(200);
    expect(Buffer.from(await pdf.body()).equals(PDF)).to.equal(true);
    await expectAccessible(phone, 'an issue read by a childminder');
    await expectNoHorizontalScroll(phone, 'an issue on a phone');

    await phone.getByRole('link', { name: '← Tous les numéros du Flash accueil' }).click();
    await phone.getByTestId('flash-issue').filter({ hasText: title }).waitFor();
    await expectAccessible(phone, 'the Flash accueil list of a childminder');
    await expectNoHorizontalScroll(phone, 'the Flash accueil list on a phone');
  });
});
