import { z } from 'zod';
import { clearSessionCookie, serializeSessionCookie, sessionCookieOptions } from '@/lib/auth/session';
import { bodyOf, json } from '@/lib/auth/forward';
import { CmsRefusal } from '@/lib/cms/client';
import { getModerator, logIn } from '@/lib/cms/moderation';

const credentialsSchema = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

/**
 * Logs a moderator in: CMS POST /api/auth/local, then GET /api/moderation/me must say "moderator" —
 * anyone else gets 403 and no cookie. The JWT goes into an httpOnly, SameSite=Strict cookie only.
 */
export async function POST(request: Request): Promise<Response> {
  const credentials = credentialsSchema.safeParse(await bodyOf(request));
  if (!credentials.success) return json({ error: 'Enter your email and password.' }, 400);
  try {
    const jwt = await logIn(credentials.data.email, credentials.data.password);
    const moderator = await getModerator(jwt);
    if (moderator === 'forbidden' || moderator === 'expired') {
      return json({ error: 'This account is not a moderator.' }, 403);
    }
    return json({ data: moderator }, 200, {
      'Set-Cookie': serializeSessionCookie(jwt, sessionCookieOptions(request)),
    });
  } catch (error) {
    if (error instanceof CmsRefusal && error.status < 500) {
      return json({ error: 'Wrong email or password.' }, 401);
    }
    return json({ error: 'The CMS is not answering. Try again in a moment.' }, 502);
  }
}

/** Logs out: the cookie is cleared (the JWT itself expires on the CMS's schedule). */
export async function DELETE(request: Request): Promise<Response> {
  return json({ ok: true }, 200, { 'Set-Cookie': clearSessionCookie(request) });
}
