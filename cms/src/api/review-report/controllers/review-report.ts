import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { reviewReportOf } from '../services/review-report';

const MAX_WINDOW_DAYS = 366;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/reviews/due?withinDays=30 — what needs a medical review, for editors' tools (API token). */
  async find(ctx: Context) {
    const raw = ctx.query.withinDays ?? '30';
    const withinDays = Number(raw);
    if (
      typeof raw !== 'string' ||
      !Number.isInteger(withinDays) ||
      withinDays < 0 ||
      withinDays > MAX_WINDOW_DAYS
    ) {
      throw new errors.ValidationError(`withinDays must be a whole number from 0 to ${MAX_WINDOW_DAYS}.`);
    }
    const due = await reviewReportOf(strapi).due(new Date(), withinDays);
    return { data: due, meta: { withinDays, total: due.length } };
  },
});
