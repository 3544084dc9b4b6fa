/**
 * Zod-free (browser code imports it): the labels of the named sign-in providers. The generic OpenID Connect
 * provider's label comes from the site's OIDC_NAME.
 */
export const NAMED_PROVIDER_LABELS = {
  google: 'Google',
  facebook: 'Facebook',
  x: 'X',
  github: 'GitHub',
  wordpress: 'WordPress.com',
} as const;

export type NamedProvider = keyof typeof NAMED_PROVIDER_LABELS;
