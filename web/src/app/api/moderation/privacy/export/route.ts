import { privacyExportRequestSchema } from '@skinfacts/shared';
import { withSession } from '@/lib/auth/with-session';
import { jsonBodyOf } from '@/lib/http/json-request';
import { noStoreJson } from '@/lib/http/json-response';
import { exportPersonalData } from '@/lib/cms/moderation-privacy';

/** POST /api/moderation/privacy/export `{ email }` — everything stored about the address (logged by the CMS). */
export async function POST(request: Request): Promise<Response> {
  const input = privacyExportRequestSchema.safeParse(await jsonBodyOf(request));
  if (!input.success) return noStoreJson({ error: 'Enter a valid email address.' }, 400);
  return withSession(request, (jwt) => exportPersonalData(jwt, input.data));
}
