import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { commentSettingsOf } from '../comment-setting/services/comment-setting';
import { COMMENT_UID } from '../comment/uid';
import { COMMENTER_ACCOUNT_UID } from './uid';

/**
 * Commenters' pictures. A public comment carries only an opaque `avatarId` — the documentId of its account
 * (when the provider gave a picture) or, with the Gravatar setting on, of the guest comment itself — and the
 * site asks `avatarSource` where to fetch it. Emails, hashes and provider addresses never leave the CMS.
 */
const GRAVATAR = 'https://gravatar.com/avatar/';

/** Gravatar's documented hash: SHA-256 of the trimmed, lowercased address. `d=404`: no picture → initials. */
export const gravatarUrlOf = (email: string) =>
  `${GRAVATAR}${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}?s=96&d=404`;

/** Addresses that name no mailbox (signed in without an email, anonymised): Gravatar is not asked. */
const isMailbox = (email: string | null | undefined): email is string =>
  Boolean(email) && !String(email).toLowerCase().endsWith('.invalid');

type Account = { documentId: string; avatarUrl?: string | null; displayName?: string | null };
type CommentRow = {
  documentId: string;
  authorName?: string | null;
  authorEmail?: string | null;
  staffReply?: boolean | null;
  commenterAccount?: Account | null;
};

function avatarIdOf(comment: CommentRow, gravatar: boolean): string | null {
  if (comment.commenterAccount) {
    return comment.commenterAccount.avatarUrl ? comment.commenterAccount.documentId : null;
  }
  // Staff replies name the team: no moderator's address goes to Gravatar.
  return gravatar && comment.staffReply !== true ? comment.documentId : null;
}

/** Adds `avatarId` to comments already shaped for the public (a list or one). */
export async function withAvatarIds<T extends { documentId: string }>(
  strapi: Core.Strapi,
  comments: T[],
): Promise<Array<T & { avatarId: string | null }>> {
  if (comments.length === 0) return [];
  const { gravatar } = await commentSettingsOf(strapi).current();
  // The query engine: the account's picture address is private, and only its presence is used.
  const rows = (await strapi.db.query(COMMENT_UID).findMany({
    where: { documentId: { $in: comments.map((comment) => comment.documentId) } },
    select: ['documentId', 'staffReply'],
    populate: { commenterAccount: { select: ['documentId', 'avatarUrl'] } },
  })) as CommentRow[];
  const ids = new Map(rows.map((row) => [row.documentId, avatarIdOf(row, gravatar)]));
  return comments.map((comment) => ({ ...comment, avatarId: ids.get(comment.documentId) ?? null }));
}

/**
 * Where the site fetches the picture of an avatarId, and the name for the initials it falls back to; null for
 * an id that has no picture here (unknown, an account without one, a guest comment with Gravatar off).
 */
export async function avatarSource(
  strapi: Core.Strapi,
  avatarId: string,
): Promise<{ url: string | null; name: string } | null> {
  const account = (await strapi.db.query(COMMENTER_ACCOUNT_UID).findOne({
    where: { documentId: avatarId },
    select: ['documentId', 'displayName', 'avatarUrl'],
  })) as Account | null;
  if (account) return account.avatarUrl ? { url: account.avatarUrl, name: account.displayName ?? '' } : null;

  const { gravatar } = await commentSettingsOf(strapi).current();
  if (!gravatar) return null;
  const comment = (await strapi.db.query(COMMENT_UID).findOne({
    // Pending too: the author sees their own comment, with its picture, while it waits.
    where: { documentId: avatarId, moderationStatus: { $in: ['approved', 'pending'] } },
    select: ['documentId', 'authorName', 'authorEmail', 'staffReply'],
    populate: { commenterAccount: { select: ['documentId'] } },
  })) as CommentRow | null;
  if (!comment || avatarIdOf(comment, gravatar) !== avatarId) return null;
  const name = comment.authorName ?? '';
  return { url: isMailbox(comment.authorEmail) ? gravatarUrlOf(comment.authorEmail) : null, name };
}
