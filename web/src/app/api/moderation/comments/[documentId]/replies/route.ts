import { firstIssueMessage, moderatorReplySchema } from '@skinfacts/shared';
import { withSession } from '@/lib/auth/with-session';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { replyToComment } from '@/lib/cms/moderation';

type Params = { params: Promise<{ documentId: string }> };

/** POST /api/moderation/comments/:documentId/replies `{ body }` — an approved staff reply. */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const { documentId } = await params;
  const input = moderatorReplySchema.safeParse(await jsonBodyOf(request));
  if (!input.success) return noStoreJson({ error: firstIssueMessage(input.error, 'Invalid reply.') }, 400);
  return withSession(request, async (jwt) => ({
    data: await replyToComment(jwt, documentId, input.data.body),
  }));
}
