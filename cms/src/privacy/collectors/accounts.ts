import { COMMENTER_ACCOUNT_UID, COMMENTER_SESSION_UID } from '../../api/commenter-account/uid';
import { isRecord } from '../../utils/is-record';
import type { ExportedRecord, PrivacyCollector } from './types';

const FIELDS = [
  'documentId',
  'provider',
  'subject',
  'displayName',
  'email',
  'avatarUrl',
  'lastSeenAt',
  'blocked',
  'createdAt',
  'updatedAt',
];

/** The subject's sign-in accounts: the private email a provider gave, whatever its case. */
const accountsOf = (email: string) => ({ email: { $eqi: email } });

/**
 * Commenter accounts (sign-in with a provider) found by the email the provider gave. Listed after comments:
 * the comments collector first erases the comments written with the address, as the request asks (anonymise
 * or delete); deleting the account then ends its sessions and anonymises its other comments (on-delete.ts).
 */
export const accountsCollector: PrivacyCollector = {
  section: 'accounts',

  async collect(strapi, subject): Promise<ExportedRecord[]> {
    const rows: unknown[] = await strapi.db.query(COMMENTER_ACCOUNT_UID).findMany({
      where: accountsOf(subject.email),
      select: FIELDS,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const accounts = rows.filter(isRecord);
    // When each session started and ends; never its token's hash.
    const sessions: unknown[] =
      accounts.length === 0
        ? []
        : await strapi.db.query(COMMENTER_SESSION_UID).findMany({
            where: { account: { documentId: { $in: accounts.map((account) => account.documentId) } } },
            select: ['createdAt', 'expiresAt'],
            populate: { account: { select: ['documentId'] } },
          });
    const sessionsOf = (documentId: unknown) =>
      sessions
        .filter(isRecord)
        .filter((session) => isRecord(session.account) && session.account.documentId === documentId)
        .map(({ createdAt, expiresAt }) => ({ createdAt, expiresAt }));
    return accounts.map((account) => ({ ...account, sessions: sessionsOf(account.documentId) }));
  },

  /** Through the Document Service, so on-delete.ts runs and the pages of the anonymised comments are refreshed. */
  async erase(strapi, subject) {
    const rows: unknown[] = await strapi.db
      .query(COMMENTER_ACCOUNT_UID)
      .findMany({ where: accountsOf(subject.email), select: ['documentId'] });
    const documentIds = rows.filter(isRecord).map((row) => String(row.documentId));
    for (const documentId of documentIds) {
      await strapi.documents(COMMENTER_ACCOUNT_UID).delete({ documentId });
    }
    return { accountsDeleted: documentIds.length };
  },
};
