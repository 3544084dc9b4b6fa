import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { commentReportInputSchema, fieldErrors, issueList } from '@skinfacts/shared';
import { clientIp } from '../../comment/client-ip';
import { isRecord } from '../../../utils/is-record';
import { commentReportsOf, TooManyReportsError } from '../services/comment-report';
import { COMMENT_REPORT_UID } from '../uid';

function parseReport(body: unknown) {
  if (!isRecord(body) || !isRecord(body.data)) {
    throw new errors.ValidationError('Send the report as JSON: { "data": { "comment", "reason", "note" } }.');
  }
  const parsed = commentReportInputSchema.safeParse(body.data);
  if (parsed.success) return parsed.data;
  throw new errors.ValidationError('The report has errors. Fix the fields listed and send it again.', {
    errors: issueList(parsed.error),
    fieldErrors: fieldErrors(parsed.error),
  });
}

export default factories.createCoreController(COMMENT_REPORT_UID, ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/comment-reports (the site only): a visitor reports an approved comment. */
  async create(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    const input = parseReport(ctx.request.body);
    try {
      const result = await commentReportsOf(strapi).report(input, { ip: clientIp(ctx) });
      ctx.status = result.counted ? 201 : 200;
      return { data: result };
    } catch (error) {
      if (error instanceof TooManyReportsError) ctx.set('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  },
}));
