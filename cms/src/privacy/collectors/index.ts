import { accountsCollector } from './accounts';
import { commentsCollector } from './comments';
import { reportsCollector } from './reports';
import type { PrivacyCollector } from './types';

/**
 * Every kind of record that can hold someone's data, in erasure order: a collector that follows another's
 * records (reports follow comments' IP hashes) comes before it. Add accounts and subscriptions here.
 */
export const PRIVACY_COLLECTORS: readonly PrivacyCollector[] = [
  reportsCollector,
  commentsCollector,
  accountsCollector,
];
