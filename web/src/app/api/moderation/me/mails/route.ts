import { moderatorMailsSchema } from '@skinfacts/shared';
import { withSession } from '@/lib/auth/with-session';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { getModeratorMails, setModeratorMails } from '@/lib/cms/moderation-accounts';

/** GET /api/moderation/me/mails — whether the logged-in moderator gets a mail when a comment is held. */
export function GET(request: Request): Promise<Response> {
  return withSession(request, async (jwt) => ({ data: await getModeratorMails(jwt) }));
}

/** PUT /api/moderation/me/mails `{ moderatorMails }` — the moderator's own switch (nobody else's). */
export async function PUT(request: Request): Promise<Response> {
  const input = moderatorMailsSchema.safeParse(await jsonBodyOf(request));
  if (!input.success) {
    return noStoreJson({ error: 'Send { "moderatorMails": true } or { "moderatorMails": false }.' }, 400);
  }
  return withSession(request, async (jwt) => ({
    data: await setModeratorMails(jwt, input.data.moderatorMails),
  }));
}
