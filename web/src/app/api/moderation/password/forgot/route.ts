import { fieldErrors, passwordResetRequestSchema } from '@skinfacts/shared';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { clientAddressOf } from '@/lib/auth/client-address';
import { CMS_LIMIT_FALLBACK_SECONDS, tooManyAttempts } from '@/lib/auth/too-many-attempts';
import { CmsRefusal } from '@/lib/cms/client';
import { requestPasswordReset } from '@/lib/cms/moderator-password';

/**
 * POST /api/moderation/password/forgot — `{ email }`. Always the same answer for a well-formed address, so
 * nobody learns from it whether an account exists; the CMS mails a reset link when one does.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = passwordResetRequestSchema.safeParse(await jsonBodyOf(request));
  if (!parsed.success) {
    return noStoreJson(
      { error: 'Enter the email address of your account.', fieldErrors: fieldErrors(parsed.error) },
      400,
    );
  }
  try {
    await requestPasswordReset(parsed.data.email, clientAddressOf(request));
    return noStoreJson({ ok: true });
  } catch (error) {
    if (error instanceof CmsRefusal && error.status === 429) {
      return tooManyAttempts(error.retryAfterSeconds ?? CMS_LIMIT_FALLBACK_SECONDS);
    }
    return noStoreJson({ error: 'The CMS is not answering. Try again in a moment.' }, 502);
  }
}
