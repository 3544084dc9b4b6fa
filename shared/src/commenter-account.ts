import { z } from 'zod';
import { LIMITS } from './limits';
import { isHttpUrl } from './url';

/**
 * Where a commenter can sign in. Each name is also the last part of the redirect URI registered with the
 * provider: `<SITE_URL>/api/auth/callback/<provider>`; `oidc` is the generic OpenID Connect provider.
 */
export const COMMENTER_PROVIDERS = ['google', 'facebook', 'x', 'github', 'wordpress', 'oidc'] as const;
export type CommenterProvider = (typeof COMMENTER_PROVIDERS)[number];

/** How long a commenter stays signed in: the CMS's session and the site's cookie. */
export const COMMENTER_SESSION_SECONDS = 30 * 24 * 60 * 60;

/** What the commenter reads when their session ended (logged out elsewhere, expired, account deleted). */
export const SIGN_IN_ENDED_MESSAGE = 'Your sign-in has ended. Sign in again, or comment as a guest.';

/** A session token: 32 random bytes, base64url (the CMS stores only its hash). */
export const commenterSessionTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, {
  error: 'sessionToken must be a session token the CMS issued',
});

/** What the site learnt from a provider about who signed in; the CMS keeps it as the commenter's account. */
export const commenterProfileSchema = z.strictObject({
  provider: z.enum(COMMENTER_PROVIDERS),
  subject: z.string().trim().min(1).max(255),
  displayName: z.string().trim().min(1).max(LIMITS.authorName),
  email: z.email().max(LIMITS.authorEmail).nullable(),
  avatarUrl: z
    .string()
    .max(2000)
    .refine((url) => isHttpUrl(url), { error: 'avatarUrl must be an http(s) link' })
    .nullable(),
});
export type CommenterProfile = z.output<typeof commenterProfileSchema>;

/** POST /api/commenter-accounts/sign-in (the site only): the profile → a new session. */
export const commenterSignInSchema = z.strictObject({ profile: commenterProfileSchema });

/** POST /api/commenter-accounts/session|sign-out|delete (the site only). */
export const commenterSessionQuerySchema = z.strictObject({ sessionToken: commenterSessionTokenSchema });

/** A commenter's account as the CMS tells the site (never the email). */
export const commenterAccountSchema = z.object({
  documentId: z.string(),
  provider: z.enum(COMMENTER_PROVIDERS),
  displayName: z.string(),
  hasAvatar: z.boolean(),
  blocked: z.boolean(),
});
export type CommenterAccount = z.output<typeof commenterAccountSchema>;

export const commenterSignedInSchema = z.object({
  data: z.object({ sessionToken: commenterSessionTokenSchema, account: commenterAccountSchema }),
});
export const commenterSessionAnswerSchema = z.object({ data: commenterAccountSchema });

/**
 * An avatar id: what a public comment carries (`avatarId`) and the site's /api/auth/avatar/<id> names — an
 * account's documentId (its provider picture) or a guest comment's (its Gravatar, when the setting is on).
 */
export const avatarIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9]{1,64}$/, { error: 'avatarId must be a document id' });

/** POST /api/commenter-accounts/avatar (the site only): where to fetch a picture. */
export const commenterAvatarQuerySchema = z.strictObject({ avatarId: avatarIdSchema });

/**
 * The CMS's answer: the picture's address for the site to fetch (never sent to browsers) and the name for the
 * initials it falls back to; `url` is null when there is nothing to fetch (an anonymised comment).
 */
export const commenterAvatarAnswerSchema = z.object({
  data: z.object({ url: z.string().nullable(), name: z.string() }),
});
