import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CommentReportInput, CommentReportResult } from '@skinfacts/shared';
import { cmsEnv } from '../../../env';
import { countHit, type LimitSpec } from '../../../limits/counters';
import { hashIp } from '../../comment/services/comment';
import { PUBLIC_COMMENTS } from '../../comment/public-shape';
import { COMMENT_UID } from '../../comment/uid';
import { commentSettingsOf } from '../../comment-setting/services/comment-setting';
import { holdReportedComment } from '../back-to-pending';
import { COMMENT_REPORT_UID } from '../uid';
import { isRecord } from '../../../utils/is-record';

/** 5 reports in 10 minutes from one visitor (hashed IP), then 429; in Redis when REDIS_URL is set (src/limits). */
export const REPORTS_PER_VISITOR: LimitSpec = { name: 'reports-per-ip', points: 5, durationSeconds: 600 };

export class TooManyReportsError extends errors.RateLimitError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many reports from your connection. Try again in ${retryAfterSeconds} seconds.`, {
      retryAfterSeconds,
    });
  }
}

export class ReportedCommentNotFoundError extends errors.NotFoundError {
  constructor() {
    super('There is no approved comment with this id to report.');
  }
}

/** One visitor, one comment: the unique key that makes a second report from the same visitor a no-op. */
const reportKeyOf = (commentDocumentId: string, reporterHash: string) =>
  createHash('sha256').update(`${commentDocumentId}:${reporterHash}`).digest('hex');

/** Distinct visitors with an open (not dismissed) report on the comment. */
export async function openReporters(strapi: Core.Strapi, commentDocumentId: string): Promise<number> {
  const rows: unknown[] = await strapi.db.query(COMMENT_REPORT_UID).findMany({
    where: { comment: { documentId: commentDocumentId }, dismissedAt: { $null: true } },
    select: ['reporterHash'],
  });
  return new Set(rows.filter(isRecord).map((row) => row.reporterHash)).size;
}

const commentReportService = factories.createCoreService(
  COMMENT_REPORT_UID,
  ({ strapi }: { strapi: Core.Strapi }) => ({
    /**
     * A visitor reports an approved, public comment. The visitor is their salted IP hash (as for comments): a
     * second report of the same comment stores nothing and counts nothing. When the distinct visitors with
     * open reports reach the Comment settings' reportThreshold, the comment goes back to pending.
     */
    async report(input: CommentReportInput, visitor: { ip: string }): Promise<CommentReportResult> {
      const reporterHash = hashIp(visitor.ip, cmsEnv().COMMENT_IP_SALT);
      const limit = await countHit(REPORTS_PER_VISITOR, reporterHash);
      if (!limit.allowed) throw new TooManyReportsError(Math.max(1, Math.ceil(limit.msBeforeReset / 1000)));

      const comment = await strapi.documents(COMMENT_UID).findFirst({
        filters: { $and: [{ documentId: input.comment }, PUBLIC_COMMENTS] },
        fields: ['documentId'],
      });
      if (!comment) throw new ReportedCommentNotFoundError();

      const reportKey = reportKeyOf(input.comment, reporterHash);
      const reports = strapi.db.query(COMMENT_REPORT_UID);
      if ((await reports.count({ where: { reportKey } })) > 0) {
        return { counted: false, heldForModeration: false };
      }
      try {
        await strapi.documents(COMMENT_REPORT_UID).create({
          data: {
            comment: input.comment,
            reason: input.reason,
            note: input.note,
            reporterHash,
            reportKey,
          },
        });
      } catch (error) {
        // The same visitor's report arriving twice at once: the unique reportKey kept one.
        if ((await reports.count({ where: { reportKey } })) > 0) {
          return { counted: false, heldForModeration: false };
        }
        throw error;
      }
      const reporters = await openReporters(strapi, input.comment);
      const { reportThreshold } = await commentSettingsOf(strapi).reportsAndRetention();
      const heldForModeration =
        reporters >= reportThreshold && (await holdReportedComment(strapi, input.comment, reporters));
      return { counted: true, heldForModeration };
    },
  }),
);

export default commentReportService;

export type CommentReportService = ReturnType<typeof commentReportService>;

export const commentReportsOf = (strapi: Core.Strapi) =>
  strapi.service(COMMENT_REPORT_UID) as CommentReportService;
