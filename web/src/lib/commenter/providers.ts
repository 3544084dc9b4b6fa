import 'server-only';
import { NAMED_PROVIDER_LABELS, type CommenterProvider } from '@skinfacts/shared';
import { env } from '@/env';

/** How a provider is reached: OpenID Connect by discovery, or plain OAuth 2 with fixed endpoints. */
export type ProviderSetup = {
  id: CommenterProvider;
  label: string;
  clientId: string;
  clientSecret: string;
  scope: string;
} & (
  | { kind: 'oidc'; issuer: string }
  | { kind: 'oauth2'; issuer: string; authorizationEndpoint: string; tokenEndpoint: string }
);

type Credentials = { id?: string; secret?: string };

/** Each named provider's documented endpoints and the scopes a commenter's name, picture and email need. */
function named(id: Exclude<CommenterProvider, 'oidc'>, credentials: Credentials): ProviderSetup | null {
  if (!credentials.id || !credentials.secret) return null;
  const base = {
    id,
    label: NAMED_PROVIDER_LABELS[id],
    clientId: credentials.id,
    clientSecret: credentials.secret,
  };
  switch (id) {
    case 'google':
      return { ...base, kind: 'oidc', issuer: 'https://accounts.google.com', scope: 'openid email profile' };
    case 'facebook':
      return {
        ...base,
        kind: 'oauth2',
        issuer: 'https://www.facebook.com',
        authorizationEndpoint: 'https://www.facebook.com/v19.0/dialog/oauth',
        tokenEndpoint: 'https://graph.facebook.com/v19.0/oauth/access_token',
        scope: 'public_profile email',
      };
    case 'x':
      return {
        ...base,
        kind: 'oauth2',
        issuer: 'https://x.com',
        authorizationEndpoint: 'https://x.com/i/oauth2/authorize',
        tokenEndpoint: 'https://api.x.com/2/oauth2/token',
        scope: 'users.read tweet.read',
      };
    case 'github':
      return {
        ...base,
        kind: 'oauth2',
        issuer: 'https://github.com',
        authorizationEndpoint: 'https://github.com/login/oauth/authorize',
        tokenEndpoint: 'https://github.com/login/oauth/access_token',
        scope: 'read:user user:email',
      };
    case 'wordpress':
      return {
        ...base,
        kind: 'oauth2',
        issuer: 'https://public-api.wordpress.com',
        authorizationEndpoint: 'https://public-api.wordpress.com/oauth2/authorize',
        tokenEndpoint: 'https://public-api.wordpress.com/oauth2/token',
        scope: 'auth',
      };
  }
}

/** The providers this site offers, in button order: only those whose configuration is complete. */
export function configuredProviders(): ProviderSetup[] {
  const all: Array<ProviderSetup | null> = [
    named('google', { id: env.GOOGLE_CLIENT_ID, secret: env.GOOGLE_CLIENT_SECRET }),
    named('facebook', { id: env.FACEBOOK_CLIENT_ID, secret: env.FACEBOOK_CLIENT_SECRET }),
    named('x', { id: env.X_CLIENT_ID, secret: env.X_CLIENT_SECRET }),
    named('github', { id: env.GITHUB_CLIENT_ID, secret: env.GITHUB_CLIENT_SECRET }),
    named('wordpress', { id: env.WORDPRESS_CLIENT_ID, secret: env.WORDPRESS_CLIENT_SECRET }),
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
      ? {
          id: 'oidc',
          label: env.OIDC_NAME,
          kind: 'oidc',
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET,
          scope: 'openid email profile',
        }
      : null,
  ];
  // Sign-in needs the CMS (accounts, sessions) and a key for the flow cookie: both come with WEB_TO_CMS_SECRET.
  return env.WEB_TO_CMS_SECRET ? all.filter((setup): setup is ProviderSetup => setup !== null) : [];
}

export const providerSetup = (id: string) => configuredProviders().find((setup) => setup.id === id) ?? null;

export const providerLabel = (id: CommenterProvider) =>
  id === 'oidc' ? env.OIDC_NAME : NAMED_PROVIDER_LABELS[id];

/** Every provider's label, configured or not (the moderation console names the provider of any stored account). */
export const allProviderLabels = (): Record<CommenterProvider, string> => ({
  ...NAMED_PROVIDER_LABELS,
  oidc: env.OIDC_NAME,
});
