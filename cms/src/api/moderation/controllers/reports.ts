import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMMENT_UID } from '../../comment/uid';
import { moderatorOf } from '../moderator';
import { dismissReports } from '../reports';
import { notFound, routeParam } from '../../../utils/koa-context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/moderation/comments/:documentId/reports/dismiss — every open report of the comment. */
  async dismiss(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const moderator = moderatorOf(ctx.state);
    if (!moderator) throw new errors.ForbiddenError();
    const documentId = routeParam(ctx, 'documentId');
    const exists = await strapi.db.query(COMMENT_UID).count({ where: { documentId } });
    if (exists === 0) return notFound(ctx, `No comment has the id ${documentId}.`);
    return { data: { dismissed: await dismissReports(strapi, documentId, moderator) } };
  },
});
