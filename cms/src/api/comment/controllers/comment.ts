import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  COMMENT_LIST_QUERY,
  commentFormTokenQuerySchema,
  commentSubmissionSchema,
  fieldErrors,
  firstIssueMessage,
  issueList,
  ownCommentsQuerySchema,
} from '@skinfacts/shared';
import { publicDetailQuery, publicListQuery } from '../../../public-query';
import { issueFormToken } from '../../../rules/form-token';
import { clientIp, commenterSessionOf } from '../client-ip';
import { SignInEndedError } from '../services/signed-in';
import { FormTokenUsedError } from '../../form-token-use/services/form-token-use';
import { commentServiceOf, formTokenSecret } from '../services/comment';
import { commentSettingsOf } from '../../comment-setting/services/comment-setting';
import { DuplicateCommentError, TooManyCommentsError } from '../services/submission-guards';
import {
  PUBLIC_COMMENTS,
  PUBLIC_COMMENT_FIELDS,
  PUBLIC_COMMENT_POPULATE,
  toOwnComment,
  toSubmittedComment,
} from '../public-shape';
import { COMMENT_UID } from '../uid';
import { withAvatarIds } from '../../commenter-account/avatars';
import { isRecord } from '../../../utils/is-record';
import { notFound, routeParam } from '../../../utils/koa-context';

/** A comment after output sanitising: an object with its documentId. */
type PublicRow = { documentId: string };

/** Turns the shared schema's errors into Strapi's 400 shape, with per-field messages. */
function parseSubmission(body: unknown) {
  if (!isRecord(body) || !isRecord(body.data)) {
    throw new errors.ValidationError('Send the comment as JSON: { "data": { "article", "authorName", … } }.');
  }
  const parsed = commentSubmissionSchema.safeParse(body.data);
  if (parsed.success) return parsed.data;

  const byField = fieldErrors(parsed.error);
  throw new errors.ValidationError('The comment has errors. Fix the fields listed and send it again.', {
    errors: issueList(parsed.error),
    fieldErrors: byField,
  });
}

export default factories.createCoreController(COMMENT_UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const schema = strapi.getModel(COMMENT_UID);
  const sanitizeOutput = (data: unknown, ctx: Context) =>
    strapi.contentAPI.sanitize.output(data, schema, { auth: ctx.state.auth });

  return {
    /**
     * Public readers see approved comments on published articles only, whatever they send: the query is
     * checked against COMMENT_LIST_QUERY (400 for anything else) and the visibility rule is always and-ed on.
     */
    async find(ctx: Context) {
      const query = publicListQuery(strapi, COMMENT_UID, ctx.query, COMMENT_LIST_QUERY, PUBLIC_COMMENTS);
      const { results, pagination } = await commentServiceOf(strapi).find({
        ...query,
        sort: query.sort ?? ['createdAt:asc'],
        fields: PUBLIC_COMMENT_FIELDS,
        populate: PUBLIC_COMMENT_POPULATE,
      });
      const data = (await sanitizeOutput(results, ctx)) as PublicRow[];
      return { data: await withAvatarIds(strapi, data), meta: { pagination } };
    },

    async findOne(ctx: Context) {
      publicDetailQuery(ctx.query, { route: 'GET /api/comments/:documentId', status: false });
      const comment = await strapi.documents(COMMENT_UID).findFirst({
        filters: { $and: [{ documentId: routeParam(ctx, 'id') }, PUBLIC_COMMENTS] },
        fields: PUBLIC_COMMENT_FIELDS,
        populate: PUBLIC_COMMENT_POPULATE,
      });
      if (!comment) return notFound(ctx, 'No approved comment has this id.');
      const [data] = await withAvatarIds(strapi, [(await sanitizeOutput(comment, ctx)) as PublicRow]);
      return { data, meta: {} };
    },

    async create(ctx: Context) {
      const input = parseSubmission(ctx.request.body);
      try {
        const comment = await commentServiceOf(strapi).submit(input, {
          ip: clientIp(ctx),
          userAgent: ctx.request.get('user-agent') || undefined,
          sessionToken: commenterSessionOf(ctx),
        });
        ctx.status = 201;
        return { data: toSubmittedComment(comment) };
      } catch (error) {
        if (error instanceof SignInEndedError) {
          ctx.status = 401;
          return { data: null, error: { status: 401, name: 'UnauthorizedError', message: error.message } };
        }
        if (error instanceof TooManyCommentsError) ctx.set('Retry-After', String(error.retryAfterSeconds));
        if (!(error instanceof DuplicateCommentError || error instanceof FormTokenUsedError)) throw error;
        ctx.status = 409;
        return {
          data: null,
          error: { status: 409, name: 'ConflictError', message: error.message, details: error.details },
        };
      }
    },

    /**
     * POST /api/comments/own (the site only, see the route): the visitor's own comments by documentId, with
     * their status, so the site can show "awaiting moderation" to the person who wrote them and nobody else.
     */
    async own(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      const parsed = ownCommentsQuerySchema.safeParse(ctx.request.body);
      if (!parsed.success) {
        throw new errors.ValidationError('Send { "documentIds": [...] }.', {
          fieldErrors: fieldErrors(parsed.error),
        });
      }
      const comments = await strapi.documents(COMMENT_UID).findMany({
        filters: { documentId: { $in: parsed.data.documentIds } },
        fields: [...PUBLIC_COMMENT_FIELDS, 'moderationStatus'],
        populate: { parent: { fields: ['documentId'] }, article: { fields: ['documentId'] } },
        limit: parsed.data.documentIds.length,
      });
      return { data: await withAvatarIds(strapi, comments.map(toOwnComment)) };
    },

    /**
     * GET /api/comments/form-token?article=<documentId>: the comment form asks for one when it is shown (see the
     * service), and learns whether comments are open site-wide — so a site-wide closure hides every form at once.
     * A token names its article and works once; an article that takes no comments gets none (the same 400/403
     * as posting to it).
     */
    async formToken(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      const query = commentFormTokenQuerySchema.safeParse(ctx.query);
      if (!query.success) {
        throw new errors.ValidationError(firstIssueMessage(query.error, 'Ask for ?article=<documentId>.'), {
          errors: issueList(query.error),
        });
      }
      await commentServiceOf(strapi).assertArticleOpen({ article: query.data.article });
      const { commentsOpen } = await commentSettingsOf(strapi).current();
      return { data: { formToken: issueFormToken(formTokenSecret(), query.data.article), commentsOpen } };
    },
  };
});
