import { SIGN_IN_ENDED_MESSAGE } from '@skinfacts/shared';
import { avatarPath } from '@/lib/avatars/avatar-path';
import { getCommenterAccount } from '@/lib/cms/commenter-accounts';
import { configuredProviders, providerLabel } from '@/lib/commenter/providers';
import {
  clearCommenterSession,
  clearSignInProblem,
  commenterSessionFrom,
  signInProblemFrom,
} from '@/lib/commenter/session-cookie';
import { NO_STORE } from '@/lib/http/json-response';

/**
 * GET /api/auth/session — asked by the comment form after the page has loaded, so the cached article page
 * holds nothing about the visitor: the providers offered, who is signed in (name, provider, avatar), and a
 * message left by a failed sign-in or an ended session (shown once).
 */
export async function GET(request: Request): Promise<Response> {
  const providers = configuredProviders().map(({ id, label }) => ({ id, label }));
  const headers = new Headers(NO_STORE);
  let problem = signInProblemFrom(request);
  if (problem) headers.append('Set-Cookie', clearSignInProblem());
  const token = commenterSessionFrom(request);
  let account = null;
  if (token) {
    const found = await getCommenterAccount(token).catch(() => undefined);
    if (found === null) {
      // The cookie outlived the session (expired, ended elsewhere): say so once, as the cookie goes.
      headers.append('Set-Cookie', clearCommenterSession());
      problem ??= SIGN_IN_ENDED_MESSAGE;
    }
    if (found) {
      account = {
        displayName: found.displayName,
        provider: found.provider,
        providerLabel: providerLabel(found.provider),
        avatarUrl: found.hasAvatar ? avatarPath(found.documentId) : null,
      };
    }
  }
  return Response.json({ providers, account, problem }, { headers });
}
