import { accountBlockSchema, moderationDocumentIdSchema } from '@skinfacts/shared';
import { withSession } from '@/lib/auth/with-session';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { setAccountBlocked } from '@/lib/cms/moderation-accounts';

type Params = { params: Promise<{ documentId: string }> };

/** PATCH /api/moderation/accounts/:documentId `{ blocked }` — a moderator blocks or unblocks a commenter account. */
export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  const { documentId } = await params;
  if (!moderationDocumentIdSchema.safeParse(documentId).success) {
    return noStoreJson({ error: 'Unknown account: an account id is letters and digits.' }, 400);
  }
  const input = accountBlockSchema.safeParse(await jsonBodyOf(request));
  if (!input.success) return noStoreJson({ error: 'Send { "blocked": true } or { "blocked": false }.' }, 400);
  return withSession(request, async (jwt) => ({
    data: await setAccountBlocked(jwt, documentId, input.data.blocked),
  }));
}
