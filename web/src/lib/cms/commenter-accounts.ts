import 'server-only';
import { z } from 'zod';
import {
  commenterAvatarAnswerSchema,
  commenterSessionAnswerSchema,
  commenterSignedInSchema,
  type CommenterAccount,
  type CommenterProfile,
} from '@skinfacts/shared';
import { CmsRefusal } from './errors';
import { fromSiteHeaders } from './from-site';
import { cmsSend } from './send';

/**
 * The CMS's commenter accounts and sessions (cms/src/api/commenter-account), called with the site's secret
 * only. The session token is what the commenter's cookie holds; the CMS stores its hash.
 */
export async function signInCommenter(profile: CommenterProfile) {
  const { data } = await cmsSend('/api/commenter-accounts/sign-in', commenterSignedInSchema, {
    method: 'POST',
    body: { profile },
    headers: fromSiteHeaders(),
  });
  return data;
}

/** `work`'s answer, or `fallback` when the CMS refuses it with `status` (a session that ended, no picture). */
async function unlessRefused<T, F>(status: number, fallback: F, work: () => Promise<T>): Promise<T | F> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CmsRefusal && error.status === status) return fallback;
    throw error;
  }
}

/** The signed-in commenter's account, or null when the session has ended (logged out, expired, deleted). */
export async function getCommenterAccount(sessionToken: string): Promise<CommenterAccount | null> {
  return unlessRefused(401, null, async () => {
    const { data } = await cmsSend('/api/commenter-accounts/session', commenterSessionAnswerSchema, {
      method: 'POST',
      body: { sessionToken },
      headers: fromSiteHeaders(),
    });
    return data;
  });
}

const noContent = z.unknown();

export async function endCommenterSession(sessionToken: string): Promise<void> {
  await cmsSend('/api/commenter-accounts/sign-out', noContent, {
    method: 'POST',
    body: { sessionToken },
    headers: fromSiteHeaders(),
  });
}

/** Deletes the signed-in commenter's account; the CMS anonymises its comments. False when signed out already. */
export async function deleteCommenterAccount(sessionToken: string): Promise<boolean> {
  return unlessRefused(401, false, async () => {
    await cmsSend('/api/commenter-accounts/delete', noContent, {
      method: 'POST',
      body: { sessionToken },
      headers: fromSiteHeaders(),
    });
    return true;
  });
}

/** Where to fetch the picture behind a public avatarId, and the name for its initials; null when there is none. */
export async function getAvatarSource(
  avatarId: string,
): Promise<{ url: string | null; name: string } | null> {
  return unlessRefused(404, null, async () => {
    const { data } = await cmsSend('/api/commenter-accounts/avatar', commenterAvatarAnswerSchema, {
      method: 'POST',
      body: { avatarId },
      headers: fromSiteHeaders(),
    });
    return data;
  });
}
