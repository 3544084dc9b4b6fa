import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { CommentSubmission, OwnComment } from '@skinfacts/shared';
import type { CommentPage } from '@/lib/comments/comment-page';
import type { OwnCommentEntry } from '@/lib/comments/own-comments-store';
import { fetchJson, type JsonAnswer } from '@/lib/http/fetch-json';

/**
 * The browser's calls to the site's comment routes (app/api/comments/). Query keys are objects, so a key
 * says what it holds and a partial key matches every query below it.
 */
export const commentKeys = {
  approved: (article: string) => [{ scope: 'comments', article }] as const,
  own: (article: string) => [{ scope: 'own-comments', article }] as const,
  formTicket: (article: string) => [{ scope: 'comment-form-ticket', article }] as const,
};

/** The zod schemas, in their own chunk: fetched the first time a comment call needs them. */
export const loadCommentSchemas = () => import('./comment-schemas');

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

const OFFLINE = 'We could not reach Skinfacts. Check your connection — your comment is still in the form.';

async function call(path: string, init?: RequestInit): Promise<unknown> {
  let answer: JsonAnswer;
  try {
    answer = await fetchJson(path, init);
  } catch {
    throw new CommentRequestError(0, OFFLINE);
  }
  const { ok, status, body } = answer;
  if (!ok) {
    const parsed = (await loadCommentSchemas()).errorBodySchema.safeParse(body);
    throw new CommentRequestError(
      status,
      parsed.success ? parsed.data.error : `Something went wrong (${status}). Please try again.`,
      parsed.success ? parsed.data.fieldErrors : {},
    );
  }
  return body;
}

/** Approved comments, page by page ("load more"); the server renders page 1 into the article page. */
export const approvedCommentsQuery = (article: string, firstPage: CommentPage) =>
  infiniteQueryOptions({
    queryKey: commentKeys.approved(article),
    queryFn: async ({ pageParam }): Promise<CommentPage> => {
      const body = await call(`/api/comments?article=${article}&page=${pageParam}`);
      const { data, meta } = (await loadCommentSchemas()).pageSchema.parse(body);
      return { comments: data, pagination: meta.pagination };
    },
    initialPageParam: 1,
    initialData: { pages: [firstPage], pageParams: [1] },
    getNextPageParam: (last) =>
      last.pagination.page < last.pagination.pageCount ? last.pagination.page + 1 : undefined,
  });

export type FormTicket = { formToken: string; commentsOpen: boolean };

/** Checked by hand: every visitor's page asks for a ticket, and that alone should not load zod. */
function toFormTicket(body: unknown): FormTicket {
  const ticket = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof ticket.formToken !== 'string' || typeof ticket.commentsOpen !== 'boolean') {
    throw new CommentRequestError(502, 'The comment form could not be prepared. Please reload the page.');
  }
  return { formToken: ticket.formToken, commentsOpen: ticket.commentsOpen };
}

/**
 * The form's token for this article, fetched when the form is shown and again after each comment (a token works
 * once); also says whether comments are open site-wide.
 */
export const formTicketQuery = (article: string) =>
  queryOptions({
    queryKey: commentKeys.formTicket(article),
    queryFn: async (): Promise<FormTicket> =>
      toFormTicket(await call(`/api/comments/form-token?article=${encodeURIComponent(article)}`)),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

/** The visitor's own comments, looked up with the tokens this browser kept. */
export async function fetchOwnComments(entries: OwnCommentEntry[]): Promise<OwnComment[]> {
  if (entries.length === 0) return [];
  const items = entries.map(({ documentId, token }) => ({ documentId, token }));
  const body = await call('/api/comments/own', { method: 'POST', body: JSON.stringify({ items }) });
  return (await loadCommentSchemas()).ownListSchema.parse(body).data;
}

export type PostedComment = { data: OwnComment; ownToken: string | null };

/** A signed-in commenter's submission has no name, email or website: the site fills them from the account. */
export type CommentToPost =
  | CommentSubmission
  | (Omit<CommentSubmission, 'authorName' | 'authorEmail' | 'authorUrl'> & { authorName?: never });

export async function postComment(submission: CommentToPost): Promise<PostedComment> {
  const body = await call('/api/comments', { method: 'POST', body: JSON.stringify(submission) });
  return (await loadCommentSchemas()).postedSchema.parse(body);
}
