import { expect } from 'chai';
import { hashPassword } from '../../common/node/passwords';
import { passwordAttemptsByIp, passwordResetRequestsByIp } from '../../api/auth/throttle';
import { testSystem, type TestSystem } from '../support/system';
import { expectAccessible, expectNoHorizontalScroll, useBrowser } from '../support/browser';
import { newProvider } from '../support/fixtures';
import { linkIn, waitForMail } from '../support/mail';

describe('browser: « Mot de passe oublié ? », from the login page to the new password', function () {
  this.timeout(180_000);
  let sys: TestSystem;
  before(async () => {
    sys = await testSystem();
    passwordAttemptsByIp.clear();
    passwordResetRequestsByIp.clear();
  });
  const { newPage } = useBrowser(() => sys, 'password-reset');

  it('a childminder asks for a link, opens it from the e-mail, sets a new password and logs in; the link then works no more', async () => {
    const p = await newProvider(sys.db);
    const email = `${p.userId}@exemple.be`;
    await sys
      .db('users')
      .where({ id: p.userId })
      .update({ loginMethod: 'password', passwordHash: await hashPassword('Ancien-mot-de-passe-2026') });
    const newPassword = 'Le jardin des petits 2026';

    const page = await newPage();
    await page.goto(`${sys.baseUrl}/connexion`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.waitForURL('**/mot-de-passe-oublie');
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    expect(await page.title()).to.equal('Mot de passe oublié — PRO.ONE');
    await expectAccessible(page, 'the forgotten password page');

    // Nothing typed: the error summary names the field.
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await page.getByTestId('form-error').waitFor();
    expect(await page.getByTestId('form-error').innerText()).to.contain(
      'Adresse e-mail : Ce champ est requis',
    );
    await expectAccessible(page, 'the forgotten password page with an error');

    await page.getByLabel(/^Adresse e-mail/).fill(email);
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    const answer = page.getByTestId('reset-requested');
    await answer.waitFor();
    expect(await answer.innerText()).to.contain('Si un compte PRO.ONE correspond à cette adresse');
    await expectAccessible(page, 'the neutral answer');

    // The link from the e-mail: the secret is in its fragment, taken off the address bar at once.
    const mail = await waitForMail(sys, email, (m) => (m.text ?? '').includes('/mot-de-passe/nouveau#'));
    const link = linkIn(mail, sys.baseUrl);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    await page.getByLabel(/^Nouveau mot de passe/).waitFor();
    expect(page.url(), 'no secret left in the address bar').to.equal(`${sys.baseUrl}/mot-de-passe/nouveau`);
    await expectAccessible(page, 'the new password form');

    await page.getByLabel(/^Nouveau mot de passe/).fill('trop court');
    await page.getByLabel(/^Confirmez le nouveau mot de passe/).fill('autre chose');
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    const summary = page.getByTestId('form-error');
    await summary.waitFor();
    expect(await summary.innerText()).to.contain('au moins 12 caractères');
    expect(await summary.innerText()).to.contain('ne sont pas identiques');
    await expectAccessible(page, 'the new password form with errors');

    await page.getByLabel(/^Nouveau mot de passe/).fill(newPassword);
    await page.getByLabel(/^Confirmez le nouveau mot de passe/).fill(newPassword);
    await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).click();
    await page.waitForURL('**/connexion?info=mot-de-passe-modifie');
    const info = page.getByTestId('login-info');
    await info.waitFor();
    expect(await info.innerText()).to.contain(
      'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.',
    );
    await expectAccessible(page, 'the login page after the change');

    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.getByTestId('user-name').filter({ hasText: p.displayName }).waitFor();
    await expectAccessible(page, 'the home page after logging in with the new password');

    // The same link again, on a phone: a clear page, and a way to ask for a new one.
    const again = await newPage({ width: 360, height: 740 });
    await again.goto(link);
    const heading = again.getByRole('heading', { level: 1, name: 'Ce lien n’est plus valable' });
    await heading.waitFor();
    expect(await again.getByTestId('reset-link-invalid').innerText()).to.contain('lien n’est plus valable');
    expect(again.url()).to.equal(`${sys.baseUrl}/mot-de-passe/nouveau`);
    expect(await again.getByLabel(/^Nouveau mot de passe/).count()).to.equal(0);
    await expectAccessible(again, 'the page of a link no longer valid');
    await expectNoHorizontalScroll(again, 'the page of a link no longer valid');
    await again.getByRole('link', { name: 'Demander un nouveau lien' }).click();
    await again.waitForURL('**/mot-de-passe-oublie');
    await again.getByRole('button', { name: 'Recevoir un lien' }).waitFor();
    await expectAccessible(again, 'the forgotten password page on a phone');
  });
});
