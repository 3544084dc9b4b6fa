import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { COMMENT_UID } from '../api/comment/uid';
import type { HeldComment } from './templates/moderator-mails';
import { moderationUrl } from './site-links';

const HELD_STATUSES = new Set(['pending', 'spam']);

const heldRowSchema = z.object({
  documentId: z.string(),
  body: z.string(),
  authorName: z.string(),
  moderationStatus: z.string(),
  article: z.object({ title: z.string() }).nullable().optional(),
});

/**
 * The comments of `documentIds` that still wait for a moderator, in the order asked, as a moderator's mail
 * shows them: the author's name, never their address.
 */
export async function loadHeldComments(
  strapi: Core.Strapi,
  notices: { documentId: string; reason: string }[],
): Promise<HeldComment[]> {
  if (notices.length === 0) return [];
  const rows: unknown[] = await strapi.db.query(COMMENT_UID).findMany({
    where: { documentId: { $in: notices.map((notice) => notice.documentId) } },
    select: ['documentId', 'body', 'authorName', 'moderationStatus'],
    populate: { article: { select: ['title'] } },
  });
  const byId = new Map(rows.map((row) => heldRowSchema.parse(row)).map((row) => [row.documentId, row]));
  return notices.flatMap((notice) => {
    const row = byId.get(notice.documentId);
    if (!row || !HELD_STATUSES.has(row.moderationStatus)) return [];
    return [
      {
        articleTitle: row.article?.title ?? '(no article)',
        authorName: row.authorName,
        body: row.body,
        reason: notice.reason,
        moderationUrl: moderationUrl(row.documentId),
      },
    ];
  });
}

export type ModeratorRecipient = { id: number; email: string };

/** Every unblocked user with the Moderator role who has not switched their mails off. */
export async function moderatorRecipients(strapi: Core.Strapi): Promise<ModeratorRecipient[]> {
  const rows: unknown[] = await strapi.db.query('plugin::users-permissions.user').findMany({
    where: {
      role: { type: 'moderator' },
      $and: [
        { $or: [{ blocked: false }, { blocked: null }] },
        { $or: [{ moderatorMails: true }, { moderatorMails: null }] },
      ],
    },
    select: ['id', 'email'],
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => z.object({ id: z.number(), email: z.string() }).parse(row));
}
