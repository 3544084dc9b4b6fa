import 'server-only';
import { z } from 'zod';
import type { PasswordReset } from '@skinfacts/shared';
import { fromSiteHeaders } from './from-site';
import { cmsSend as send } from './send';

/**
 * A moderator's forgotten password, through the CMS's users-permissions routes. Both calls carry the site's
 * secret and the visitor's address, so the CMS's per-address limiter counts the visitor, not the site.
 */

const acceptedSchema = z.object({ ok: z.literal(true) });

/** POST /api/auth/forgot-password: the CMS answers the same for every address and mails a link if it knows it. */
export async function requestPasswordReset(email: string, clientAddress: string): Promise<void> {
  await send('/api/auth/forgot-password', acceptedSchema, {
    method: 'POST',
    body: { email },
    headers: fromSiteHeaders(clientAddress),
  });
}

const resetSchema = z.object({ jwt: z.string().min(1) });

/**
 * POST /api/auth/reset-password: sets the new password, ends every login the account had, and answers with
 * a fresh one (its JWT). A wrong or used code is a CmsRefusal 400.
 */
export async function resetPassword(reset: PasswordReset, clientAddress: string): Promise<string> {
  const { jwt } = await send('/api/auth/reset-password', resetSchema, {
    method: 'POST',
    body: reset,
    headers: fromSiteHeaders(clientAddress),
  });
  return jwt;
}
