import { fieldErrors, passwordResetSchema } from '@skinfacts/shared';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { clientAddressOf } from '@/lib/auth/client-address';
import { serializeSessionCookie, sessionCookieOptions } from '@/lib/auth/session';
import { CMS_LIMIT_FALLBACK_SECONDS, tooManyAttempts } from '@/lib/auth/too-many-attempts';
import { CmsRefusal } from '@/lib/cms/client';
import { getModerator } from '@/lib/cms/moderation';
import { resetPassword } from '@/lib/cms/moderator-password';

const BAD_CODE = 'This reset link is wrong, expired or already used. Ask for a new one.';

/**
 * POST /api/moderation/password/reset — `{ code, password, passwordConfirmation }` from the emailed link.
 * The CMS ends every login the account had; a moderator is then logged in here with the new one.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = passwordResetSchema.safeParse(await jsonBodyOf(request));
  if (!parsed.success) {
    return noStoreJson(
      { error: 'Fix the fields marked and send again.', fieldErrors: fieldErrors(parsed.error) },
      400,
    );
  }
  try {
    const jwt = await resetPassword(parsed.data, clientAddressOf(request));
    const moderator = await getModerator(jwt);
    if (moderator === 'forbidden' || moderator === 'expired') return noStoreJson({ ok: true });
    return noStoreJson({ ok: true, data: moderator }, 200, {
      'Set-Cookie': serializeSessionCookie(jwt, sessionCookieOptions()),
    });
  } catch (error) {
    if (error instanceof CmsRefusal && error.status === 429) {
      return tooManyAttempts(error.retryAfterSeconds ?? CMS_LIMIT_FALLBACK_SECONDS);
    }
    if (error instanceof CmsRefusal && error.status === 400) return noStoreJson({ error: BAD_CODE }, 400);
    return noStoreJson({ error: 'The CMS is not answering. Try again in a moment.' }, 502);
  }
}
