import { z } from 'zod';
import {
  clearSessionCookie,
  serializeSessionCookie,
  sessionCookieOptions,
  sessionFrom,
} from '@/lib/auth/session';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { clientAddressOf } from '@/lib/auth/client-address';
import { loginThrottle } from '@/lib/auth/login-throttle';
import { CMS_LIMIT_FALLBACK_SECONDS, tooManyAttempts } from '@/lib/auth/too-many-attempts';
import { CmsRefusal } from '@/lib/cms/client';
import { endModeratorLogin, getModerator, logIn } from '@/lib/cms/moderation';

const credentialsSchema = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

/**
 * Logs a moderator in: CMS POST /api/auth/local, then GET /api/moderation/me must say "moderator" —
 * anyone else gets 403 and no cookie. The JWT goes into an httpOnly, SameSite=Strict cookie only.
 * Failed logins are throttled per account and address and per address (lib/auth/login-throttle.ts).
 */
export async function POST(request: Request): Promise<Response> {
  const credentials = credentialsSchema.safeParse(await jsonBodyOf(request));
  if (!credentials.success) return noStoreJson({ error: 'Enter your email and password.' }, 400);
  const { email, password } = credentials.data;
  const address = clientAddressOf(request);
  const verdict = await loginThrottle.check(email, address);
  if (!verdict.allowed) return tooManyAttempts(verdict.retryAfterSeconds);
  try {
    const jwt = await logIn(email, password, address);
    await loginThrottle.recordSuccess(email, address);
    const moderator = await getModerator(jwt);
    if (moderator === 'forbidden' || moderator === 'expired') {
      return noStoreJson({ error: 'This account is not a moderator.' }, 403);
    }
    return noStoreJson({ data: moderator }, 200, {
      'Set-Cookie': serializeSessionCookie(jwt, sessionCookieOptions()),
    });
  } catch (error) {
    if (error instanceof CmsRefusal && error.status === 429) {
      return tooManyAttempts(error.retryAfterSeconds ?? CMS_LIMIT_FALLBACK_SECONDS);
    }
    if (error instanceof CmsRefusal && error.status < 500) {
      await loginThrottle.recordFailure(email, address);
      return noStoreJson({ error: 'Wrong email or password.' }, 401);
    }
    return noStoreJson({ error: 'The CMS is not answering. Try again in a moment.' }, 502);
  }
}

/**
 * Logs out: the CMS ends the login (its JWT is refused from then on), then the cookie is cleared. While the
 * CMS cannot confirm that, the cookie stays, so the moderator can try again rather than leave a live login.
 */
export async function DELETE(request: Request): Promise<Response> {
  const jwt = sessionFrom(request);
  try {
    if (jwt) await endModeratorLogin(jwt);
  } catch (error) {
    // 401/403: the CMS already refuses this JWT (ended, expired, or never a moderator's) — nothing left to end.
    const alreadyEnded = error instanceof CmsRefusal && (error.status === 401 || error.status === 403);
    if (!alreadyEnded) {
      return noStoreJson(
        { error: 'The CMS is not answering, so you are still logged in. Try again in a moment.' },
        502,
      );
    }
  }
  return noStoreJson({ ok: true }, 200, { 'Set-Cookie': clearSessionCookie() });
}
