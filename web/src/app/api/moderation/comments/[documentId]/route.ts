import { moderationDecisionSchema, moderationDocumentIdSchema } from '@skinfacts/shared';
import { withSession } from '@/lib/auth/with-session';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { decideComment } from '@/lib/cms/moderation';
import { getModeratedComment } from '@/lib/cms/moderation-accounts';

type Params = { params: Promise<{ documentId: string }> };

/** GET /api/moderation/comments/:documentId — one comment whatever its status (the console's deep link). */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { documentId } = await params;
  if (!moderationDocumentIdSchema.safeParse(documentId).success) {
    return noStoreJson({ error: 'That link names no comment: a comment id is letters and digits.' }, 400);
  }
  return withSession(request, async (jwt) => ({ data: await getModeratedComment(jwt, documentId) }));
}

/** PATCH /api/moderation/comments/:documentId `{ moderationStatus }` */
export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  const { documentId } = await params;
  const input = moderationDecisionSchema.safeParse(await jsonBodyOf(request));
  if (!input.success) return noStoreJson({ error: 'Invalid decision.' }, 400);
  return withSession(request, async (jwt) => ({
    data: await decideComment(jwt, documentId, input.data.moderationStatus),
  }));
}
