import { privacyEraseRequestSchema } from '@skinfacts/shared';
import { withSession } from '@/lib/auth/with-session';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { erasePersonalData } from '@/lib/cms/moderation-privacy';

/** POST /api/moderation/privacy/erase `{ email, comments: 'anonymise' | 'delete' }` (logged by the CMS). */
export async function POST(request: Request): Promise<Response> {
  const input = privacyEraseRequestSchema.safeParse(await jsonBodyOf(request));
  if (!input.success) {
    return noStoreJson(
      { error: 'Enter a valid email address and choose what happens to the comments.' },
      400,
    );
  }
  return withSession(request, (jwt) => erasePersonalData(jwt, input.data));
}
