import { bulkModerationSchema } from '@skinfacts/shared';
import { withSession } from '@/lib/auth/with-session';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { decideComments } from '@/lib/cms/moderation';

/** POST /api/moderation/comments/bulk `{ documentIds, moderationStatus }` */
export async function POST(request: Request): Promise<Response> {
  const input = bulkModerationSchema.safeParse(await jsonBodyOf(request));
  if (!input.success) return noStoreJson({ error: 'Invalid bulk decision.' }, 400);
  const { documentIds, moderationStatus } = input.data;
  return withSession(request, (jwt) => decideComments(jwt, documentIds, moderationStatus));
}
