import { z } from 'zod';
import { commenterProfileSchema, type CommenterProfile, type CommenterProvider } from '@skinfacts/shared';

/**
 * Each provider's documented profile answer → the commenter's account. Pure: the unit tests feed each the
 * example from the provider's documentation. Every field but the id is optional, as providers leave them out.
 */
const text = z.string().trim().min(1).optional().catch(undefined);
const link = z
  .url({ protocol: /^https?$/ })
  .optional()
  .catch(undefined);
const email = z.email().optional().catch(undefined);

function account(
  provider: CommenterProvider,
  subject: string,
  names: Array<string | undefined>,
  mail: string | undefined,
  avatarUrl: string | undefined,
): CommenterProfile {
  const displayName = (names.find(Boolean) ?? 'Commenter').slice(0, 100);
  return commenterProfileSchema.parse({
    provider,
    subject,
    displayName,
    email: email.parse(mail) ?? null,
    avatarUrl: link.parse(avatarUrl) ?? null,
  });
}

/** OpenID Connect claims (ID token + userinfo): Google and any generic provider. */
const oidcClaims = z.looseObject({
  sub: z.string().min(1),
  name: text,
  preferred_username: text,
  nickname: text,
  email,
  email_verified: z.boolean().optional().catch(undefined),
  picture: link,
});
export function fromOidcClaims(provider: 'google' | 'oidc', claims: unknown): CommenterProfile {
  const c = oidcClaims.parse(claims);
  // An email the provider has not verified is kept only if it says nothing either way.
  const verifiedEmail = c.email_verified === false ? undefined : c.email;
  return account(provider, c.sub, [c.name, c.preferred_username, c.nickname], verifiedEmail, c.picture);
}

/** Facebook Graph API `GET /me?fields=id,name,email,picture`. */
const facebookMe = z.looseObject({
  id: z.string().min(1),
  name: text,
  email,
  picture: z
    .looseObject({ data: z.looseObject({ url: link, is_silhouette: z.boolean().optional() }) })
    .optional()
    .catch(undefined),
});
export function fromFacebook(me: unknown): CommenterProfile {
  const m = facebookMe.parse(me);
  const picture = m.picture?.data.is_silhouette ? undefined : m.picture?.data.url;
  return account('facebook', m.id, [m.name], m.email, picture);
}

/** X API v2 `GET /2/users/me?user.fields=profile_image_url` (X gives no email). */
const xMe = z.looseObject({
  data: z.looseObject({ id: z.string().min(1), name: text, username: text, profile_image_url: link }),
});
export function fromX(me: unknown): CommenterProfile {
  const { data } = xMe.parse(me);
  return account(
    'x',
    data.id,
    [data.name, data.username && `@${data.username}`],
    undefined,
    data.profile_image_url,
  );
}

/** GitHub `GET /user`, and `GET /user/emails` for the primary verified address when the profile's is private. */
const githubUser = z.looseObject({
  id: z.number().int().or(z.string().min(1)),
  login: text,
  name: text.nullable(),
  email: email.nullable(),
  avatar_url: link,
});
const githubEmails = z
  .array(z.looseObject({ email: z.string(), primary: z.boolean(), verified: z.boolean() }))
  .catch([]);
export function fromGitHub(user: unknown, emails: unknown = []): CommenterProfile {
  const u = githubUser.parse(user);
  const primary = githubEmails.parse(emails).find((entry) => entry.primary && entry.verified)?.email;
  return account('github', String(u.id), [u.name ?? undefined, u.login], u.email ?? primary, u.avatar_url);
}

/** WordPress.com REST API `GET /rest/v1/me`. */
const wordpressMe = z.looseObject({
  ID: z.number().int().or(z.string().min(1)),
  display_name: text,
  username: text,
  email,
  email_verified: z.boolean().optional().catch(undefined),
  avatar_URL: link,
});
export function fromWordPress(me: unknown): CommenterProfile {
  const m = wordpressMe.parse(me);
  const verifiedEmail = m.email_verified === false ? undefined : m.email;
  return account('wordpress', String(m.ID), [m.display_name, m.username], verifiedEmail, m.avatar_URL);
}
