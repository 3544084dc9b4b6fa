import { z } from 'zod';

export { EMAIL_LINK_ENDPOINTS, EMAIL_LINK_PAGES, ONE_CLICK_BODY, type EmailLinkAction } from './site-routes';

const tokenMessage = 'This link is not one of ours, or it was cut short: open it from the mail again.';

/** A signed link token as the CMS issues it: base64url payload, a dot, base64url HMAC-SHA256. */
export const emailLinkTokenSchema = z
  .string({ error: tokenMessage })
  .regex(/^[A-Za-z0-9_-]{8,600}\.[A-Za-z0-9_-]{43}$/, { error: tokenMessage });

/** What the site forwards to the CMS (POST /api/email-links/confirm and …/unsubscribe); nothing else. */
export const emailLinkRequestSchema = z.strictObject({ token: emailLinkTokenSchema });

/** The page's query: `?token=…`, and `done=1` after the form was sent. */
export const emailLinkPageQuerySchema = z.strictObject({
  token: emailLinkTokenSchema.optional(),
  done: z.literal('1').optional(),
});

/** The CMS's answer to a confirm or unsubscribe. */
export const emailLinkAnswerSchema = z.object({
  data: z.object({ done: z.enum(['confirmed', 'unsubscribed']) }),
});
export type EmailLinkAnswer = z.infer<typeof emailLinkAnswerSchema>;
