import { z } from 'zod';

/**
 * The links in Skinfacts mails (issue 14): pages on the site that confirm a commenter's address or stop mails,
 * and the site's POST endpoints behind them. `List-Unsubscribe` names the POST endpoint, which mail clients call
 * with the body `List-Unsubscribe=One-Click` (RFC 8058). The site forwards the signed token to the CMS.
 */
export const EMAIL_LINK_PAGES = { confirm: '/email/confirm', unsubscribe: '/email/unsubscribe' } as const;
export const EMAIL_LINK_ENDPOINTS = {
  confirm: '/api/email/confirm',
  unsubscribe: '/api/email/unsubscribe',
} as const;

export type EmailLinkAction = keyof typeof EMAIL_LINK_PAGES;

/** The body a one-click unsubscribe POST carries (RFC 8058). */
export const ONE_CLICK_BODY = 'List-Unsubscribe=One-Click';

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
