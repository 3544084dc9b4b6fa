import { SUBSCRIPTION_UID } from '../../notifications/subscriptions';
import { isRecord } from '../../utils/is-record';
import type { DataSubject, ExportedRecord, PrivacyCollector } from './types';

const FIELDS = [
  'documentId',
  'email',
  'subscriptionStatus',
  'confirmationSentAt',
  'confirmedAt',
  'unsubscribedAt',
  'createdAt',
  'updatedAt',
];

/** The address's mail subscription (at most one row: the CMS keeps one per address, stored lower-case). */
const subscriptionOf = (subject: DataSubject) => ({ email: { $eqi: subject.email } });

/**
 * The address's subscription to mails about its comments (src/notifications/subscriptions.ts). Erasing deletes
 * it: mails already queued for it are then dropped unsent (they go out only to a confirmed address), and a
 * new subscription needs a new confirmation.
 */
export const subscriptionsCollector: PrivacyCollector = {
  section: 'subscriptions',

  async collect(strapi, subject): Promise<ExportedRecord[]> {
    const rows: unknown[] = await strapi.db
      .query(SUBSCRIPTION_UID)
      .findMany({ where: subscriptionOf(subject), select: FIELDS, orderBy: { id: 'asc' } });
    return rows.filter(isRecord);
  },

  async erase(strapi, subject) {
    const { count } = await strapi.db.query(SUBSCRIPTION_UID).deleteMany({ where: subscriptionOf(subject) });
    return { subscriptionsDeleted: count };
  },
};
