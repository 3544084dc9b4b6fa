import 'server-only';
import * as client from 'openid-client';
import type { CommenterProfile } from '@skinfacts/shared';
import type { ProviderSetup } from './providers';
import { fromFacebook, fromGitHub, fromOidcClaims, fromWordPress, fromX } from './profiles';

type Tokens = Awaited<ReturnType<typeof client.authorizationCodeGrant>>;

async function getJson(config: client.Configuration, accessToken: string, url: string): Promise<unknown> {
  const headers = new Headers({ Accept: 'application/json' });
  const response = await client.fetchProtectedResource(
    config,
    accessToken,
    new URL(url),
    'GET',
    undefined,
    headers,
  );
  if (!response.ok) throw new Error(`profile request failed: ${response.status} ${url}`);
  return response.json();
}

/** The commenter's profile from each provider's own profile endpoint (or, for OpenID Connect, the claims). */
export async function fetchProviderProfile(
  setup: ProviderSetup,
  config: client.Configuration,
  tokens: Tokens,
): Promise<CommenterProfile> {
  const accessToken = tokens.access_token;
  switch (setup.id) {
    case 'google':
    case 'oidc': {
      const claims = tokens.claims();
      if (!claims) throw new Error('the provider sent no ID token');
      // The ID token may carry only `sub`; the userinfo endpoint (same subject, checked) has the rest.
      const userInfo = config.serverMetadata().userinfo_endpoint
        ? await client.fetchUserInfo(config, accessToken, claims.sub)
        : {};
      return fromOidcClaims(setup.id, { ...claims, ...userInfo });
    }
    case 'facebook':
      return fromFacebook(
        await getJson(
          config,
          accessToken,
          'https://graph.facebook.com/v19.0/me?fields=id,name,email,picture',
        ),
      );
    case 'x':
      return fromX(
        await getJson(config, accessToken, 'https://api.x.com/2/users/me?user.fields=profile_image_url'),
      );
    case 'github': {
      const user = await getJson(config, accessToken, 'https://api.github.com/user');
      const emails = await getJson(config, accessToken, 'https://api.github.com/user/emails').catch(() => []);
      return fromGitHub(user, emails);
    }
    case 'wordpress':
      return fromWordPress(await getJson(config, accessToken, 'https://public-api.wordpress.com/rest/v1/me'));
  }
}
