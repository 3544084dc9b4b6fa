import 'server-only';
import { z } from 'zod';
import {
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

/** The signed-in commenter's account, or null when the session has ended (logged out, expired, deleted). */
export async function getCommenterAccount(sessionToken: string): Promise<CommenterAccount | null> {
  try {
    const { data } = await cmsSend('/api/commenter-accounts/session', commenterSessionAnswerSchema, {
      method: 'POST',
      body: { sessionToken },
      headers: fromSiteHeaders(),
    });
    return data;
  } catch (error) {
    if (error instanceof CmsRefusal && error.status === 401) return null;
    throw error;
  }
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
  try {
    await cmsSend('/api/commenter-accounts/delete', noContent, {
      method: 'POST',
      body: { sessionToken },
      headers: fromSiteHeaders(),
    });
    return true;
  } catch (error) {
    if (error instanceof CmsRefusal && error.status === 401) return false;
    throw error;
  }
}
