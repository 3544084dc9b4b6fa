import 'server-only';
import { CmsError, CmsParseError, CmsRefusal } from '@/lib/cms/client';
import { noStoreJson } from '@/lib/http/json-response';
import { clearSessionCookie, sessionFrom } from './session';

/** Runs `work` with the session's JWT and turns CMS answers into the browser's: 401 also ends the session. */
export async function withSession(
  request: Request,
  work: (jwt: string) => Promise<unknown>,
): Promise<Response> {
  const jwt = sessionFrom(request);
  if (!jwt) return noStoreJson({ error: 'Log in to moderate.' }, 401);
  try {
    return noStoreJson(await work(jwt));
  } catch (error) {
    if (error instanceof CmsRefusal) {
      if (error.status === 401) {
        return noStoreJson({ error: 'Your session has expired.' }, 401, {
          'Set-Cookie': clearSessionCookie(),
        });
      }
      return noStoreJson(error.body ?? { error: 'The CMS refused.' }, error.status);
    }
    if (error instanceof CmsError || error instanceof CmsParseError) {
      return noStoreJson({ error: 'The CMS is not answering. Try again in a moment.' }, 502);
    }
    throw error;
  }
}
