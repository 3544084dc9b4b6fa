import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { queueMail } from './email-kind';
import { normalEmail } from './link-tokens';
import { confirmPageUrl, stopLinks } from './site-links';
import { confirmAddressMail } from './templates/commenter-mails';

export const SUBSCRIPTION_UID = 'api::email-subscription.email-subscription';
const TABLE = 'email_subscriptions';

/** One confirmation mail per address a day at most: a form can be filled in with anybody's address. */
export const CONFIRMATION_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * A commenter ticked "Email me…": the address gets a confirmation mail, unless it is confirmed already or got
 * one in the last day. Called after the comment is stored (the subscription row is shared by every comment
 * from that address, and its insert must not be able to fail the comment).
 */
export async function requestSubscription(
  strapi: Core.Strapi,
  rawEmail: string,
  articleTitle: string,
): Promise<void> {
  const email = normalEmail(rawEmail);
  const now = new Date();
  // One row per address, whoever inserts it first (the unique index makes a second insert a no-op).
  await strapi.db
    .connection(TABLE)
    .insert({
      email,
      subscription_status: 'unconfirmed',
      document_id: randomUUID(),
      published_at: now,
      created_at: now,
      updated_at: now,
    })
    .onConflict('email')
    .ignore();

  await strapi.db.transaction(async () => {
    // Compare-and-set: of two comments at once, one sends the mail.
    const { count } = await strapi.db.query(SUBSCRIPTION_UID).updateMany({
      where: {
        email,
        subscriptionStatus: { $ne: 'confirmed' },
        $or: [
          { confirmationSentAt: null },
          { confirmationSentAt: { $lt: new Date(now.getTime() - CONFIRMATION_EVERY_MS) } },
        ],
      },
      data: { subscriptionStatus: 'unconfirmed', confirmationSentAt: now, updatedAt: now },
    });
    if (count !== 1) return;
    const stop = stopLinks({ p: 'unsubscribe', e: email });
    await queueMail(strapi, {
      to: email,
      mail: confirmAddressMail({ articleTitle, confirmUrl: confirmPageUrl(email) }, stop.pageUrl),
      headers: stop.headers,
      about: 'confirm a commenter address',
    });
  });
}

const statusSchema = z.object({ subscriptionStatus: z.string() }).nullable();

/** Whether mails about comments may go to `email`: its owner confirmed it and has not unsubscribed since. */
export async function isConfirmed(strapi: Core.Strapi, email: string): Promise<boolean> {
  const row: unknown = await strapi.db
    .query(SUBSCRIPTION_UID)
    .findOne({ where: { email: normalEmail(email) }, select: ['subscriptionStatus'] });
  return statusSchema.parse(row ?? null)?.subscriptionStatus === 'confirmed';
}

/** The signed link was opened: the address is confirmed (again, harmlessly). False when there is no such row. */
export async function confirmAddress(strapi: Core.Strapi, email: string): Promise<boolean> {
  const now = new Date();
  const { count } = await strapi.db.query(SUBSCRIPTION_UID).updateMany({
    where: { email: normalEmail(email), subscriptionStatus: { $in: ['unconfirmed', 'confirmed'] } },
    data: { subscriptionStatus: 'confirmed', confirmedAt: now, updatedAt: now },
  });
  return count === 1;
}

/** Stops every mail to the address, confirmed or not. Idempotent. */
export async function unsubscribeAddress(strapi: Core.Strapi, email: string): Promise<void> {
  const now = new Date();
  await strapi.db.query(SUBSCRIPTION_UID).updateMany({
    where: { email: normalEmail(email) },
    data: { subscriptionStatus: 'unsubscribed', unsubscribedAt: now, updatedAt: now },
  });
}
