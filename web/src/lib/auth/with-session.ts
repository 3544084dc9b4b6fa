import 'server-only';
import { CmsError, CmsParseError, CmsRefusal } from '@/lib/cms/client';
import { clearSessionCookie, sessionFrom } from './session';

const NO_STORE = { 'Cache-Control': 'no-store' };

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } });

/** Runs `work` with the session's JWT and turns CMS answers into the browser's: 401 also ends the session. */
export async function withSession(
  request: Request,
  work: (jwt: string) => Promise<unknown>,
): Promise<Response> {
  const jwt = sessionFrom(request);
  if (!jwt) return json({ error: 'Log in to moderate.' }, 401);
  try {
    return json(await work(jwt));
  } catch (error) {
    if (error instanceof CmsRefusal) {
      if (error.status === 401) {
        return json({ error: 'Your session has expired.' }, 401, {
          'Set-Cookie': clearSessionCookie(),
        });
      }
      return json(error.body ?? { error: 'The CMS refused.' }, error.status);
    }
    if (error instanceof CmsError || error instanceof CmsParseError) {
      return json({ error: 'The CMS is not answering. Try again in a moment.' }, 502);
    }
    throw error;
  }
}

/** The request's JSON body, or undefined when it is not JSON (the CMS then answers 400). */
export async function bodyOf(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
