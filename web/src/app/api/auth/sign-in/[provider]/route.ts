import { env } from '@/env';
import { flowCookie, safeReturnTo } from '@/lib/commenter/flow-cookie';
import { startSignIn } from '@/lib/commenter/oauth-client';
import { providerSetup } from '@/lib/commenter/providers';
import { setSignInProblem } from '@/lib/commenter/session-cookie';
import { NO_STORE } from '@/lib/http/json-response';

type Context = { params: Promise<{ provider: string }> };

/**
 * GET /api/auth/sign-in/<provider>?returnTo=/articles/… — a "Sign in with …" button: remembers the flow in a
 * signed cookie and sends the browser to the provider. An unknown or unconfigured provider answers 404.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const setup = providerSetup((await params).provider);
  const secret = env.WEB_TO_CMS_SECRET;
  if (!setup || !secret) {
    return Response.json(
      { error: 'This sign-in provider is not offered here.' },
      { status: 404, headers: NO_STORE },
    );
  }
  const query = new URL(request.url).searchParams;
  const returnTo = safeReturnTo(query.get('returnTo'));
  try {
    // "Change": ask the provider for the login again, rather than sign the same account in silently.
    const { url, flow } = await startSignIn(setup, returnTo, query.get('change') === '1');
    const headers = new Headers({ ...NO_STORE, Location: url.toString() });
    headers.append('Set-Cookie', flowCookie(secret, flow));
    return new Response(null, { status: 302, headers });
  } catch (error) {
    console.warn(`sign-in: could not start with ${setup.id}: ${String(error)}`);
    const headers = new Headers({
      ...NO_STORE,
      Location: new URL(`${returnTo}#leave-a-comment`, env.SITE_URL).toString(),
    });
    headers.append(
      'Set-Cookie',
      setSignInProblem(`${setup.label} is not answering right now. Try again later, or comment as a guest.`),
    );
    return new Response(null, { status: 302, headers });
  }
}
