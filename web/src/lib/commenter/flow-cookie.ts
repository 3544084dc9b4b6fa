import 'server-only';
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { COMMENTER_PROVIDERS } from '@skinfacts/shared';
import { safeEqual } from '@/lib/safe-equal';
import { commenterCookie, cookieFrom } from './cookies';

/**
 * One sign-in in progress, kept by the browser between the redirect to the provider and the redirect back:
 * which provider, the `state`, `nonce` and PKCE verifier to check the answer with, and where to return. Signed
 * (HMAC, keyed from WEB_TO_CMS_SECRET), httpOnly, 10 minutes, sent only to the callback; used once.
 */
export const FLOW_COOKIE = 'skinfacts_signin_flow';
export const FLOW_MAX_AGE_SECONDS = 600;

export const flowSchema = z.strictObject({
  provider: z.enum(COMMENTER_PROVIDERS),
  state: z.string().min(20).max(200),
  nonce: z.string().min(20).max(200),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().max(300),
  startedAt: z.number(),
});
export type SignInFlow = z.output<typeof flowSchema>;

const keyOf = (secret: string) => createHmac('sha256', secret).update('skinfacts:sign-in-flow:v1').digest();
const sign = (secret: string, payload: string) =>
  createHmac('sha256', keyOf(secret)).update(payload).digest('base64url');

export function flowCookie(secret: string, flow: SignInFlow): string {
  const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
  return commenterCookie(
    FLOW_COOKIE,
    `${payload}.${sign(secret, payload)}`,
    FLOW_MAX_AGE_SECONDS,
    '/api/auth/callback',
  );
}

export const clearFlowCookie = () => commenterCookie(FLOW_COOKIE, '', 0, '/api/auth/callback');

/** The flow this browser started, or null when the cookie is missing, forged or too old. */
export function flowFrom(secret: string, request: Request, now = Date.now()): SignInFlow | null {
  const [payload, signature] = (cookieFrom(request, FLOW_COOKIE) ?? '').split('.');
  if (!payload || !signature || !safeEqual(signature, sign(secret, payload))) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const flow = flowSchema.safeParse(json);
  if (!flow.success || now - flow.data.startedAt > FLOW_MAX_AGE_SECONDS * 1000) return null;
  return flow.data;
}

/** Only a path on this site: no scheme, no `//host`, nothing odd. Anything else returns to the home page. */
export function safeReturnTo(value: string | null): string {
  return value && /^\/(?!\/)[A-Za-z0-9/_.~%-]{0,250}$/.test(value) ? value : '/';
}
