import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import {
  commenterAvatarQuerySchema,
  commenterSessionQuerySchema,
  commenterSignInSchema,
  fieldErrors,
  firstIssueMessage,
} from '@skinfacts/shared';
import { notFound } from '../../../utils/koa-context';
import { toCommenterAccount } from '../account-shape';
import { avatarSource } from '../avatars';
import { commenterAccountsOf } from '../services/commenter-account';

function parse<S extends z.ZodType>(schema: S, body: unknown, hint: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new errors.ValidationError(firstIssueMessage(parsed.error, hint), {
    fieldErrors: fieldErrors(parsed.error),
  });
}

const SESSION_HINT = 'Send { "sessionToken" }.';

/** The sign-in ended: the site shows the guest form again. */
const signedOut = (ctx: Context) => {
  ctx.status = 401;
  return {
    data: null,
    error: { status: 401, name: 'UnauthorizedError', message: 'This sign-in has ended.', details: {} },
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async signIn(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const { profile } = parse(commenterSignInSchema, ctx.request.body, 'Send { "profile": { … } }.');
    const { sessionToken, account } = await commenterAccountsOf(strapi).signIn(profile);
    ctx.status = 201;
    return { data: { sessionToken, account: toCommenterAccount(account) } };
  },

  async session(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const { sessionToken } = parse(commenterSessionQuerySchema, ctx.request.body, SESSION_HINT);
    const account = await commenterAccountsOf(strapi).accountOfSession(sessionToken);
    return account ? { data: toCommenterAccount(account) } : signedOut(ctx);
  },

  async signOut(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const { sessionToken } = parse(commenterSessionQuerySchema, ctx.request.body, SESSION_HINT);
    await commenterAccountsOf(strapi).endSession(sessionToken);
    ctx.status = 204;
    return null;
  },

  /** Where the site fetches the picture behind a public avatarId (see ../avatars.ts); 404 when there is none. */
  async avatar(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const { avatarId } = parse(commenterAvatarQuerySchema, ctx.request.body, 'Send { "avatarId" }.');
    const source = await avatarSource(strapi, avatarId);
    if (!source) return notFound(ctx, 'No picture has this avatarId.');
    return { data: source };
  },

  /** The commenter asked to delete their account: its comments are anonymised (see on-delete.ts). */
  async remove(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const { sessionToken } = parse(commenterSessionQuerySchema, ctx.request.body, SESSION_HINT);
    const accounts = commenterAccountsOf(strapi);
    const account = await accounts.accountOfSession(sessionToken);
    if (!account) return signedOut(ctx);
    await accounts.deleteAccount(account.documentId);
    ctx.status = 204;
    return null;
  },
});
