import type { ParsedMail } from 'mailparser';
import { z } from 'zod';
import { WEB_SECRET_HEADER } from '@skinfacts/shared';
import type { TestStrapi } from './strapi';
import { formToken, newVisitor, postComment, submitted, WEB_SECRET } from './comment-posting';
import { outboxMessages, waitUntil } from './outbox';

/** Shared by the mail tests (issue 14): settings, posting, and reading what the SMTP peer received. */
export const SITE = 'https://site.skinfacts.test';

export const mailEnv = (smtpPort: number, extra: Record<string, string> = {}) => ({
  WEB_TO_CMS_SECRET: WEB_SECRET,
  WEB_PUBLIC_URL: SITE,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  EMAIL_FROM: 'Skinfacts Test <mail@skinfacts.test>',
  EMAIL_RETRY_DELAYS_MS: '300,300,300,300,300',
  OUTBOX_POLL_INTERVAL_MS: '100',
  EMAIL_DIGEST_CHECK_MS: '200',
  ...extra,
});

export async function saveCommentSettings(app: TestStrapi, data: Record<string, unknown>) {
  const settings = app.strapi.documents('api::comment-setting.comment-setting');
  const current = await settings.findFirst({});
  if (current) await settings.update({ documentId: current.documentId, data });
  else await settings.create({ data: { commentsOpen: true, autoApprove: false, maxLinks: 2, ...data } });
}

export type Posted = { documentId: string; email: string; moderationStatus: string };

/** Posts a comment as a new visitor (own IP and address, unless `email` is given). */
export async function post(
  app: TestStrapi,
  article: string,
  data: Record<string, unknown> = {},
): Promise<Posted> {
  const visitor = newVisitor();
  const email = typeof data.authorEmail === 'string' ? data.authorEmail : visitor.email;
  const res = await postComment(
    app,
    {
      article,
      authorName: 'Ada Visitor',
      authorEmail: email,
      body: 'Does the redness last long?',
      formToken: formToken(article),
      ...data,
    },
    visitor.ip,
  ).expect(201);
  const comment = submitted(res);
  return { documentId: comment.documentId, email, moderationStatus: comment.moderationStatus };
}

/** Waits until no `email` message is pending or being sent: every mail queued so far went out (or failed). */
export function mailsSettled(app: TestStrapi, timeoutMs = 15_000) {
  return waitUntil(
    'every queued mail settled',
    async () =>
      (await outboxMessages(app.strapi, 'email')).every(
        (message) => message.deliveryStatus === 'sent' || message.deliveryStatus === 'failed',
      ),
    timeoutMs,
  );
}

export const recipients = (mails: ParsedMail[]) => mails.map((mail) => addressOf(mail)).sort();

export function addressOf(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address ?? '';
}

export function headerOf(mail: ParsedMail, name: string): string {
  const value: unknown = mail.headers.get(name);
  if (typeof value === 'string') return value;
  // mailparser parses List-* headers into objects; the raw line is in headerLines.
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line ?? '';
  return line.slice(line.indexOf(':') + 1).trim();
}

/** The one-click unsubscribe URL of a mail (its List-Unsubscribe header). */
export function unsubscribeUrlOf(mail: ParsedMail): URL {
  const match = /<(https?:\/\/[^>]+)>/.exec(headerOf(mail, 'list-unsubscribe'));
  if (!match?.[1]) throw new Error('the mail has no List-Unsubscribe URL');
  return new URL(match[1]);
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): URL {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}\\S+`).exec(mail.text ?? '');
  if (!match) throw new Error(`no link starting ${prefix} in:\n${mail.text ?? ''}`);
  return new URL(match[0]);
}

/** Forwards a link's token to the CMS as the site does (POST with the web↔CMS secret). */
export function forwardToken(app: TestStrapi, action: 'confirm' | 'unsubscribe', url: URL) {
  return app
    .http()
    .post(`/api/email-links/${action}`)
    .set(WEB_SECRET_HEADER, WEB_SECRET)
    .send({ token: url.searchParams.get('token') });
}

export const userMailsSchema = z.object({ moderatorMails: z.boolean().nullable() });

/** Dates every comment from `email` an hour back, so the flood interval lets the same address post again. */
export async function ageComments(app: TestStrapi, email: string) {
  await app.strapi.db
    .connection('comments')
    .whereRaw('lower(author_email) = ?', [email.toLowerCase()])
    .update({ created_at: new Date(Date.now() - 3_600_000) });
}
