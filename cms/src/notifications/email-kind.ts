import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { cmsEnv } from '../env';
import { outboxOf, receiptOf, type DeliveryOutcome, type OutboxHandler } from '../outbox';
import type { RenderedMail } from './templates/layout';

export const EMAIL_KIND = 'email';

/** A mail as the outbox stores it: rendered when it was queued, so a retry sends exactly the same mail. */
export const emailPayloadSchema = z.object({
  to: z.email(),
  subject: z.string().min(1).max(300),
  text: z.string().min(1),
  html: z.string().min(1),
  /** Fixed when queued: a mail sent again after a crash carries the same Message-ID, so receivers can drop it. */
  messageId: z.string().regex(/^<[^<>\s]+@[^<>\s]+>$/),
  headers: z.record(z.string(), z.string()).default({}),
  /** For the admin panel and logs: what the mail is about, e.g. "held comment abc to moderator 3". */
  about: z.string().max(200),
  /** A commenter's mail: sent only while this address's subscription is confirmed (an unsubscribe wins). */
  subscriber: z.string().optional(),
});
export type EmailPayload = z.infer<typeof emailPayloadSchema>;

type SentInfo = { response?: unknown; messageId?: unknown };
type EmailService = { send(options: Record<string, unknown>): Promise<SentInfo | undefined> };
type SubscriptionCheck = (strapi: Core.Strapi, email: string) => Promise<boolean>;

/** An SMTP error whose code says trying again gets the same answer (5xx: unknown mailbox, refused sender). */
function isPermanent(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('responseCode' in error)) return false;
  const code = Number(error.responseCode);
  return code >= 500 && code < 600;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Delivers `email` messages through Strapi's email plugin (nodemailer over SMTP_HOST, or the log without it).
 * The SMTP server's reply is stored on the message with its "sent" mark, in the first write after the server
 * accepted the mail; a message taken over from an instance that died mid-send is not sent again when that
 * record exists (alreadyDelivered). The one gap left — a crash between the server's "250" and that write —
 * sends the mail again with the same Message-ID.
 */
export function emailHandler(
  strapi: Core.Strapi,
  subscribed: SubscriptionCheck,
): OutboxHandler<EmailPayload> {
  const knex = () => strapi.db.connection;
  return {
    payload: emailPayloadSchema,
    retryDelaysMs: cmsEnv().EMAIL_RETRY_DELAYS_MS,
    describe: (mail) => `mail: ${mail.about}`,
    alreadyDelivered: async (_mail, delivery) => (await receiptOf(knex(), delivery.messageId)) !== null,
    async deliver(mail): Promise<DeliveryOutcome> {
      if (mail.subscriber && !(await subscribed(strapi, mail.subscriber))) {
        return { ok: true, receipt: 'not sent: the address stopped its mails' };
      }
      const email = strapi.plugin('email').service<EmailService>('email');
      try {
        const info = await email.send({
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: mail.headers,
        });
        return { ok: true, receipt: typeof info?.response === 'string' ? info.response : 'accepted' };
      } catch (error) {
        return { ok: false, reason: `SMTP: ${errorText(error)}`, retry: !isPermanent(error) };
      }
    },
  };
}

/** `<uuid@domain of EMAIL_FROM>`. */
function messageIdFor(strapi: Core.Strapi): string {
  const settings: { defaultFrom?: string } = strapi.config.get('plugin::email.settings', {});
  const domain = /@([^<>\s@]+?)>?\s*$/.exec(settings.defaultFrom ?? '')?.[1];
  return `<${randomUUID()}@${domain ?? 'skinfacts.local'}>`;
}

export type QueuedMail = {
  to: string;
  mail: RenderedMail;
  about: string;
  headers?: Record<string, string>;
  subscriber?: string;
};

/** Queues a mail in the outbox, in the caller's transaction if there is one; it goes out once that commits. */
export async function queueMail(strapi: Core.Strapi, queued: QueuedMail): Promise<void> {
  const payload: EmailPayload = {
    to: queued.to,
    ...queued.mail,
    messageId: messageIdFor(strapi),
    headers: queued.headers ?? {},
    about: queued.about.slice(0, 200),
    ...(queued.subscriber ? { subscriber: queued.subscriber } : {}),
  };
  await outboxOf(strapi).send(EMAIL_KIND, payload);
}
