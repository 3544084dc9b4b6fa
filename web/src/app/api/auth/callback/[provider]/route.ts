import { env } from '@/env';
import { signInCommenter } from '@/lib/cms/commenter-accounts';
import { clearFlowCookie, flowFrom } from '@/lib/commenter/flow-cookie';
import { finishSignIn } from '@/lib/commenter/oauth-client';
import { providerSetup } from '@/lib/commenter/providers';
import { setCommenterSession, setSignInProblem } from '@/lib/commenter/session-cookie';
import { NO_STORE } from '@/lib/http/json-response';

type Context = { params: Promise<{ provider: string }> };

/** Back to the article's comment form, with the session cookie or a message for the form. */
function backToArticle(returnTo: string, cookies: string[]): Response {
  const headers = new Headers({
    ...NO_STORE,
    Location: new URL(`${returnTo}#leave-a-comment`, env.SITE_URL).toString(),
  });
  for (const cookie of [clearFlowCookie(), ...cookies]) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 302, headers });
}

/**
 * GET /api/auth/callback/<provider> — where the provider sends the browser back (the redirect URI to register).
 * The flow cookie is cleared whatever happens, so an answer can be used once. A cancelled, tampered, replayed
 * or otherwise failed sign-in returns to the article with a message; the guest form works as before.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const setup = providerSetup((await params).provider);
  const flow = env.WEB_TO_CMS_SECRET ? flowFrom(env.WEB_TO_CMS_SECRET, request) : null;
  const query = new URL(request.url).searchParams;
  if (!setup || !flow || flow.provider !== setup.id) {
    return backToArticle(flow?.returnTo ?? '/', [
      setSignInProblem(
        'That sign-in could not be completed (it was too old or not started here). Please try again.',
      ),
    ]);
  }
  if (query.get('error')) {
    const cancelled = query.get('error') === 'access_denied';
    return backToArticle(flow.returnTo, [
      setSignInProblem(
        cancelled
          ? `Sign-in with ${setup.label} was cancelled. You can sign in again, or comment as a guest.`
          : `${setup.label} could not sign you in. You can try again, or comment as a guest.`,
      ),
    ]);
  }
  try {
    const profile = await finishSignIn(setup, flow, query);
    const { sessionToken } = await signInCommenter(profile);
    return backToArticle(flow.returnTo, [setCommenterSession(sessionToken)]);
  } catch (error) {
    console.warn(`sign-in: ${setup.id} callback refused: ${String(error)}`);
    return backToArticle(flow.returnTo, [
      setSignInProblem(`Sign-in with ${setup.label} did not work. You can try again, or comment as a guest.`),
    ]);
  }
}
