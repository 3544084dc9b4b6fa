import { z } from 'zod';
import { COMMENTER_PROVIDERS } from './commenter-account';

/** A document id in a moderation route or query (Strapi's are 24 lowercase letters and digits). */
export const moderationDocumentIdSchema = z
  .string({ error: 'must be a document id' })
  .regex(/^[A-Za-z0-9]{1,64}$/, { error: 'must be a document id' });

/**
 * A comment's commenter account as moderators see it: the provider's key (the site names it), the display name
 * and whether it is blocked. Never the account's email or picture address.
 */
export const moderatedAccountSchema = z.object({
  documentId: z.string(),
  provider: z.enum(COMMENTER_PROVIDERS),
  displayName: z.string(),
  blocked: z.boolean(),
});
export type ModeratedAccount = z.output<typeof moderatedAccountSchema>;

const unknownKeys = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}` : undefined,
};

/** PATCH /api/moderation/accounts/:documentId `{ blocked }`: blocks or unblocks (the same value twice is fine). */
export const accountBlockSchema = z.strictObject(
  { blocked: z.boolean({ error: 'blocked must be true or false' }) },
  unknownKeys,
);
export type AccountBlock = z.output<typeof accountBlockSchema>;
export const moderatedAccountAnswerSchema = z.object({ data: moderatedAccountSchema });

/**
 * PUT /api/moderation/me/mails `{ moderatorMails }`: the logged-in moderator's own "email me when a comment is
 * held" switch. There is no user id to send: nobody can switch another moderator's mails.
 */
export const moderatorMailsSchema = z.strictObject(
  { moderatorMails: z.boolean({ error: 'moderatorMails must be true or false' }) },
  unknownKeys,
);
export type ModeratorMails = z.output<typeof moderatorMailsSchema>;
export const moderatorMailsAnswerSchema = z.object({ data: z.object({ moderatorMails: z.boolean() }) });
