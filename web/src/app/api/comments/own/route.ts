import { env } from '@/env';
import { bodyOf } from '@/lib/auth/with-session';
import { getOwnComments } from '@/lib/cms/comments';
import { ownTokensSchema } from '@/lib/comments/list-query';
import { verifyOwnToken } from '@/lib/comments/own-token';
import { forVisitor, visitorJson, type VisitorError } from '@/lib/comments/visitor-response';

/**
 * POST /api/comments/own — `{ items: [{ documentId, token }] }` from the browser that posted those comments.
 * Only items whose token the site signed are looked up, so nobody can see someone else's pending comment.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = ownTokensSchema.safeParse(await bodyOf(request));
  if (!parsed.success) {
    return visitorJson(
      { error: 'Send { "items": [{ "documentId", "token" }] }.' } satisfies VisitorError,
      400,
    );
  }
  const secret = env.WEB_TO_CMS_SECRET;
  const documentIds = secret
    ? parsed.data.items
        .filter((item) => verifyOwnToken(secret, item.documentId, item.token))
        .map((item) => item.documentId)
    : [];
  return forVisitor(async () => visitorJson({ data: await getOwnComments(documentIds) }));
}
