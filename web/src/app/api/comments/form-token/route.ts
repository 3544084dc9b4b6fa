import { getCommentFormTicket } from '@/lib/cms/comments';
import { forVisitor, visitorJson } from '@/lib/comments/visitor-response';

/**
 * GET /api/comments/form-token — the comment form asks for one when it is shown (never cached), and learns
 * whether comments are open site-wide.
 */
export async function GET(): Promise<Response> {
  return forVisitor(async () => visitorJson(await getCommentFormTicket()));
}
