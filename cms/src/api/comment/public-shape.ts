/** The only comment fields and relations that public readers ever receive. */
type PublicCommentField = 'body' | 'authorName' | 'authorUrl' | 'createdAt';

export const PUBLIC_COMMENT_FIELDS: PublicCommentField[] = ['body', 'authorName', 'authorUrl', 'createdAt'];

export const PUBLIC_COMMENT_POPULATE: { parent: { fields: Array<'documentId'> } } = {
  parent: { fields: ['documentId'] },
};

export const APPROVED_ONLY = { moderationStatus: { $eq: 'approved' } } as const;

type StoredComment = {
  id: number;
  documentId: string;
  body: string;
  authorName: string;
  authorUrl?: string | null;
  createdAt: string | Date;
  moderationStatus: string;
};

/**
 * What the author sees right after posting: their public fields plus the status it is waiting in.
 * A comment filed as spam reads as pending, so a bot cannot tell it was caught.
 */
export function toSubmittedComment(comment: StoredComment) {
  return {
    id: comment.id,
    documentId: comment.documentId,
    body: comment.body,
    authorName: comment.authorName,
    authorUrl: comment.authorUrl ?? null,
    createdAt: new Date(comment.createdAt).toISOString(),
    moderationStatus: comment.moderationStatus === 'spam' ? 'pending' : comment.moderationStatus,
  };
}
