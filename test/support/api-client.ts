import { createPersonalDataCipher } from '../../common/node/personal-data';
import { DEMO_USERS } from '../../db/seeds/demo';
import { identitiesOf, type DevIdentity } from '../../runtime/oidc-dev-provider';
import { testSystem } from './system';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever JSON came back
type Json = any;

const DEMO_IDENTITIES = new Map(identitiesOf(DEMO_USERS).map((i, n) => [DEMO_USERS[n].id, i]));
/** People the tests created and made known to the CSAM stand-in, by user id. */
const testIdentities = new Map<string, DevIdentity>();
let nissCounter = 0;

/** A fresh, checksum-valid national register number (born in the 1960s, never a demo one). */
export function newNiss(): string {
  nissCounter += 1;
  const seq = (process.pid * 7 + nissCounter * 13 + Math.floor(Math.random() * 500)) % 997;
  const base = `6${Math.floor(Math.random() * 10)}${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}${String(seq + 1).padStart(3, '0')}`;
  const check = 97 - (Number(base) % 97);
  return base + String(check).padStart(2, '0');
}

/**
 * A browser-like client for the API: keeps cookies (one jar, as a browser does for one host:
 * the application and the CSAM stand-in both listen on 127.0.0.1), speaks JSON, and sends the
 * session's CSRF token on state-changing requests, as the interface does.
 */
export class ApiClient {
  private readonly jar = new Map<string, string>();
  /** The session's CSRF token (from GET /api/session); unset it to test the refusal. */
  csrfToken: string | undefined;

  constructor(private readonly baseUrl: string) {}

  /**
   * Logs in for real, as a person would with the strong login: /api/auth/oidc/start → the CSAM
   * stand-in's page → « Se connecter avec itsme » → the callback, which opens the session. People
   * the tests create get a NISS on the fly, and the stand-in learns who they are.
   */
  async login(userId: string): Promise<void> {
    const identity = await identityFor(userId);
    const landed = await this.strongLogin(identity.sub);
    if (new URL(landed).pathname !== '/') throw new Error(`strong login failed for ${userId}: ${landed}`);
    await this.refreshCsrf();
  }

  /** Runs the OIDC flow, choosing `sub` on the stand-in's page; returns where it finally lands. */
  async strongLogin(sub: string): Promise<string> {
    let url = new URL('/api/auth/oidc/start', this.baseUrl);
    let method = 'GET';
    let body: string | undefined;
    for (let hop = 0; hop < 20; hop++) {
      const res = await fetch(url, {
        method,
        redirect: 'manual',
        headers: {
          ...(this.cookieHeader() ? { Cookie: this.cookieHeader() } : {}),
          ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
        },
        body,
      });
      this.keepCookies(res);
      method = 'GET';
      body = undefined;
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        url = new URL(location, url);
        if (url.origin === this.baseUrl && !url.pathname.startsWith('/api/')) return url.href;
        continue;
      }
      const html = await res.text();
      const form = /<form method="post" action="([^"]+\/login)"/.exec(html);
      if (res.status !== 200 || !form) throw new Error(`unexpected answer ${res.status} at ${url.href}`);
      url = new URL(form[1], url);
      method = 'POST';
      body = new URLSearchParams({ identite: sub }).toString();
    }
    throw new Error('too many redirects');
  }

  async loginWithPassword(email: string, password: string) {
    const res = await this.post('/api/auth/password', { email, password });
    if (res.status === 200) this.csrfToken = res.body.csrfToken;
    return res;
  }

  async refreshCsrf(): Promise<void> {
    const res = await this.get('/api/session');
    this.csrfToken = res.status === 200 ? res.body.csrfToken : undefined;
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: Json; headers: Headers }> {
    const res = await fetch(this.baseUrl + path, {
      method,
      redirect: 'manual',
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(this.cookieHeader() ? { Cookie: this.cookieHeader() } : {}),
        ...(method !== 'GET' && method !== 'HEAD' && this.csrfToken
          ? { 'X-CSRF-Token': this.csrfToken }
          : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    this.keepCookies(res);
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, body: unknown = {}, headers: Record<string, string> = {}) {
    return this.request('POST', path, body, headers);
  }
  delete(path: string) {
    return this.request('DELETE', path);
  }

  /** The raw session cookie, e.g. to replay it from another client. */
  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  /** The Cookie header this client sends, e.g. to fetch a binary file with its session. */
  cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(res: Response): void {
    for (const sc of res.headers.getSetCookie()) {
      const [pair, ...attributes] = sc.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*expires=/i.test(a) && new Date(a.split('=')[1]).getTime() < Date.now(),
      );
      if (!value || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }
}

/** The CSAM identity of a user: a demo person's, or one made up for a person a test created. */
async function identityFor(userId: string): Promise<DevIdentity> {
  const known = DEMO_IDENTITIES.get(userId) ?? testIdentities.get(userId);
  if (known) return known;
  const sys = await testSystem();
  const user = await sys
    .db('users')
    .where({ id: userId })
    .first('firstName', 'lastName', 'displayName', 'email', 'nissFingerprint');
  if (!user) throw new Error(`no user ${userId}`);
  if (user.nissFingerprint)
    throw new Error(`${userId} already has a NISS the tests do not know: add its identity to sys.oidc`);
  const niss = newNiss();
  const cipher = createPersonalDataCipher(sys.config.personalDataKey);
  await sys
    .db('users')
    .where({ id: userId })
    .update({ nissFingerprint: cipher.fingerprint(niss) });
  const [givenName, ...rest] = String(user.displayName).split(' ');
  const identity: DevIdentity = {
    sub: `csam-${userId}`,
    givenName: user.firstName ?? givenName,
    familyName: user.lastName ?? rest.join(' '),
    email: user.email ?? `${userId}@exemple.be`,
    niss,
  };
  sys.oidc.addIdentity(identity);
  testIdentities.set(userId, identity);
  return identity;
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
