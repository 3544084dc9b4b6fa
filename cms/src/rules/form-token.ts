import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A form older than this is refused with "reload the page": its token proves nothing about a human anymore. */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** 18 random bytes: 24 base64url characters, far beyond guessing, and no padding to trip over. */
const NONCE_BYTES = 18;

type FormTokenClaims = { issuedAt: number; article: string; nonce: string };

function sign({ issuedAt, article, nonce }: FormTokenClaims, secret: string) {
  return createHmac('sha256', secret)
    .update(`comment-form:${issuedAt}.${article}.${nonce}`)
    .digest('base64url');
}

/**
 * "<issuedAt ms>.<article documentId>.<nonce>.<signature>": tells the CMS when the form was opened and for which
 * article, without trusting the browser; the nonce lets the CMS accept each token once (see form-token-use).
 */
export function issueFormToken(
  secret: string,
  article: string,
  issuedAt: number = Date.now(),
  nonce: string = randomBytes(NONCE_BYTES).toString('base64url'),
) {
  return `${issuedAt}.${article}.${nonce}.${sign({ issuedAt, article, nonce }, secret)}`;
}

export type FormTokenProblem = 'malformed' | 'expired' | 'other-article';

export type FormTokenCheck =
  { valid: true; elapsedMs: number; nonce: string } | { valid: false; problem: FormTokenProblem };

/** Checks the signature, the age and the article; whether the nonce was already used is the database's to say. */
export function checkFormToken(
  token: string,
  secret: string,
  expected: { article: string; now?: number },
): FormTokenCheck {
  const parts = token.split('.');
  const [issuedText, article, nonce, signature] = parts;
  const issuedAt = Number(issuedText);
  if (parts.length !== 4 || !article || !nonce || !signature || !Number.isSafeInteger(issuedAt)) {
    return { valid: false, problem: 'malformed' };
  }
  const wanted = Buffer.from(sign({ issuedAt, article, nonce }, secret));
  const given = Buffer.from(signature);
  if (wanted.length !== given.length || !timingSafeEqual(wanted, given)) {
    return { valid: false, problem: 'malformed' };
  }
  const elapsedMs = (expected.now ?? Date.now()) - issuedAt;
  if (elapsedMs < 0 || elapsedMs > FORM_TOKEN_MAX_AGE_MS) return { valid: false, problem: 'expired' };
  if (article !== expected.article) return { valid: false, problem: 'other-article' };
  return { valid: true, elapsedMs, nonce };
}
