import * as client from 'openid-client';
import type { Config } from '../../common/node/config';

/**
 * The strong login's client side: authorization code + PKCE + state + nonce against the issuer
 * named by config.oidc (CSAM in production, the local stand-in in development and tests).
 * Discovery is done once, on first use, and retried after a failure.
 */
export interface OidcClient {
  authorizationUrl(): Promise<{ url: URL; checks: OidcChecks }>;
  /** Exchanges the code and returns the ID token's claims (verified: signature, nonce, audience). */
  callback(currentUrl: URL, checks: OidcChecks): Promise<Record<string, unknown>>;
}

export interface OidcChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export const OIDC_SCOPE = 'openid profile email niss';

export function redirectUri(config: Config): string {
  return `${config.http.publicUrl}/api/auth/oidc/callback`;
}

export function createOidcClient(config: Config): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;
  let discoveredFor: string | undefined;

  function configuration(): Promise<client.Configuration> {
    const issuer = config.oidc.issuer;
    if (!issuer) throw new Error('OIDC_ISSUER is not configured');
    if (!discovered || discoveredFor !== issuer) {
      discoveredFor = issuer;
      const insecure = issuer.startsWith('http://') && config.env !== 'production';
      discovered = client
        .discovery(
          new URL(issuer),
          config.oidc.clientId,
          config.oidc.clientSecret,
          undefined,
          insecure ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((err: unknown) => {
          discovered = undefined;
          throw err;
        });
    }
    return discovered;
  }

  return {
    async authorizationUrl() {
      const cfg = await configuration();
      const checks: OidcChecks = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(cfg, {
        redirect_uri: redirectUri(config),
        scope: OIDC_SCOPE,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        state: checks.state,
        nonce: checks.nonce,
        // Every login asks the person again: a shared computer never reuses someone else's CSAM session.
        prompt: 'login',
      });
      return { url, checks };
    },

    async callback(currentUrl, checks) {
      const cfg = await configuration();
      const tokens = await client.authorizationCodeGrant(cfg, currentUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      return { ...claims };
    },
  };
}
