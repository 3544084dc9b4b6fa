import 'server-only';
import type { CommenterAccount } from '@skinfacts/shared';
import { getCommenterAccount } from '@/lib/cms/commenter-accounts';
import { CMS_UNREACHABLE } from '@/lib/comments/visitor-response';
import { noStoreJson } from '@/lib/http/json-response';
import { clearCommenterSession } from './session-cookie';

export const SIGN_IN_ENDED = 'Your sign-in has ended. Sign in again, or comment as a guest.';

/** The account behind the commenter's cookie, or the answer to give when there is none (or no CMS). */
export async function signedInCommenter(sessionToken: string): Promise<CommenterAccount | Response> {
  try {
    const account = await getCommenterAccount(sessionToken);
    if (account) return account;
    return noStoreJson({ error: SIGN_IN_ENDED }, 401, { 'Set-Cookie': clearCommenterSession() });
  } catch {
    return noStoreJson({ error: CMS_UNREACHABLE }, 503);
  }
}

/** A signed-in form sends no name, email or website: the account's stand in (the CMS sets them again). */
export function withAccountAuthor(body: unknown, account: CommenterAccount): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { authorUrl: _ignored, ...rest } = body as Record<string, unknown>;
  return {
    ...rest,
    authorName: account.displayName,
    authorEmail: `account-${account.documentId.toLowerCase()}@signed-in.invalid`,
  };
}
