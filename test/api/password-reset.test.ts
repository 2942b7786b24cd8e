import { expect } from 'chai';
import { hashPassword } from '../../common/node/passwords';
import { resetTokenHash } from '../../common/node/password-reset-token';
import { passwordAttemptsByIp, passwordResetRequestsByIp } from '../../api/auth/throttle';
import { MAX_RESET_REQUESTS_PER_HOUR, RESET_REQUESTED_MESSAGE } from '../../api/routes/password-reset';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, eventually } from '../support/api-client';
import { newProvider } from '../support/fixtures';
import { linkIn, mailsTo, waitForMail } from '../support/mail';
import type { CaughtMail } from '../../runtime/mail-catcher';

const OLD_PASSWORD = 'Ancien-mot-de-passe-2026';
const NEW_PASSWORD = 'Une phrase toute neuve 2026';

describe('API: « Mot de passe oublié ? » (a single-use link by e-mail)', function () {
  this.timeout(180_000);
  let sys: TestSystem;

  before(async () => {
    sys = await testSystem();
  });

  beforeEach(() => {
    passwordAttemptsByIp.clear();
    passwordResetRequestsByIp.clear();
  });
  after(() => {
    passwordAttemptsByIp.clear();
    passwordResetRequestsByIp.clear();
  });

  /** A childminder who still logs in with a password. */
  async function passwordAccount() {
    const p = await newProvider(sys.db);
    const email = `${p.userId}@exemple.be`;
    await sys
      .db('users')
      .where({ id: p.userId })
      .update({ loginMethod: 'password', passwordHash: await hashPassword(OLD_PASSWORD) });
    return { ...p, email };
  }

  const ask = (email: string) => new ApiClient(sys.baseUrl).post('/api/auth/password-reset', { email });
  const isResetLink = (m: CaughtMail) => (m.text ?? '').includes('/mot-de-passe/nouveau#');

  /** Asks for a link and reads it from the new message, as the person would. */
  async function resetLinkFor(email: string, seen: string[] = []): Promise<string> {
    const res = await ask(email);
    expect(res.status, JSON.stringify(res.body)).to.equal(202);
    return eventually(
      async () => {
        const links = (await mailsTo(sys, email)).filter(isResetLink).map((m) => linkIn(m, sys.baseUrl));
        return links.find((l) => !seen.includes(l));
      },
      30_000,
      `a new reset mail to ${email}`,
    );
  }

  const tokenOf = (link: string) => new URL(link).hash.slice(1);

  async function confirm(token: string, password = NEW_PASSWORD) {
    return new ApiClient(sys.baseUrl).post('/api/auth/password-reset/confirm', { token, password });
  }

  /** Every row of every table of the public schema, as JSON text. */
  async function databaseDump(): Promise<string> {
    const tables = (await sys.db.raw(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )) as { rows: Array<{ name: string }> };
    const parts: string[] = [];
    for (const t of tables.rows) {
      const rows = (await sys.db.raw(`select row_to_json(t)::text as line from ?? t`, [t.name])) as {
        rows: Array<{ line: string }>;
      };
      parts.push(rows.rows.map((r) => r.line).join('\n'));
    }
    return parts.join('\n');
  }

  it('answers the same for an unknown and a known address, and mails only the known one', async () => {
    const { email, displayName } = await passwordAccount();
    const unknownAddress = `personne-${Date.now()}@nulle-part.be`;
    const unknown = await ask(unknownAddress);
    const known = await ask(email.toUpperCase());
    expect(unknown.status).to.equal(202);
    expect(known.status).to.equal(202);
    expect(known.body).to.deep.equal(unknown.body);
    expect(known.body).to.deep.equal({ message: RESET_REQUESTED_MESSAGE });
    expect(known.body.message).to.contain('Si un compte PRO.ONE correspond à cette adresse');

    const mail = await waitForMail(sys, email, isResetLink);
    expect(mail.subject).to.equal('Choisir un nouveau mot de passe PRO.ONE');
    expect(mail.text).to.contain(`Bonjour ${displayName},`);
    expect(mail.text).to.contain('valable 30 minutes');
    expect(mail.text).to.contain('une seule fois');
    expect(mail.text).to.contain('votre mot de passe reste le même');
    expect(mail.html).to.contain('Choisir un nouveau mot de passe');
    expect(
      await mailsTo(sys, unknownAddress),
      'nothing is sent to an address with no account',
    ).to.have.length(0);
    expect(
      await sys.db('mail_messages').whereRaw('lower(to_address) = ?', [unknownAddress]).first(),
    ).to.equal(undefined);
  });

  it('sends a working link whose secret is in no database column and no log', async () => {
    const { email, userId } = await passwordAccount();
    const link = await resetLinkFor(email);
    expect(link.startsWith(`${sys.baseUrl}/mot-de-passe/nouveau#`), link).to.equal(true);
    const token = tokenOf(link);
    expect(token).to.have.length.above(30);

    const reset = await sys.db('password_resets').where({ userId }).first();
    expect(reset.tokenHash, 'the table holds the hash of the secret').to.equal(resetTokenHash(token));
    expect(new Date(reset.expiresAt).getTime() - new Date(reset.createdAt).getTime()).to.equal(30 * 60_000);
    expect(reset.usedAt).to.equal(null);
    const message = await sys
      .db('mail_messages')
      .where({ key: `password-reset:${reset.id}` })
      .first();
    expect(message.template).to.equal('password-reset');
    expect(message.params, 'the message row holds the reset id only').to.deep.equal({ resetId: reset.id });
    expect(message.toAddress).to.equal(email);

    const check = await new ApiClient(sys.baseUrl).post('/api/auth/password-reset/check', { token });
    expect(check.status, JSON.stringify(check.body)).to.equal(200);
    expect(check.body.valid).to.equal(true);

    const dump = await databaseDump();
    expect(dump, 'the dump holds the hash').to.contain(resetTokenHash(token));
    expect(dump.includes(token), 'the secret in the database').to.equal(false);
    expect(sys.logs().includes(token), 'the secret in the logs').to.equal(false);
    expect(sys.logs().includes(email), 'the address in the logs').to.equal(false);
  });

  it('sets the new password: it logs in, the old one does not, every session ended, the lock lifted, on record', async () => {
    const { email, userId, providerId } = await passwordAccount();
    // Two browsers open with the old password, and an account locked by failed attempts.
    const before = new ApiClient(sys.baseUrl);
    expect((await before.loginWithPassword(email, OLD_PASSWORD)).status).to.equal(200);
    const other = new ApiClient(sys.baseUrl);
    expect((await other.loginWithPassword(email, OLD_PASSWORD)).status).to.equal(200);
    const link = await resetLinkFor(email);
    await sys
      .db('users')
      .where({ id: userId })
      .update({ failedLoginCount: 4, lockedUntil: new Date(Date.now() + 10 * 60_000) });

    const tooShort = await confirm(tokenOf(link), 'court');
    expect(tooShort.status).to.equal(400);
    expect(tooShort.body.error.code).to.equal('VALIDATION_FAILED');
    expect(tooShort.body.error.details).to.deep.equal([
      { path: 'password', message: 'Le mot de passe doit compter au moins 12 caractères' },
    ]);

    const done = await confirm(tokenOf(link));
    expect(done.status, JSON.stringify(done.body)).to.equal(200);
    expect(done.body.next).to.equal('/connexion?info=mot-de-passe-modifie');

    expect((await before.get('/api/session')).status, 'a session opened before the reset').to.equal(401);
    expect((await other.get('/api/session')).status).to.equal(401);
    const sessions = await sys.db('sessions').where({ userId });
    expect(sessions).to.have.length(2);
    for (const s of sessions) expect(s.endReason).to.equal('password_reset');

    const account = await sys.db('users').where({ id: userId }).first();
    expect(account.failedLoginCount).to.equal(0);
    expect(account.lockedUntil).to.equal(null);
    expect((await new ApiClient(sys.baseUrl).loginWithPassword(email, OLD_PASSWORD)).status).to.equal(401);
    const fresh = new ApiClient(sys.baseUrl);
    const login = await fresh.loginWithPassword(email, NEW_PASSWORD);
    expect(login.status, JSON.stringify(login.body)).to.equal(200);
    expect((await fresh.get('/api/session')).body.user.id).to.equal(userId);

    const audit = await sys
      .db('audit_events')
      .where({ subjectType: 'User', subjectId: userId, action: 'change' });
    expect(audit).to.have.length(1);
    expect(audit[0].providerId).to.equal(providerId);
    expect(audit[0].fields).to.deep.equal(['password']);
    expect(audit[0].reason).to.contain('Mot de passe oublié');
    const row = JSON.stringify(audit[0]);
    expect(row).not.to.contain(NEW_PASSWORD);
    expect(row).not.to.contain(tokenOf(link));
    expect(row).not.to.contain(account.passwordHash);
    expect(sys.logs().includes(NEW_PASSWORD), 'the password in the logs').to.equal(false);
  });

  it('works once: a second use, and an older link, answer RESET_LINK_INVALID', async () => {
    const { email, userId } = await passwordAccount();
    const first = await resetLinkFor(email);
    const second = await resetLinkFor(email, [first]);
    expect(tokenOf(first)).not.to.equal(tokenOf(second));

    expect((await confirm(tokenOf(second))).status).to.equal(200);
    const again = await confirm(tokenOf(second), 'Encore un autre mot de passe');
    expect(again.status).to.equal(410);
    expect(again.body.error.code).to.equal('RESET_LINK_INVALID');
    expect(again.body.error.message).to.contain('n’est plus valable');
    const older = await confirm(tokenOf(first), 'Encore un autre mot de passe');
    expect(older.status, 'a link sent before the change works no more').to.equal(410);
    expect(older.body.error.code).to.equal('RESET_LINK_INVALID');
    const check = await new ApiClient(sys.baseUrl).post('/api/auth/password-reset/check', {
      token: tokenOf(second),
    });
    expect(check.status).to.equal(410);
    expect(check.body.error.code).to.equal('RESET_LINK_INVALID');

    const unknown = await confirm('ceci-n-est-pas-un-lien-valable');
    expect(unknown.status).to.equal(410);
    expect(unknown.body.error.code).to.equal('RESET_LINK_INVALID');
    expect((await new ApiClient(sys.baseUrl).loginWithPassword(email, NEW_PASSWORD)).status).to.equal(200);
    expect(await sys.db('password_resets').where({ userId }).whereNull('usedAt')).to.have.length(0);
  });

  it('does not work after 30 minutes', async () => {
    const { email, userId } = await passwordAccount();
    const link = await resetLinkFor(email);
    await sys
      .db('password_resets')
      .where({ userId })
      .update({ expiresAt: sys.db.raw(`now() - interval '1 second'`) });
    const res = await confirm(tokenOf(link));
    expect(res.status).to.equal(410);
    expect(res.body.error.code).to.equal('RESET_LINK_INVALID');
    expect((await new ApiClient(sys.baseUrl).loginWithPassword(email, OLD_PASSWORD)).status).to.equal(200);
  });

  it(`sends at most ${MAX_RESET_REQUESTS_PER_HOUR} messages an hour to one address, with the same answer beyond`, async () => {
    const { email, userId } = await passwordAccount();
    const answers = [];
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_HOUR + 2; i++) answers.push(await ask(email));
    for (const a of answers) {
      expect(a.status).to.equal(202);
      expect(a.body).to.deep.equal({ message: RESET_REQUESTED_MESSAGE });
    }
    await eventually(
      async () => ((await mailsTo(sys, email)).length >= MAX_RESET_REQUESTS_PER_HOUR ? true : undefined),
      30_000,
      'the first messages',
    );
    expect(await sys.db('password_resets').where({ userId })).to.have.length(MAX_RESET_REQUESTS_PER_HOUR);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await mailsTo(sys, email)).to.have.length(MAX_RESET_REQUESTS_PER_HOUR);
  });

  it('sends nothing more from a client that asked too often, with the same answer', async () => {
    const { email } = await passwordAccount();
    for (let i = 0; i < passwordResetRequestsByIp.max; i++) {
      const res = await ask(`personne-${i}-${Date.now()}@nulle-part.be`);
      expect(res.status).to.equal(202);
    }
    const limited = await ask(email);
    expect(limited.status).to.equal(202);
    expect(limited.body).to.deep.equal({ message: RESET_REQUESTED_MESSAGE });
    await new Promise((r) => setTimeout(r, 1500));
    expect(
      await sys.db('mail_messages').whereRaw('lower(to_address) = ?', [email.toLowerCase()]),
    ).to.have.length(0);
    expect(await mailsTo(sys, email)).to.have.length(0);
  });

  it('tells an account on the strong login to use it, with no link', async () => {
    const p = await newProvider(sys.db); // strong login, no password
    const email = `${p.userId}@exemple.be`;
    const res = await ask(email);
    expect(res.status).to.equal(202);
    expect(res.body).to.deep.equal({ message: RESET_REQUESTED_MESSAGE });
    const mail = await waitForMail(sys, email);
    expect(mail.text).to.contain(`Bonjour ${p.displayName},`);
    expect(mail.text).to.contain('« Connexion avec eID / itsme / clés BOSA »');
    expect(mail.text).not.to.contain('/mot-de-passe/nouveau');
    expect(linkIn(mail, sys.baseUrl)).to.equal(`${sys.baseUrl}/connexion`);
    expect(await sys.db('password_resets').where({ userId: p.userId })).to.have.length(0);
    const row = await sys.db('mail_messages').where({ recipientUserId: p.userId }).first();
    expect(row.key).to.match(/^password-reset-strong:/);
    expect(row.params).to.deep.equal({ strongLogin: true });
    expect((await sys.db('users').where({ id: p.userId }).first()).passwordHash).to.equal(null);

    // The limit holds for them too.
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_HOUR; i++) expect((await ask(email)).status).to.equal(202);
    expect(await sys.db('mail_messages').where({ recipientUserId: p.userId })).to.have.length(
      MAX_RESET_REQUESTS_PER_HOUR,
    );
  });

  it('refuses a link of an account converted to the strong login since', async () => {
    const { email, userId } = await passwordAccount();
    const link = await resetLinkFor(email);
    await sys.db('users').where({ id: userId }).update({ loginMethod: 'strong', passwordHash: null });
    const res = await confirm(tokenOf(link));
    expect(res.status).to.equal(410);
    expect(res.body.error.code).to.equal('RESET_LINK_INVALID');
    expect((await sys.db('users').where({ id: userId }).first()).passwordHash).to.equal(null);
  });
});
