import type { ModeratedAccount, ModeratedComment, ModerationStatus } from '@skinfacts/shared';
import { MODERATION_STATUSES } from '@skinfacts/shared';
import { toCommenterAccount } from '../commenter-account/account-shape';
import { isRecord } from '../../utils/is-record';

/** Exactly what the queue shows (private fields included: only moderators reach this API). */
export const MODERATION_FIELDS = [
  'body',
  'authorName',
  'authorEmail',
  'authorUrl',
  'moderationStatus',
  'spamSignals',
  'createdAt',
  'moderatedAt',
  'moderatedBy',
  'staffReply',
];

export const MODERATION_POPULATE = {
  article: { fields: ['title', 'slug'] },
  parent: { fields: ['authorName'] },
  // Never the account's email or picture address: moderators see the provider and the name.
  commenterAccount: { fields: ['provider', 'displayName', 'blocked'] },
};

/** A stored text field as a string: '' when missing (the columns hold strings; a number or boolean is printed). */
const plain = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
      ? String(value)
      : '';
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const isoDate = (value: unknown): string | null =>
  value instanceof Date
    ? value.toISOString()
    : typeof value === 'string'
      ? new Date(value).toISOString()
      : null;

const record = (value: unknown): Record<string, unknown> | null => (isRecord(value) ? value : null);

/** `spamSignals.reasons` as the comment service records them; anything else is ignored. */
export function holdReasons(spamSignals: unknown): string[] {
  const reasons = record(spamSignals)?.reasons;
  return Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : [];
}

/** A populated `commenterAccount` → what the console shows of it (null for a guest). */
export function moderatedAccountOf(value: unknown): ModeratedAccount | null {
  const account = record(value);
  if (!account || typeof account.documentId !== 'string') return null;
  const { documentId, provider, displayName, blocked } = toCommenterAccount({
    documentId: account.documentId,
    provider: text(account.provider),
    displayName: text(account.displayName),
    blocked: account.blocked === true,
  });
  return { documentId, provider, displayName, blocked };
}

function status(value: unknown): ModerationStatus {
  return MODERATION_STATUSES.find((candidate) => candidate === value) ?? 'pending';
}

/**
 * A stored comment (Document Service result with MODERATION_FIELDS/POPULATE) → the API's shape; its open reports
 * are filled in by withOpenReports (reports.ts).
 */
export function toModeratedComment(row: Record<string, unknown> & { documentId: string }): ModeratedComment {
  const article = record(row.article);
  const parent = record(row.parent);
  const account = moderatedAccountOf(row.commenterAccount);
  return {
    documentId: row.documentId,
    article:
      article && typeof article.documentId === 'string'
        ? { documentId: article.documentId, title: plain(article.title), slug: text(article.slug) }
        : null,
    parent:
      parent && typeof parent.documentId === 'string'
        ? { documentId: parent.documentId, authorName: plain(parent.authorName) }
        : null,
    authorName: plain(row.authorName),
    // A signed-in comment's email is the account's: moderators never see it (only a guest's typed address).
    authorEmail: account ? '' : plain(row.authorEmail),
    authorUrl: text(row.authorUrl),
    body: plain(row.body),
    moderationStatus: status(row.moderationStatus),
    holdReasons: holdReasons(row.spamSignals),
    createdAt: isoDate(row.createdAt) ?? new Date(0).toISOString(),
    moderatedAt: isoDate(row.moderatedAt),
    moderatedBy: text(row.moderatedBy),
    staffReply: row.staffReply === true,
    account,
    reports: [],
  };
}
