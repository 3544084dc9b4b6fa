import type { Core } from '@strapi/strapi';
import { COMMENT_UID } from '../comment/uid';
import { COMMENTER_ACCOUNT_UID, COMMENTER_SESSION_UID } from './uid';

type Row = { documentId: string };

/**
 * The privacy rule for a deleted account's comments: they stay (the conversation keeps its shape) but name
 * nobody — "Anonymous", and the email, website, IP hash and browser are cleared. Each comment is updated
 * through the Document Service, so the revalidation middleware refreshes the pages that show it.
 */
export async function anonymiseCommentsOf(strapi: Core.Strapi, accountDocumentId: string) {
  const comments = (await strapi.documents(COMMENT_UID).findMany({
    filters: { commenterAccount: { documentId: accountDocumentId } },
    fields: ['documentId'],
  } as never)) as Row[];
  for (const comment of comments) {
    await strapi.documents(COMMENT_UID).update({
      documentId: comment.documentId,
      data: {
        authorName: 'Anonymous',
        authorEmail: `anonymous-${comment.documentId.toLowerCase()}@anonymised.invalid`,
        authorUrl: null,
        ipHash: null,
        userAgent: null,
        commenterAccount: null,
      },
    } as never);
  }
  const sessions = (await strapi.documents(COMMENTER_SESSION_UID).findMany({
    filters: { account: { documentId: accountDocumentId } },
    fields: ['documentId'],
  } as never)) as Row[];
  for (const session of sessions) {
    await strapi.documents(COMMENTER_SESSION_UID).delete({ documentId: session.documentId });
  }
  return comments.length;
}

/** Deleting an account anywhere (admin panel, the commenter's own request) anonymises its comments first. */
export function anonymiseOnAccountDelete(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid === COMMENTER_ACCOUNT_UID && context.action === 'delete') {
      const { documentId } = context.params as { documentId?: string };
      if (documentId) await anonymiseCommentsOf(strapi, documentId);
    }
    return next();
  });
}
