import { isIP } from 'node:net';
import type { Context, Next } from 'koa';
import { CLIENT_IP_HEADER } from '@skinfacts/shared';
import { requestIsFromSite } from '../api/comment/client-ip';

/**
 * Makes the visitor's address the request's IP when the site forwards it (with the shared secret), so every
 * per-IP rule further on — Strapi's own login limiter included — counts visitors, not the site. Without the
 * secret the header is ignored: anyone could write it.
 */
export default () =>
  async function siteClientAddress(ctx: Context, next: Next) {
    const forwarded = ctx.get(CLIENT_IP_HEADER).trim();
    if (forwarded && isIP(forwarded) && requestIsFromSite(ctx.request.headers)) {
      ctx.request.ip = forwarded;
    }
    await next();
  };
