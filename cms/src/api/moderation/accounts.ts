import type { Core } from '@strapi/strapi';
import type { ModeratedAccount } from '@skinfacts/shared';
import { COMMENTER_ACCOUNT_UID } from '../commenter-account/uid';
import { commenterAccountsOf } from '../commenter-account/services/commenter-account';
import { moderatedAccountOf } from './moderated-comment';

/**
 * A moderator blocks or unblocks a commenter account: the comment service then refuses its comments or files them
 * as spam (Comment settings, `blockedAccountComments`). Setting the same value again changes nothing. Null for an
 * unknown account.
 */
export async function setAccountBlocked(
  strapi: Core.Strapi,
  documentId: string,
  blocked: boolean,
): Promise<ModeratedAccount | null> {
  const existing = await strapi.documents(COMMENTER_ACCOUNT_UID).findOne({ documentId, fields: ['blocked'] });
  if (!existing) return null;
  if (existing.blocked !== blocked) await commenterAccountsOf(strapi).setBlocked(documentId, blocked);
  const account = await strapi
    .documents(COMMENTER_ACCOUNT_UID)
    .findOne({ documentId, fields: ['provider', 'displayName', 'blocked'] });
  strapi.log.info(`moderation: commenter account ${documentId} is ${blocked ? 'blocked' : 'unblocked'}`);
  return moderatedAccountOf(account);
}
