import 'server-only';
import { emailLinkAnswerSchema, type EmailLinkAction, type EmailLinkAnswer } from '@skinfacts/shared';
import { fromSiteHeaders } from './from-site';
import { cmsSend } from './send';

/**
 * A mail link's signed token, forwarded to the CMS with the site's secret: confirms a commenter's address or
 * stops mails (POST /api/email-links/<action>). The CMS checks the token; a bad one is a CmsRefusal (400).
 */
export async function forwardEmailLink(action: EmailLinkAction, token: string): Promise<EmailLinkAnswer> {
  return cmsSend(`/api/email-links/${action}`, emailLinkAnswerSchema, {
    method: 'POST',
    body: { token },
    headers: fromSiteHeaders(),
  });
}
