import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'koa';
import { CLIENT_IP_HEADER, COMMENTER_SESSION_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared';
import { cmsEnv } from '../../env';

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

type RequestHeaders = Record<string, string | string[] | undefined>;

/** Whether the request carries the shared web↔CMS secret (an unset secret trusts nobody). */
export function requestIsFromSite(headers: RequestHeaders): boolean {
  const secret = cmsEnv().WEB_TO_CMS_SECRET ?? '';
  const given = headers[WEB_SECRET_HEADER];
  return typeof given === 'string' && Boolean(secret && given) && sameSecret(given, secret);
}

/**
 * The visitor's IP: the site's header when the request proves it comes from the site (shared secret),
 * otherwise the connection's own address. Anyone else setting the header is ignored.
 */
export function clientIp(ctx: Context): string {
  const forwarded = ctx.get(CLIENT_IP_HEADER).trim();
  if (forwarded && requestIsFromSite(ctx.request.headers)) return forwarded.slice(0, 64);
  return ctx.request.ip;
}

/**
 * A signed-in commenter's session token, which only the site can pass (it holds the commenter's cookie);
 * anyone else sending the header is ignored. Something that is not a token is treated as an ended sign-in.
 */
export function commenterSessionOf(ctx: Context): string | undefined {
  const token = ctx.get(COMMENTER_SESSION_HEADER).trim();
  if (!token || !requestIsFromSite(ctx.request.headers)) return undefined;
  return token.slice(0, 100);
}
