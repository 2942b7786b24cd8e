import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

/**
 * A local OpenID Connect provider standing in for CSAM (the federal login gateway: eID, itsme,
 * clés BOSA), for `npm start` and the tests. It is a real OIDC provider (`oidc-provider`):
 * authorization code with PKCE, signed ID tokens, discovery. Only the « authentication » is
 * pretend: the person picks who they are on a page, without a card or an app.
 *
 * Like CSAM, it puts the national register number in the ID token (claim `niss`). The
 * application compares only its keyed fingerprint; this provider keeps it in memory only and
 * logs nothing.
 */
export interface DevIdentity {
  sub: string;
  givenName: string;
  familyName: string;
  email: string;
  niss: string;
}

export interface DevOidcProviderOptions {
  /** 0 for any free port. */
  port: number;
  host?: string;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  identities: DevIdentity[];
}

export interface DevOidcProvider {
  issuer: string;
  /** Adds a person who can log in (tests create people as they go). */
  addIdentity(identity: DevIdentity): void;
  stop(): Promise<void>;
}

export async function startDevOidcProvider(options: DevOidcProviderOptions): Promise<DevOidcProvider> {
  const identities = new Map(options.identities.map((i) => [i.sub, i]));
  const host = options.host ?? '127.0.0.1';

  let handler: http.RequestListener = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;

  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    format: 'jwk',
  });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: 'csam-stand-in', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: {
      openid: ['sub'],
      profile: ['given_name', 'family_name'],
      email: ['email'],
      niss: ['niss'],
    },
    scopes: ['openid', 'profile', 'email', 'niss'],
    // As CSAM does: the identity travels in the ID token itself.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    // Short lifetimes, in seconds: a stand-in keeps everything in memory.
    ttl: {
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      IdToken: 600,
      AccessToken: 600,
    },
    pkce: { required: () => true },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const identity = identities.get(sub);
      if (!identity) return undefined;
      return {
        accountId: sub,
        async claims() {
          return {
            sub,
            given_name: identity.givenName,
            family_name: identity.familyName,
            email: identity.email,
            niss: identity.niss,
          };
        },
      };
    },
  });
  const callback = provider.callback();

  handler = (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const match = /^\/interaction\/([\w-]+)(\/(login|abort))?$/.exec(url.pathname);
    if (!match) return void callback(req, res);
    interaction(req, res, match[2] ? match[3] : undefined).catch((err: unknown) => {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(
        page(
          'Connexion interrompue',
          `<p>La demande de connexion a expiré ou n'est plus valable. Retournez sur PRO.ONE et recommencez.</p>
           <p class="muted">${escape(err instanceof Error ? err.name : 'Erreur')}</p>`,
        ),
      );
    });
  };

  async function interaction(req: http.IncomingMessage, res: http.ServerResponse, action?: string) {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET' && !action) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.end(loginPage(details.uid, [...identities.values()]));
      return;
    }
    if (req.method !== 'POST') {
      res.statusCode = 405;
      res.end();
      return;
    }
    if (action === 'abort') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'Connexion annulée' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const form = new URLSearchParams(await readBody(req));
    const identity = identities.get(form.get('identite') ?? '');
    if (!identity) {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(loginPage(details.uid, [...identities.values()], 'Choisissez la personne à connecter.'));
      return;
    }
    // The login and the consent at once: CSAM does not ask a consent of its own for PRO.ONE.
    const params = details.params as Record<string, string>;
    const grant = new provider.Grant({ accountId: identity.sub, clientId: params.client_id });
    grant.addOIDCScope(params.scope ?? 'openid');
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: identity.sub }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  return {
    issuer,
    addIdentity(identity) {
      identities.set(identity.sub, identity);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
      if (data.length > 10_000) req.destroy(new Error('body too large'));
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const TITLE = 'Simulateur CSAM — connexion forte (eID, itsme, clés BOSA)';

function page(heading: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(heading)} — ${escape(TITLE)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #f4f6f8; line-height: 1.5; }
  header { background: #1d3557; color: #fff; padding: 1rem 1.5rem; }
  header p { margin: 0; font-weight: 600; }
  main { max-width: 40rem; margin: 1.5rem auto; padding: 0 1rem; }
  .card { background: #fff; border: 1px solid #c5ccd3; border-radius: 0.5rem; padding: 1rem 1.5rem; }
  .notice { background: #fff4d6; border-left: 4px solid #8a5a00; padding: 0.75rem 1rem; }
  fieldset { border: 1px solid #c5ccd3; border-radius: 0.5rem; padding: 0.5rem 1rem 1rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .choice { display: flex; gap: 0.5rem; align-items: center; padding: 0.25rem 0; }
  input[type=radio] { width: 1.25rem; height: 1.25rem; }
  .actions { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 1rem; }
  button { font: inherit; padding: 0.6rem 1.2rem; border-radius: 0.35rem; cursor: pointer; }
  .primary { background: #1d3557; color: #fff; border: 2px solid #1d3557; }
  .secondary { background: #fff; color: #1d3557; border: 2px solid #1d3557; }
  button:focus-visible, input:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
  .error { color: #a4161a; font-weight: 600; }
  .muted { color: #4a5560; }
</style>
</head>
<body>
<header><p>CSAM — simulateur local</p></header>
<main>
<h1>${escape(TITLE)}</h1>
${body}
</main>
</body>
</html>`;
}

function loginPage(uid: string, identities: DevIdentity[], error?: string): string {
  const sorted = [...identities].sort((a, b) =>
    `${a.givenName} ${a.familyName}`.localeCompare(`${b.givenName} ${b.familyName}`, 'fr'),
  );
  const choices = sorted
    .map(
      (i, n) => `<div class="choice">
      <input type="radio" name="identite" id="identite-${n}" value="${escape(i.sub)}" required>
      <label for="identite-${n}">${escape(`${i.givenName} ${i.familyName}`)}</label>
    </div>`,
    )
    .join('\n');
  return page(
    'Connexion',
    `<p class="notice">Ce simulateur remplace CSAM sur les postes de développement et de test. Sur le portail
réel, vous vous identifiez avec votre carte d'identité électronique (eID) et un lecteur de carte, avec
l'application itsme, ou avec vos clés numériques BOSA (code de sécurité par e-mail ou application).</p>
<div class="card">
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
  <fieldset>
    <legend>Qui se connecte ?</legend>
    ${choices}
  </fieldset>
  <div class="actions">
    <button class="primary" type="submit">Se connecter avec itsme</button>
  </div>
</form>
<form method="post" action="/interaction/${escape(uid)}/abort">
  <div class="actions"><button class="secondary" type="submit">Annuler</button></div>
</form>
</div>`,
  );
}

/** The stand-in's people, from the demo seed (or any list of people with a NISS). */
export function identitiesOf(
  people: Array<{ id: string; firstName: string; lastName: string; email: string; niss: string }>,
): DevIdentity[] {
  return people.map((p) => ({
    sub: `csam-${p.id}`,
    givenName: p.firstName,
    familyName: p.lastName,
    email: p.email,
    niss: p.niss,
  }));
}
