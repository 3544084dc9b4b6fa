import { createHmac, timingSafeEqual } from 'node:crypto';

/** A form older than this is refused with "reload the page": its token proves nothing about a human anymore. */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;

function sign(issuedAt: number, secret: string) {
  return createHmac('sha256', secret).update(`comment-form:${issuedAt}`).digest('base64url');
}

/** "<issuedAt ms>.<signature>": lets the CMS know when the form was opened without trusting the browser. */
export function issueFormToken(secret: string, issuedAt: number = Date.now()) {
  return `${issuedAt}.${sign(issuedAt, secret)}`;
}

export type FormTokenCheck =
  { valid: true; elapsedMs: number } | { valid: false; problem: 'malformed' | 'expired' };

export function checkFormToken(token: string, secret: string, now: number = Date.now()): FormTokenCheck {
  const [issuedText, signature] = token.split('.');
  const issuedAt = Number(issuedText);
  if (!signature || !Number.isSafeInteger(issuedAt)) return { valid: false, problem: 'malformed' };
  const expected = Buffer.from(sign(issuedAt, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { valid: false, problem: 'malformed' };
  const elapsedMs = now - issuedAt;
  if (elapsedMs < 0 || elapsedMs > FORM_TOKEN_MAX_AGE_MS) return { valid: false, problem: 'expired' };
  return { valid: true, elapsedMs };
}
