import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { COMMENT_UID } from '../api/comment/uid';
import { queueMail } from './email-kind';
import { normalEmail } from './link-tokens';
import { commentUrl, stopLinks } from './site-links';
import { isConfirmed } from './subscriptions';
import { commentApprovedMail, replyMail } from './templates/commenter-mails';

const personSchema = z.object({
  documentId: z.string(),
  authorName: z.string(),
  authorEmail: z.string(),
  moderationStatus: z.string(),
  notifyAuthor: z.boolean().nullable().optional(),
});
const approvedSchema = personSchema.extend({
  body: z.string(),
  article: z.object({ title: z.string(), slug: z.string().nullable() }).nullable().optional(),
  parent: personSchema.nullable().optional(),
});

const PERSON = ['documentId', 'authorName', 'authorEmail', 'moderationStatus', 'notifyAuthor'];

/** Queues a commenter's mail when their address is confirmed; the outbox checks again before sending. */
async function mailSubscriber(
  strapi: Core.Strapi,
  rawEmail: string,
  about: string,
  render: (unsubscribeUrl: string) => Parameters<typeof queueMail>[1]['mail'],
) {
  const email = normalEmail(rawEmail);
  if (!(await isConfirmed(strapi, email))) return;
  const stop = stopLinks({ p: 'unsubscribe', e: email });
  await queueMail(strapi, {
    to: email,
    mail: render(stop.pageUrl),
    headers: stop.headers,
    about,
    subscriber: email,
  });
}

/**
 * A comment just became approved: its author is mailed "your comment is published" and the author of the
 * comment it replies to "someone replied", each only if they ticked the box on that comment and confirmed
 * their address. A mail names people by their display name only. Nobody is mailed about a reply to a comment
 * that is not approved, nor about their own reply to themselves.
 */
export async function notifyCommentersOfApproval(strapi: Core.Strapi, documentId: string): Promise<void> {
  const row: unknown = await strapi.db.query(COMMENT_UID).findOne({
    where: { documentId },
    select: [...PERSON, 'body'],
    populate: { article: { select: ['title', 'slug'] }, parent: { select: PERSON } },
  });
  const comment = approvedSchema.safeParse(row);
  if (!comment.success || comment.data.moderationStatus !== 'approved') return;
  const { article, parent, ...approved } = comment.data;
  if (!article?.slug) return;
  const url = commentUrl(article.slug, approved.documentId);

  if (approved.notifyAuthor) {
    await mailSubscriber(strapi, approved.authorEmail, `comment ${documentId} approved`, (stop) =>
      commentApprovedMail({ articleTitle: article.title, body: approved.body, commentUrl: url }, stop),
    );
  }
  const sameAuthor = parent && normalEmail(parent.authorEmail) === normalEmail(approved.authorEmail);
  if (parent?.notifyAuthor && parent.moderationStatus === 'approved' && !sameAuthor) {
    await mailSubscriber(strapi, parent.authorEmail, `reply ${documentId} to ${parent.documentId}`, (stop) =>
      replyMail(
        {
          articleTitle: article.title,
          replyAuthorName: approved.authorName,
          body: approved.body,
          commentUrl: url,
        },
        stop,
      ),
    );
  }
}
