import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  bulkModerationSchema,
  moderationDecisionSchema,
  moderationQueueQuerySchema,
  moderatorReplySchema,
} from '@skinfacts/shared';
import {
  CommentNotFoundError,
  ReplyNotAllowedError,
  isFullAccessToken,
  moderatorOf as moderatorOfState,
  type Moderator,
} from '../moderator';
import { endSession } from '../moderator-session';
import { moderationOf } from '../services/moderation';
import { notFound } from '../../../utils/koa-context';
import { bodyOf, documentIdParam, parse } from '../request';

/** Who is deciding (the is-moderator policy already let the request through). */
function moderatorOf(ctx: Context): Moderator {
  const moderator = moderatorOfState(ctx.state);
  if (!moderator) throw new errors.ForbiddenError();
  return moderator;
}

async function answerErrors<T>(ctx: Context, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CommentNotFoundError) return notFound(ctx, error.message);
    if (error instanceof ReplyNotAllowedError) {
      ctx.status = 409;
      return { data: null, error: { status: 409, name: 'ConflictError', message: error.message } };
    }
    throw error;
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => moderationOf(strapi);
  return {
    /** The site's login asks this after /api/auth/local: 200 for a moderator, 403 for anyone else. */
    me(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      const { name, email } = moderatorOf(ctx);
      return { data: { username: name, email, role: 'moderator' } };
    },

    /** Ends the moderator's login for good: the same token gets 401 from every moderation route afterwards. */
    async logout(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      if (isFullAccessToken(ctx.state)) {
        throw new errors.ValidationError('An API token has no login to end; revoke it in the admin panel.');
      }
      await endSession(strapi, ctx.state);
      return { data: { loggedOut: true } };
    },

    async find(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      const query = parse(moderationQueueQuerySchema, ctx.query);
      return service().list(query);
    },

    /** One comment, whatever its status or page: the console's deep link `/moderation?comment=<documentId>`. */
    async findOne(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      const documentId = documentIdParam(ctx);
      return answerErrors(ctx, async () => ({ data: await service().findOne(documentId) }));
    },

    async decide(ctx: Context) {
      const { moderationStatus } = parse(moderationDecisionSchema, bodyOf(ctx));
      const documentId = documentIdParam(ctx);
      return answerErrors(ctx, async () => ({
        data: await service().decide(documentId, moderationStatus, moderatorOf(ctx)),
      }));
    },

    async bulk(ctx: Context) {
      const { documentIds, moderationStatus } = parse(bulkModerationSchema, bodyOf(ctx));
      return service().decideMany(documentIds, moderationStatus, moderatorOf(ctx));
    },

    async reply(ctx: Context) {
      const { body } = parse(moderatorReplySchema, bodyOf(ctx));
      const documentId = documentIdParam(ctx);
      return answerErrors(ctx, async () => {
        const reply = await service().reply(documentId, body, moderatorOf(ctx));
        ctx.status = 201;
        return { data: reply };
      });
    },
  };
};
