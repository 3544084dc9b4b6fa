import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CommentInput } from '@skinfacts/shared';

const COMMENT = 'api::comment.comment';

export type SubmissionContext = { ip: string; userAgent: string | undefined };

function fieldError(path: string, message: string) {
  return new errors.ValidationError(message, { errors: [{ path: [path], message }] });
}

/** The IP is kept only as a salted hash: enough to rate-limit and spot floods, useless to anyone who reads it. */
export function hashIp(ip: string, salt: string) {
  return createHash('sha256').update(`${salt}:${ip}`).digest('hex');
}

export default factories.createCoreService(COMMENT, ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Stores a visitor's comment. The CMS decides everything a visitor may not: the status is always
   * `pending`, ids and timestamps are its own. Refuses an unknown, unpublished or closed article and a reply
   * to a comment that is not an approved comment on the same article.
   */
  async submit(input: CommentInput, context: SubmissionContext) {
    const article = await strapi.documents('api::article.article').findOne({
      documentId: input.article,
      status: 'published',
      fields: ['commentsOpen'],
    });
    if (!article) throw fieldError('article', 'There is no published article with this id.');
    if (article.commentsOpen === false) {
      // A PolicyError, not a ForbiddenError: Strapi replaces a ForbiddenError's message with "Forbidden".
      throw new errors.PolicyError('Comments are closed on this article.', { reason: 'comments-closed' });
    }

    if (input.parent) {
      const parent = await strapi.documents(COMMENT).findOne({
        documentId: input.parent,
        fields: ['moderationStatus'],
        populate: { article: { fields: ['documentId'] } },
      });
      const parentArticle = parent?.article as { documentId?: string } | null | undefined;
      if (!parent || parent.moderationStatus !== 'approved') {
        throw fieldError('parent', 'The comment you are replying to does not exist.');
      }
      if (parentArticle?.documentId !== input.article) {
        throw fieldError('parent', 'The comment you are replying to belongs to another article.');
      }
    }

    const salt = process.env.COMMENT_IP_SALT ?? '';
    return strapi.documents(COMMENT).create({
      data: {
        article: input.article,
        parent: input.parent ?? null,
        authorName: input.authorName,
        authorEmail: input.authorEmail,
        authorUrl: input.authorUrl,
        body: input.body,
        moderationStatus: 'pending',
        ipHash: hashIp(context.ip, salt),
        userAgent: context.userAgent?.slice(0, 500),
      },
    });
  },
}));
