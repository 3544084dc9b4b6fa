import { bulkModerationSchema } from '@skinfacts/shared';
import { bodyOf, json, withSession } from '@/lib/auth/with-session';
import { decideComments } from '@/lib/cms/moderation';

/** POST /api/moderation/comments/bulk `{ documentIds, moderationStatus }` */
export async function POST(request: Request): Promise<Response> {
  const input = bulkModerationSchema.safeParse(await bodyOf(request));
  if (!input.success) return json({ error: 'Invalid bulk decision.' }, 400);
  const { documentIds, moderationStatus } = input.data;
  return withSession(request, (jwt) => decideComments(jwt, documentIds, moderationStatus));
}
