import { commentFormTokenQuerySchema, firstIssueMessage } from '@skinfacts/shared';
import { getCommentFormTicket } from '@/lib/cms/comments';
import { forVisitor, type VisitorError } from '@/lib/comments/visitor-response';
import { noStoreJson } from '@/lib/http/json-response';

/**
 * GET /api/comments/form-token?article=<documentId> — the comment form asks for one when it is shown and after
 * each comment it sends (a token works once, for its article; never cached), and learns whether comments are
 * open site-wide.
 */
export async function GET(request: Request): Promise<Response> {
  const query = commentFormTokenQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const error = firstIssueMessage(query.error, 'Ask for ?article=<documentId>.');
    return noStoreJson({ error } satisfies VisitorError, 400);
  }
  return forVisitor(async () => noStoreJson(await getCommentFormTicket(query.data.article)));
}
