import { deleteCommenterAccount } from '@/lib/cms/commenter-accounts';
import { clearCommenterSession, commenterSessionFrom } from '@/lib/commenter/session-cookie';
import { noStoreJson } from '@/lib/http/json-response';

/**
 * POST /api/auth/delete-account — "Delete my account" in the comment form: the CMS deletes the signed-in
 * commenter's account and anonymises its comments (and the pages showing them are refreshed).
 */
export async function POST(request: Request): Promise<Response> {
  const token = commenterSessionFrom(request);
  if (!token) return noStoreJson({ error: 'You are not signed in.' }, 401);
  try {
    const deleted = await deleteCommenterAccount(token);
    if (!deleted) {
      return noStoreJson({ error: 'You are not signed in.' }, 401, { 'Set-Cookie': clearCommenterSession() });
    }
  } catch {
    return noStoreJson({ error: 'We could not delete your account just now. Please try again.' }, 503);
  }
  return noStoreJson({ data: { deleted: true } }, 200, { 'Set-Cookie': clearCommenterSession() });
}
