import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { cmsEnv } from '../env';

/**
 * Signed tokens in the links of mails: `base64url(JSON payload).base64url(HMAC-SHA256)`, with EMAIL_LINK_SECRET
 * (or, unset in development and tests, a key derived from APP_KEYS). A token names what it does and to whom:
 * confirming an address (valid 7 days) or stopping mails, to a commenter's address or a moderator's account
 * (valid until used; stopping twice is harmless).
 */
export const CONFIRM_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const payloadSchema = z.discriminatedUnion('p', [
  z.object({ p: z.literal('confirm'), e: z.string().min(3), t: z.number().int() }),
  z.object({ p: z.literal('unsubscribe'), e: z.string().min(3) }),
  z.object({ p: z.literal('moderator-off'), u: z.number().int().positive() }),
]);
export type LinkPayload = z.infer<typeof payloadSchema>;

function linkSecret(): string {
  const env = cmsEnv();
  if (env.EMAIL_LINK_SECRET) return env.EMAIL_LINK_SECRET;
  const key = env.APP_KEYS[0];
  if (!key) throw new Error('Neither EMAIL_LINK_SECRET nor APP_KEYS is set: mail links cannot be signed.');
  return createHmac('sha256', key).update('skinfacts email links').digest('base64url');
}

const sign = (body: string) => createHmac('sha256', linkSecret()).update(body).digest('base64url');

export function signLinkToken(payload: LinkPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(body)}`;
}

/** The payload of a token this CMS signed, still valid; null for anything else. */
export function readLinkToken(token: string, now = Date.now()): LinkPayload | null {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) return null;
  if (parsed.data.p === 'confirm' && now - parsed.data.t > CONFIRM_MAX_AGE_MS) return null;
  return parsed.data;
}

/** Addresses are compared and stored lower-case: one subscription per mailbox however it was typed. */
export const normalEmail = (email: string) => email.trim().toLowerCase();
