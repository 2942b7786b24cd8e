import { expect } from 'chai';
import { hashPassword } from '../../common/node/passwords';
import { createPersonalDataCipher } from '../../common/node/personal-data';
import { passwordAttemptsByIp } from '../../api/auth/throttle';
import { hashToken } from '../../api/auth/sessions';
import { testSystem, type TestSystem } from '../support/system';
import { ApiClient, newNiss } from '../support/api-client';
import { newProvider } from '../support/fixtures';

const PASSWORD = 'Un-mot-de-passe-2026';
const GENERIC = 'Adresse e-mail ou mot de passe incorrect.';

describe('API: login and sessions (strong login through the CSAM stand-in, password login, conversion)', () => {
  let sys: TestSystem;

  before(async () => {
    sys = await testSystem();
  });

  beforeEach(() => passwordAttemptsByIp.clear());
  after(() => passwordAttemptsByIp.clear());

  /** A childminder who still has the old password login; `niss` is on file when given. */
  async function passwordAccount(niss?: string) {
    const p = await newProvider(sys.db);
    const email = `${p.userId}@exemple.be`;
    const cipher = createPersonalDataCipher(sys.config.personalDataKey);
    await sys
      .db('users')
      .where({ id: p.userId })
      .update({
        loginMethod: 'password',
        passwordHash: await hashPassword(PASSWORD),
        nissFingerprint: niss ? cipher.fingerprint(niss) : null,
      });
    return { ...p, email };
  }

  async function liveSessions(userId: string): Promise<number> {
    const rows = await sys.db('sessions').where({ userId }).whereNull('endedAt');
    return rows.length;
  }

  it('logs in strongly through the OpenID provider and opens a strong server-side session', async () => {
    const client = new ApiClient(sys.baseUrl);
    await client.login('u-dubois');
    const me = await client.get('/api/session');
    expect(me.status).to.equal(200);
    expect(me.body.user.displayName).to.equal('Sophie Dubois');
    expect(me.body.user.loginMethod).to.equal('strong');
    expect(me.body.csrfToken).to.be.a('string').with.length.above(20);
    expect(me.headers.get('cache-control')).to.equal('no-store');

    const token = client.cookie('pro_one_session')!;
    const row = await sys
      .db('sessions')
      .where({ id: hashToken(token) })
      .first();
    expect(row, 'the table holds the hash of the token, never the token').to.not.equal(undefined);
    expect(row.loginMethod).to.equal('strong');
    expect(row.userId).to.equal('u-dubois');
    expect(await sys.db('sessions').where({ id: token }).first()).to.equal(undefined);
    expect(sys.logs(), 'the NISS of the ID token is never logged').not.to.contain('79041212637');
  });

  it('sets an HttpOnly, SameSite=Lax session cookie on the whole site', async () => {
    const { email } = await passwordAccount();
    const client = new ApiClient(sys.baseUrl);
    const res = await client.loginWithPassword(email, PASSWORD);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('pro_one_session='))!;
    expect(cookie).to.match(/httponly/i);
    expect(cookie).to.match(/samesite=lax/i);
    expect(cookie).to.match(/path=\//i);
    expect(cookie, 'not Secure outside production (plain http locally)').not.to.match(/secure/i);
  });

  it('sends an unknown person back to the login page with an explanation', async () => {
    sys.oidc.addIdentity({
      sub: 'csam-inconnu',
      givenName: 'Personne',
      familyName: 'Inconnue',
      email: 'inconnue@exemple.be',
      niss: newNiss(),
    });
    const client = new ApiClient(sys.baseUrl);
    const landed = await client.strongLogin('csam-inconnu');
    expect(new URL(landed).pathname + new URL(landed).search).to.equal('/connexion?erreur=inconnu');
    expect((await client.get('/api/session')).status).to.equal(401);
  });

  it('sends the person back to the login page when the strong login is unavailable', async () => {
    const issuer = sys.config.oidc.issuer;
    try {
      sys.config.oidc.issuer = undefined;
      const res = await new ApiClient(sys.baseUrl).get('/api/auth/oidc/start');
      expect(res.status).to.equal(302);
      expect(res.headers.get('location')).to.equal('/connexion?erreur=indisponible');
    } finally {
      sys.config.oidc.issuer = issuer;
    }
  });

  it('logs in with a password for an unconverted account, and resets the failure count', async () => {
    const { userId, email } = await passwordAccount();
    await sys.db('users').where({ id: userId }).update({ failedLoginCount: 3 });
    const client = new ApiClient(sys.baseUrl);
    const res = await client.loginWithPassword(email.toUpperCase(), PASSWORD);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.user.loginMethod).to.equal('password');
    expect(res.body.csrfToken).to.be.a('string');
    expect((await client.get('/api/session')).body.user.id).to.equal(userId);
    expect((await sys.db('users').where({ id: userId }).first()).failedLoginCount).to.equal(0);
  });

  it('answers the same generic error for a wrong password, an unknown address and a strong account', async () => {
    const { email } = await passwordAccount();
    const client = new ApiClient(sys.baseUrl);
    const wrong = await client.loginWithPassword(email, 'pas-le-bon');
    const unknown = await client.loginWithPassword('personne@nulle-part.be', PASSWORD);
    const strong = await client.loginWithPassword('sophie.dubois@exemple.be', PASSWORD);
    for (const res of [wrong, unknown, strong]) {
      expect(res.status).to.equal(401);
      expect(res.body.error).to.deep.equal({ code: 'LOGIN_FAILED', message: GENERIC });
    }
    expect((await client.get('/api/session')).status).to.equal(401);
  });

  it('locks an account for 15 minutes after 5 failures in a row, without saying so', async () => {
    const { userId, email } = await passwordAccount();
    const client = new ApiClient(sys.baseUrl);
    for (let i = 0; i < 5; i++) {
      expect((await client.loginWithPassword(email, `faux-${i}`)).status).to.equal(401);
    }
    const user = await sys.db('users').where({ id: userId }).first();
    const minutes = (new Date(user.lockedUntil).getTime() - Date.now()) / 60_000;
    expect(minutes).to.be.within(14, 15.1);
    const locked = await client.loginWithPassword(email, PASSWORD);
    expect(locked.status, 'even the right password is refused while locked').to.equal(401);
    expect(locked.body.error.message).to.equal(GENERIC);

    await sys
      .db('users')
      .where({ id: userId })
      .update({ lockedUntil: new Date(Date.now() - 1000) });
    expect((await client.loginWithPassword(email, PASSWORD)).status, 'after the lock').to.equal(200);
  });

  it('throttles password attempts per address: 429 after 20 in 5 minutes', async () => {
    const client = new ApiClient(sys.baseUrl);
    for (let i = 0; i < 20; i++) {
      expect((await client.loginWithPassword(`x${i}@exemple.be`, 'x')).status).to.equal(401);
    }
    const res = await client.loginWithPassword('x@exemple.be', 'x');
    expect(res.status).to.equal(429);
    expect(res.body.error.code).to.equal('TOO_MANY_ATTEMPTS');
    expect(Number(res.headers.get('retry-after'))).to.be.above(0);
  });

  it('ends a session left idle too long, and any session past its absolute lifetime', async () => {
    const idle = new ApiClient(sys.baseUrl);
    await idle.login('u-collin');
    const saved = { ...sys.config.sessions };
    try {
      sys.config.sessions.idleMinutes = 1;
      await sys
        .db('sessions')
        .where({ id: hashToken(idle.cookie('pro_one_session')!) })
        .update({ lastSeenAt: new Date(Date.now() - 61_000) });
      expect((await idle.get('/api/session')).status).to.equal(401);
      const row = await sys
        .db('sessions')
        .where({ id: hashToken(idle.cookie('pro_one_session')!) })
        .first();
      expect(row.endReason).to.equal('idle');

      sys.config.sessions.absoluteHours = 0; // a session expires as soon as it opens
      const expired = new ApiClient(sys.baseUrl);
      await expired.strongLogin('csam-u-collin');
      expect((await expired.get('/api/session')).status).to.equal(401);
      const ended = await sys
        .db('sessions')
        .where({ id: hashToken(expired.cookie('pro_one_session')!) })
        .first();
      expect(ended.endReason).to.equal('expired');
    } finally {
      Object.assign(sys.config.sessions, saved);
    }
  });

  it('logs out: the server session ends and the cookie no longer opens anything', async () => {
    const client = new ApiClient(sys.baseUrl);
    await client.login('u-peeters');
    const token = client.cookie('pro_one_session')!;
    expect((await client.delete('/api/session')).status).to.equal(204);
    const row = await sys
      .db('sessions')
      .where({ id: hashToken(token) })
      .first();
    expect(row.endedAt).to.not.equal(null);
    expect(row.endReason).to.equal('logout');
    const replay = await fetch(`${sys.baseUrl}/api/session`, {
      headers: { Cookie: `pro_one_session=${token}` },
    });
    expect(replay.status).to.equal(401);
  });

  it('refuses a state-changing request without the session’s CSRF token', async () => {
    const client = new ApiClient(sys.baseUrl);
    await client.login('u-peeters');
    const token = client.csrfToken;
    client.csrfToken = undefined;
    const missing = await client.delete('/api/session');
    expect(missing.status).to.equal(403);
    expect(missing.body.error.code).to.equal('CSRF_REFUSED');
    const wrong = await client.request('DELETE', '/api/session', undefined, { 'X-CSRF-Token': 'faux' });
    expect(wrong.status).to.equal(403);
    expect((await client.get('/api/session')).status, 'still logged in').to.equal(200);
    client.csrfToken = token;
    expect((await client.delete('/api/session')).status).to.equal(204);
  });

  describe('« Convertir mon utilisateur »', () => {
    let n = 0;
    const input = (niss: string) => ({
      firstName: 'Camille',
      lastName: 'Convertie',
      email: `camille.convertie.${process.pid}.${++n}@exemple.be`,
      niss,
      consent: true,
    });

    it('validates the NISS checksum and the consent, and changes nothing on error', async () => {
      const { userId, email } = await passwordAccount();
      const client = new ApiClient(sys.baseUrl);
      await client.loginWithPassword(email, PASSWORD);
      const before = await sys.db('users').where({ id: userId }).first();

      const badNiss = await client.post('/api/me/conversion', input('85073003329'));
      expect(badNiss.status).to.equal(400);
      expect(badNiss.body.error.code).to.equal('VALIDATION_FAILED');
      expect(badNiss.body.error.details).to.deep.include({
        path: 'niss',
        message: 'Numéro de registre national invalide',
      });

      const noConsent = await client.post('/api/me/conversion', { ...input(newNiss()), consent: false });
      expect(noConsent.status).to.equal(400);
      expect(noConsent.body.error.details).to.deep.include({
        path: 'consent',
        message: 'Vous devez donner votre accord',
      });
      const missing = await client.post('/api/me/conversion', { ...input(newNiss()), consent: undefined });
      expect(missing.body.error.details).to.deep.include({
        path: 'consent',
        message: 'Vous devez donner votre accord',
      });

      expect(await sys.db('users').where({ id: userId }).first()).to.deep.equal(before);
      expect((await client.get('/api/session')).status, 'the session goes on').to.equal(200);
    });

    it('accepts both century rules of the NISS (born before and after 2000)', async () => {
      const born2005 = (() => {
        const base = `05031${String(100 + Math.floor(Math.random() * 899)).padStart(4, '0')}`;
        return base + String(97 - ((2_000_000_000 + Number(base)) % 97)).padStart(2, '0');
      })();
      for (const niss of [newNiss(), born2005]) {
        const { email } = await passwordAccount(niss);
        const client = new ApiClient(sys.baseUrl);
        await client.loginWithPassword(email, PASSWORD);
        const res = await client.post('/api/me/conversion', input(niss));
        expect(res.status, `${niss}: ${JSON.stringify(res.body)}`).to.equal(200);
      }
    });

    it('refuses a NISS that is not the account’s own', async () => {
      const { userId, email } = await passwordAccount(newNiss());
      const client = new ApiClient(sys.baseUrl);
      await client.loginWithPassword(email, PASSWORD);
      const res = await client.post('/api/me/conversion', input(newNiss()));
      expect(res.status).to.equal(400);
      expect(res.body.error.code).to.equal('NISS_MISMATCH');
      expect(res.body.error.message).to.contain('ne correspond pas');
      expect((await sys.db('users').where({ id: userId }).first()).loginMethod).to.equal('password');
    });

    it('converts: every session ends, the password login closes, the next login is strong', async () => {
      const niss = newNiss();
      const { userId, email } = await passwordAccount();
      const client = new ApiClient(sys.baseUrl);
      const other = new ApiClient(sys.baseUrl);
      await client.loginWithPassword(email, PASSWORD);
      await other.loginWithPassword(email, PASSWORD);
      expect(await liveSessions(userId)).to.equal(2);

      const res = await client.post('/api/me/conversion', input(niss));
      expect(res.status, JSON.stringify(res.body)).to.equal(200);
      expect(res.body.next).to.equal('/api/auth/oidc/start');
      expect(await liveSessions(userId)).to.equal(0);
      const audit = await sys
        .db('audit_events')
        .where({ subjectType: 'User', subjectId: userId, action: 'change' })
        .first();
      expect(audit.loginMethod).to.equal('password');
      expect(audit.fields).to.include.members(['niss', 'loginMethod', 'email']);
      expect(JSON.stringify(audit.changes)).not.to.contain(niss);
      expect(audit.changes.loginMethod).to.deep.equal({ old: 'password', new: 'strong' });
      expect((await client.get('/api/session')).status).to.equal(401);
      expect((await other.get('/api/session')).status).to.equal(401);

      const user = await sys.db('users').where({ id: userId }).first();
      expect(user.loginMethod).to.equal('strong');
      expect(user.passwordHash).to.equal(null);
      expect(user.convertedAt).to.be.instanceOf(Date);
      expect(user.displayName).to.equal('Camille Convertie');
      expect(user.nissFingerprint).to.equal(
        createPersonalDataCipher(sys.config.personalDataKey).fingerprint(niss),
      );
      expect(JSON.stringify(user), 'the NISS is never stored in clear').not.to.contain(niss);

      const again = await new ApiClient(sys.baseUrl).loginWithPassword(email, PASSWORD);
      expect(again.status).to.equal(401);
      expect(again.body.error.message).to.equal(GENERIC);

      sys.oidc.addIdentity({
        sub: `csam-converted-${userId}`,
        givenName: 'Camille',
        familyName: 'Convertie',
        email: 'camille@exemple.be',
        niss,
      });
      const strong = new ApiClient(sys.baseUrl);
      expect(new URL(await strong.strongLogin(`csam-converted-${userId}`)).pathname).to.equal('/');
      const me = await strong.get('/api/session');
      expect(me.body.user.id).to.equal(userId);
      expect(me.body.user.loginMethod).to.equal('strong');
      expect(me.body.account.loginMethod).to.equal('strong');

      const twice = await (async () => {
        await strong.refreshCsrf();
        return strong.post('/api/me/conversion', input(niss));
      })();
      expect(twice.status).to.equal(409);
      expect(twice.body.error.code).to.equal('ALREADY_STRONG');
    });
  });
});
