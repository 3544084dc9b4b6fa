import { moderationQueueQuerySchema } from '@skinfacts/shared';
import { withSession } from '@/lib/auth/with-session';
import { noStoreJson } from '@/lib/http/json-response';
import { listModerationQueue } from '@/lib/cms/moderation';

/** GET /api/moderation/comments?status=&page= — one page of the queue, for the logged-in moderator. */
export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = moderationQueueQuerySchema.safeParse(params);
  if (!query.success) return noStoreJson({ error: 'Invalid queue query.' }, 400);
  return withSession(request, (jwt) => listModerationQueue(jwt, query.data));
}
