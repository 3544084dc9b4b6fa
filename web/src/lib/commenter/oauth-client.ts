import 'server-only';
import * as client from 'openid-client';
import type { CommenterProfile } from '@skinfacts/shared';
import { env } from '@/env';
import type { SignInFlow } from './flow-cookie';
import type { ProviderSetup } from './providers';
import { fetchProviderProfile } from './provider-profiles';

/**
 * The site as an OAuth 2 / OpenID Connect client, through openid-client: authorization code with PKCE (S256)
 * and `state` for every provider, plus `nonce` and ID-token validation (signature, issuer, audience, expiry)
 * for OpenID Connect ones. Tokens stay in this server process for the one request; they are never stored or
 * sent to the browser.
 */

/** Discovery results, per process: provider metadata, not anyone's state. */
const configurations = new Map<string, Promise<client.Configuration>>();

/** Plain http is accepted only for a provider on this machine (the test provider, local trials). */
const isLoopbackHttp = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
};

async function configure(setup: ProviderSetup): Promise<client.Configuration> {
  const insecure = isLoopbackHttp(setup.issuer);
  if (setup.kind === 'oidc') {
    return client.discovery(new URL(setup.issuer), setup.clientId, setup.clientSecret, undefined, {
      execute: insecure ? [client.allowInsecureRequests] : [],
    });
  }
  const config = new client.Configuration(
    {
      issuer: setup.issuer,
      authorization_endpoint: setup.authorizationEndpoint,
      token_endpoint: setup.tokenEndpoint,
    },
    setup.clientId,
    setup.clientSecret,
  );
  if (insecure) client.allowInsecureRequests(config);
  return config;
}

function configurationOf(setup: ProviderSetup): Promise<client.Configuration> {
  const key = `${setup.id}:${setup.issuer}:${setup.clientId}`;
  let config = configurations.get(key);
  if (!config) {
    config = configure(setup);
    // A failed discovery is not remembered: the next sign-in tries again.
    config.catch(() => configurations.delete(key));
    configurations.set(key, config);
  }
  return config;
}

export const redirectUriOf = (setup: ProviderSetup) =>
  new URL(`/api/auth/callback/${setup.id}`, env.SITE_URL).toString();

/** Where to send the browser to sign in, and the flow to remember in the signed cookie. */
export async function startSignIn(setup: ProviderSetup, returnTo: string, askAgain = false) {
  const config = await configurationOf(setup);
  const flow: SignInFlow = {
    provider: setup.id,
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
    returnTo,
    startedAt: Date.now(),
  };
  const parameters: Record<string, string> = {
    redirect_uri: redirectUriOf(setup),
    scope: setup.scope,
    response_type: 'code',
    state: flow.state,
    code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
    code_challenge_method: 'S256',
  };
  if (setup.kind === 'oidc') parameters.nonce = flow.nonce;
  if (askAgain) parameters.prompt = setup.id === 'google' ? 'select_account' : 'login';
  return { url: client.buildAuthorizationUrl(config, parameters), flow };
}

/**
 * The provider sent the browser back: checks the answer against the flow (state, PKCE, and for OpenID Connect
 * the ID token and its nonce), exchanges the code, and reads the commenter's profile. Throws on anything wrong.
 */
export async function finishSignIn(
  setup: ProviderSetup,
  flow: SignInFlow,
  callbackQuery: URLSearchParams,
): Promise<CommenterProfile> {
  const config = await configurationOf(setup);
  // The URL the provider redirected to, as registered (SITE_URL), whatever host the request came in on.
  const currentUrl = new URL(redirectUriOf(setup));
  currentUrl.search = callbackQuery.toString();
  const oidc = setup.kind === 'oidc';
  const tokens = await client.authorizationCodeGrant(config, currentUrl, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    ...(oidc ? { expectedNonce: flow.nonce, idTokenExpected: true } : {}),
  });
  return fetchProviderProfile(setup, config, tokens);
}
