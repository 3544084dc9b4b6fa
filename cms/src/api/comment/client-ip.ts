import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'koa';

/** Headers the site's comment route adds when it forwards a visitor's comment to the CMS. */
export const CLIENT_IP_HEADER = 'x-skinfacts-client-ip';
export const WEB_SECRET_HEADER = 'x-skinfacts-web-secret';

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The visitor's IP: the site's header when the request proves it comes from the site (shared secret),
 * otherwise the connection's own address. Anyone else setting the header is ignored.
 */
export function clientIp(ctx: Context): string {
  const secret = process.env.WEB_TO_CMS_SECRET ?? '';
  const given = ctx.get(WEB_SECRET_HEADER);
  const forwarded = ctx.get(CLIENT_IP_HEADER).trim();
  if (secret && given && forwarded && sameSecret(given, secret)) return forwarded.slice(0, 64);
  return ctx.request.ip;
}
