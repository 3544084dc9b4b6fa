import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import {
  collectionResponse,
  ownCommentSchema,
  publicCommentSchema,
  type CommentSubmission,
  type OwnComment,
} from '@skinfacts/shared';
import type { CommentPage } from '@/lib/comments/comment-page';
import type { OwnCommentEntry } from '@/lib/comments/own-comments-store';

/** The browser's calls to the site's comment routes (app/api/comments/). Query keys as objects (house rule 5). */
export const commentKeys = {
  approved: (article: string) => [{ scope: 'comments', article }] as const,
  own: (article: string) => [{ scope: 'own-comments', article }] as const,
  formTicket: (article: string) => [{ scope: 'comment-form-ticket', article }] as const,
};

/** A refusal the form can show: the message, and messages per field. */
export class CommentRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

const errorBodySchema = z.object({
  error: z.string(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
});

const OFFLINE = 'We could not reach Skinfacts. Check your connection — your comment is still in the form.';

async function call(path: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch {
    throw new CommentRequestError(0, OFFLINE);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    throw new CommentRequestError(
      response.status,
      parsed.success ? parsed.data.error : `Something went wrong (${response.status}). Please try again.`,
      parsed.success ? parsed.data.fieldErrors : {},
    );
  }
  return body;
}

const pageSchema = collectionResponse(publicCommentSchema);

/** Approved comments, page by page ("load more"); the server renders page 1 into the article page. */
export const approvedCommentsQuery = (article: string, firstPage: CommentPage) =>
  infiniteQueryOptions({
    queryKey: commentKeys.approved(article),
    queryFn: async ({ pageParam }): Promise<CommentPage> => {
      const { data, meta } = pageSchema.parse(
        await call(`/api/comments?article=${article}&page=${pageParam}`),
      );
      return { comments: data, pagination: meta.pagination };
    },
    initialPageParam: 1,
    initialData: { pages: [firstPage], pageParams: [1] },
    getNextPageParam: (last) =>
      last.pagination.page < last.pagination.pageCount ? last.pagination.page + 1 : undefined,
  });

const ticketSchema = z.object({ formToken: z.string(), commentsOpen: z.boolean() });
export type FormTicket = z.output<typeof ticketSchema>;

/** The form's token, fetched when the form is shown; also says whether comments are open site-wide. */
export const formTicketQuery = (article: string) =>
  queryOptions({
    queryKey: commentKeys.formTicket(article),
    queryFn: async (): Promise<FormTicket> => ticketSchema.parse(await call('/api/comments/form-token')),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

const ownSchema = z.object({ data: z.array(ownCommentSchema) });

/** The visitor's own comments, looked up with the tokens this browser kept. */
export async function fetchOwnComments(entries: OwnCommentEntry[]): Promise<OwnComment[]> {
  if (entries.length === 0) return [];
  const items = entries.map(({ documentId, token }) => ({ documentId, token }));
  return ownSchema.parse(await call('/api/comments/own', { method: 'POST', body: JSON.stringify({ items }) }))
    .data;
}

const postedSchema = z.object({ data: ownCommentSchema, ownToken: z.string().nullable() });
export type PostedComment = z.output<typeof postedSchema>;

export async function postComment(submission: CommentSubmission): Promise<PostedComment> {
  return postedSchema.parse(
    await call('/api/comments', { method: 'POST', body: JSON.stringify(submission) }),
  );
}
