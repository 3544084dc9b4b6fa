import { createHash, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { COMMENTER_SESSION_SECONDS, type CommenterProfile } from '@skinfacts/shared';
import { ACCOUNT_FIELDS, type StoredAccount } from '../account-shape';
import { COMMENTER_ACCOUNT_UID, COMMENTER_SESSION_UID } from '../uid';

/** Only the hash of a session token is stored: a database leak signs nobody in. */
export const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');

type Row = Record<string, unknown> & { documentId: string };
type Documents = {
  findFirst(params: Record<string, unknown>): Promise<Row | null>;
  findMany(params: Record<string, unknown>): Promise<Row[]>;
  create(params: Record<string, unknown>): Promise<Row>;
  update(params: Record<string, unknown>): Promise<Row | null>;
  delete(params: Record<string, unknown>): Promise<unknown>;
};

const commenterAccountService = factories.createCoreService(
  COMMENTER_ACCOUNT_UID,
  ({ strapi }: { strapi: Core.Strapi }) => {
    const accounts = (): Documents => strapi.documents(COMMENTER_ACCOUNT_UID);
    const sessions = (): Documents => strapi.documents(COMMENTER_SESSION_UID);

    return {
      /**
       * A commenter signed in at their provider (the site checked it): their account, created the first time and
       * refreshed with the provider's name, picture and email every time after, and a new session.
       */
      async signIn(profile: CommenterProfile) {
        const accountKey = `${profile.provider}:${profile.subject}`;
        const data = {
          displayName: profile.displayName,
          email: profile.email,
          avatarUrl: profile.avatarUrl,
          lastSeenAt: new Date().toISOString(),
        };
        const existing = await accounts().findFirst({ filters: { accountKey }, fields: ['documentId'] });
        const account = (
          existing
            ? await accounts().update({ documentId: existing.documentId, data, fields: ACCOUNT_FIELDS })
            : await accounts().create({
                data: { ...data, provider: profile.provider, subject: profile.subject, accountKey },
                fields: ACCOUNT_FIELDS,
              })
        ) as StoredAccount | null;
        if (!account) throw new Error('the commenter account vanished while signing in');
        const sessionToken = randomBytes(32).toString('base64url');
        await sessions().create({
          data: {
            tokenHash: hashSessionToken(sessionToken),
            account: account.documentId,
            expiresAt: new Date(Date.now() + COMMENTER_SESSION_SECONDS * 1000).toISOString(),
          },
        });
        return { sessionToken, account };
      },

      /** The account of a live session, or null (unknown, ended or expired; an expired one is deleted). */
      async accountOfSession(sessionToken: string): Promise<StoredAccount | null> {
        // The query engine, not the Document Service: the account's private fields (email, picture) are needed.
        const found: unknown = await strapi.db.query(COMMENTER_SESSION_UID).findOne({
          where: { tokenHash: hashSessionToken(sessionToken) },
          populate: { account: true },
        });
        const session = found as { documentId: string; expiresAt: string | Date; account: unknown } | null;
        if (!session) return null;
        const account = session.account as (StoredAccount & { lastSeenAt?: string | null }) | null;
        if (new Date(String(session.expiresAt)).getTime() <= Date.now() || !account) {
          await sessions().delete({ documentId: session.documentId });
          return null;
        }
        // "Last seen" to the hour: enough for people, and no write on every request.
        const lastSeen = account.lastSeenAt ? new Date(account.lastSeenAt).getTime() : 0;
        if (Date.now() - lastSeen > 60 * 60 * 1000) {
          await accounts().update({
            documentId: account.documentId,
            data: { lastSeenAt: new Date().toISOString() },
          });
        }
        return account;
      },

      async endSession(sessionToken: string) {
        const session = await sessions().findFirst({
          filters: { tokenHash: hashSessionToken(sessionToken) },
        });
        if (session) await sessions().delete({ documentId: session.documentId });
        return Boolean(session);
      },

      async setBlocked(documentId: string, blocked: boolean) {
        return await accounts().update({
          documentId,
          data: { blocked },
          fields: ACCOUNT_FIELDS,
        });
      },

      /**
       * Deletes the account; the document middleware (commenter-account/on-delete.ts) first anonymises its
       * comments and ends its sessions, as it does for a deletion in the admin panel.
       */
      async deleteAccount(documentId: string) {
        await accounts().delete({ documentId });
      },
    };
  },
);

export default commenterAccountService;
export type CommenterAccountService = ReturnType<typeof commenterAccountService>;
export const commenterAccountsOf = (strapi: Core.Strapi) =>
  strapi.service(COMMENTER_ACCOUNT_UID) as CommenterAccountService;
