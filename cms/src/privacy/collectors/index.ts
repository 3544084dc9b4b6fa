import { accountsCollector } from './accounts';
import { commentsCollector } from './comments';
import { mailsCollector } from './mails';
import { reportsCollector } from './reports';
import { subscriptionsCollector } from './subscriptions';
import type { PrivacyCollector } from './types';

/**
 * Every kind of record that can hold someone's data, in erasure order: a collector that follows another's
 * records (reports follow comments' IP hashes) comes before it; accounts come after comments, so the
 * comments written with the address are erased as asked before the account's others are anonymised.
 */
export const PRIVACY_COLLECTORS: readonly PrivacyCollector[] = [
  reportsCollector,
  commentsCollector,
  subscriptionsCollector,
  accountsCollector,
  mailsCollector,
];
