import { moderationDecisionSchema } from '@skinfacts/shared';
import { withSession } from '@/lib/auth/with-session';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { decideComment } from '@/lib/cms/moderation';

type Params = { params: Promise<{ documentId: string }> };

/** PATCH /api/moderation/comments/:documentId `{ moderationStatus }` */
export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  const { documentId } = await params;
  const input = moderationDecisionSchema.safeParse(await jsonBodyOf(request));
  if (!input.success) return noStoreJson({ error: 'Invalid decision.' }, 400);
  return withSession(request, async (jwt) => ({
    data: await decideComment(jwt, documentId, input.data.moderationStatus),
  }));
}
