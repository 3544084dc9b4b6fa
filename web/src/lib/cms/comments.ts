import 'server-only';
import { z } from 'zod';
import {
  collectionResponse,
  ownCommentSchema,
  publicCommentSchema,
  type CommentSubmission,
  type OwnComment,
} from '@skinfacts/shared';
import { COMMENTER_SESSION_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared/headers';
import type { CommentPage } from '@/lib/comments/comment-page';
import { cmsFetch } from './client';
import { fromSiteHeaders } from './from-site';
import { cmsSend } from './send';
import { TAGS } from './tags';

/** Approved comments per page (oldest first); the list offers "load more" past this. */
export const COMMENTS_PAGE_SIZE = 50;

const commentListSchema = collectionResponse(publicCommentSchema);
const ownListSchema = z.object({ data: z.array(ownCommentSchema) });
const submittedSchema = z.object({ data: ownCommentSchema });
const formTokenSchema = z.object({
  data: z.object({ formToken: z.string().min(1), commentsOpen: z.boolean().default(true) }),
});

/** One page of an article's approved comments, cached until a moderation decision revalidates them. */
export async function listApprovedComments(articleDocumentId: string, page = 1): Promise<CommentPage> {
  const { data, meta } = await cmsFetch('/api/comments', commentListSchema, {
    query: {
      'filters[article][documentId][$eq]': articleDocumentId,
      'pagination[page]': page,
      'pagination[pageSize]': COMMENTS_PAGE_SIZE,
      sort: 'createdAt:asc',
    },
    tags: [TAGS.comments(articleDocumentId)],
  });
  return { comments: data, pagination: meta.pagination };
}

export type CommentFormTicket = z.output<typeof formTokenSchema>['data'];

/**
 * A fresh form token for one article — the CMS measures from it how long the form was open, and accepts it for
 * one comment on that article — and whether comments are open site-wide.
 */
export async function getCommentFormTicket(article: string): Promise<CommentFormTicket> {
  return (await cmsSend('/api/comments/form-token', formTokenSchema, { query: { article } })).data;
}

export type Visitor = {
  ip: string | null;
  userAgent: string | null;
  /** A signed-in commenter's session token: the CMS links the comment to their account. */
  commenterSession?: string | null;
};

/** Sends a visitor's comment to the CMS. A refusal (400, 403, 409, 429) is a CmsRefusal with the CMS's body. */
export async function submitComment(submission: CommentSubmission, visitor: Visitor): Promise<OwnComment> {
  const headers = fromSiteHeaders(visitor.ip);
  if (visitor.userAgent) headers['user-agent'] = visitor.userAgent;
  if (visitor.commenterSession && headers[WEB_SECRET_HEADER]) {
    headers[COMMENTER_SESSION_HEADER] = visitor.commenterSession;
  }
  const { data } = await cmsSend('/api/comments', submittedSchema, {
    method: 'POST',
    body: { data: submission },
    headers,
  });
  return data;
}

/** The visitor's own comments by documentId — call only after checking their own-comment tokens. */
export async function getOwnComments(documentIds: string[]): Promise<OwnComment[]> {
  if (documentIds.length === 0) return [];
  const { data } = await cmsSend('/api/comments/own', ownListSchema, {
    method: 'POST',
    body: { documentIds },
    headers: fromSiteHeaders(),
  });
  return data;
}
