import { env } from '@/env';
import { jsonBodyOf } from '@/lib/http/json-request';
import { getOwnComments } from '@/lib/cms/comments';
import { ownTokensSchema } from '@/lib/comments/list-query';
import { verifyOwnToken } from '@/lib/comments/own-token';
import { forVisitor, type VisitorError } from '@/lib/comments/visitor-response';
import { noStoreJson } from '@/lib/http/json-response';

/**
 * POST /api/comments/own — `{ items: [{ documentId, token }] }` from the browser that posted those comments.
 * Only items whose token the site signed are looked up, so nobody can see someone else's pending comment.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = ownTokensSchema.safeParse(await jsonBodyOf(request));
  if (!parsed.success) {
    return noStoreJson(
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
  return forVisitor(async () => noStoreJson({ data: await getOwnComments(documentIds) }));
}
