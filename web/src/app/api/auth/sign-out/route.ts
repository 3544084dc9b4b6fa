import { endCommenterSession } from '@/lib/cms/commenter-accounts';
import { clearCommenterSession, commenterSessionFrom } from '@/lib/commenter/session-cookie';
import { noStoreJson } from '@/lib/http/json-response';

/**
 * POST /api/auth/sign-out — "Log out" (and "Change"): the CMS ends the session, then the cookie goes. If the
 * CMS does not answer, the cookie stays and the form says so, rather than leave a live session behind.
 */
export async function POST(request: Request): Promise<Response> {
  const token = commenterSessionFrom(request);
  if (token) {
    try {
      await endCommenterSession(token);
    } catch {
      return noStoreJson({ error: 'We could not log you out just now. Please try again.' }, 503);
    }
  }
  return noStoreJson({ data: { signedIn: false } }, 200, { 'Set-Cookie': clearCommenterSession() });
}
