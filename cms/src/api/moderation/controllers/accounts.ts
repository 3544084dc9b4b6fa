import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { accountBlockSchema } from '@skinfacts/shared';
import { notFound } from '../../../utils/koa-context';
import { setAccountBlocked } from '../accounts';
import { bodyOf, documentIdParam, parse } from '../request';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** PATCH /api/moderation/accounts/:documentId `{ blocked }` — block or unblock a commenter account. */
  async block(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const documentId = documentIdParam(ctx);
    const { blocked } = parse(accountBlockSchema, bodyOf(ctx));
    const account = await setAccountBlocked(strapi, documentId, blocked);
    if (!account) return notFound(ctx, `No commenter account has the id ${documentId}.`);
    return { data: account };
  },
});
