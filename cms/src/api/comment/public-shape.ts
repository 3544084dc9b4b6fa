import { APPROVED_ONLY, PUBLISHED_ONLY } from '../../public-query/visibility';

/** The only comment fields and relations that public readers ever receive. */
type PublicCommentField = 'body' | 'authorName' | 'authorUrl' | 'createdAt' | 'staffReply';

export const PUBLIC_COMMENT_FIELDS: PublicCommentField[] = [
  'body',
  'authorName',
  'authorUrl',
  'createdAt',
  'staffReply',
];

/** Approved comments on published articles: the only ones the public API ever reads or relates to. */
export const PUBLIC_COMMENTS = { $and: [APPROVED_ONLY, { article: PUBLISHED_ONLY }] };

/** A reply names its parent only while the parent is itself public. */
export const PUBLIC_COMMENT_POPULATE = {
  parent: { fields: ['documentId' as const], filters: PUBLIC_COMMENTS },
};

/** A comment row as the Document Service returns it (its generated types make every field optional). */
type StoredComment = {
  id: number | string;
  documentId: string;
  body?: string | null;
  authorName?: string | null;
  authorUrl?: string | null;
  createdAt?: string | Date | null;
  moderationStatus?: string | null;
};

/** What a commenter may learn about their own comment: spam reads as pending (see toSubmittedComment). */
const visibleStatus = (moderationStatus: string | null | undefined) =>
  !moderationStatus || moderationStatus === 'spam' ? 'pending' : moderationStatus;

/**
 * What the author sees right after posting: their public fields plus the status it is waiting in.
 * A comment filed as spam reads as pending, so a bot cannot tell it was caught.
 */
export function toSubmittedComment(comment: StoredComment) {
  return {
    id: Number(comment.id),
    documentId: comment.documentId,
    body: comment.body ?? '',
    authorName: comment.authorName ?? '',
    authorUrl: comment.authorUrl ?? null,
    createdAt: new Date(comment.createdAt ?? Date.now()).toISOString(),
    moderationStatus: visibleStatus(comment.moderationStatus),
  };
}

type StoredOwnComment = StoredComment & {
  staffReply?: boolean | null;
  parent?: { documentId: string } | null;
  article?: { documentId: string } | null;
};

/** A visitor's own comment, as POST /api/comments/own returns it to the site. */
export function toOwnComment(comment: StoredOwnComment) {
  return {
    ...toSubmittedComment(comment),
    staffReply: comment.staffReply === true,
    parent: comment.parent ? { documentId: comment.parent.documentId } : null,
    article: comment.article ? { documentId: comment.article.documentId } : null,
  };
}
