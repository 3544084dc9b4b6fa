import { COMMENTS } from './comments';
import { idFor, report, type SeedContext } from './context';
import type { CommentSeed } from './types';
import { COMMENT_UID } from '../api/comment/uid';
import { isRecord } from '../utils/is-record';

const MODERATOR = 'demo seed';

/** The same article, email and text count as the same comment, so a second run adds nothing. */
async function findComment(context: SeedContext, articleId: string, authorEmail: string, body: string) {
  const row: unknown = await context.strapi.db.query(COMMENT_UID).findOne({
    where: { authorEmail, body, article: { documentId: articleId } },
    select: ['documentId'],
  });
  return isRecord(row) ? String(row.documentId) : undefined;
}

async function parentId(context: SeedContext, comment: CommentSeed, articleId: string) {
  if (!comment.replyTo) return null;
  const parent = COMMENTS.find(
    (other) => other.article === comment.article && other.body === comment.replyTo,
  );
  if (!parent)
    throw new Error(`seed comment by ${comment.authorName} replies to a comment that is not in the data`);
  const id = await findComment(context, articleId, parent.authorEmail, parent.body);
  if (!id) throw new Error(`seed comment by ${comment.authorName}: its parent was not created first`);
  return id;
}

/** Written straight through the Document Service: the seed plays the moderator, so statuses are set here. */
export async function seedComments(context: SeedContext) {
  const { strapi } = context;
  for (const comment of COMMENTS) {
    const articleId = idFor(context.ids.articles, comment.article, 'article');
    const label = `${comment.authorName} on ${comment.article}`;
    const existing = await findComment(context, articleId, comment.authorEmail, comment.body);
    if (!existing) {
      const approved = comment.moderationStatus === 'approved';
      await strapi.documents(COMMENT_UID).create({
        data: {
          article: articleId,
          parent: await parentId(context, comment, articleId),
          authorName: comment.authorName,
          authorEmail: comment.authorEmail,
          authorUrl: comment.authorUrl,
          body: comment.body,
          moderationStatus: comment.moderationStatus,
          moderatedAt: approved ? new Date().toISOString() : undefined,
          moderatedBy: approved ? MODERATOR : undefined,
        },
      });
    }
    report(context, 'comment', label, !existing, comment.moderationStatus);
  }
}
