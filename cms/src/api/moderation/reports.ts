import type { Core } from '@strapi/strapi';
import { COMMENT_REPORT_REASONS, type ModeratedComment, type ModeratedReport } from '@skinfacts/shared';
import { COMMENT_REPORT_UID } from '../comment-report/uid';
import { isRecord } from '../../utils/is-record';
import type { Moderator } from './moderator';

const reasonOf = (value: unknown) => COMMENT_REPORT_REASONS.find((reason) => reason === value) ?? 'other';
const isoDate = (value: unknown) =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

/** Open (not dismissed) reports of these comments, oldest first, by comment documentId. Never who filed them. */
export async function openReportsByComment(
  strapi: Core.Strapi,
  commentDocumentIds: string[],
): Promise<Map<string, ModeratedReport[]>> {
  const byComment = new Map<string, ModeratedReport[]>();
  if (commentDocumentIds.length === 0) return byComment;
  const rows: unknown[] = await strapi.db.query(COMMENT_REPORT_UID).findMany({
    where: { comment: { documentId: { $in: commentDocumentIds } }, dismissedAt: { $null: true } },
    select: ['documentId', 'reason', 'note', 'createdAt'],
    populate: { comment: { select: ['documentId'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  for (const row of rows.filter(isRecord)) {
    const comment = isRecord(row.comment) ? row.comment.documentId : undefined;
    if (typeof comment !== 'string' || typeof row.documentId !== 'string') continue;
    const list = byComment.get(comment) ?? [];
    list.push({
      documentId: row.documentId,
      reason: reasonOf(row.reason),
      note: typeof row.note === 'string' && row.note !== '' ? row.note : null,
      createdAt: isoDate(row.createdAt),
    });
    byComment.set(comment, list);
  }
  return byComment;
}

/** The comments with their open reports filled in. */
export async function withOpenReports(
  strapi: Core.Strapi,
  comments: ModeratedComment[],
): Promise<ModeratedComment[]> {
  const reports = await openReportsByComment(
    strapi,
    comments.map((comment) => comment.documentId),
  );
  return comments.map((comment) => ({ ...comment, reports: reports.get(comment.documentId) ?? [] }));
}

/**
 * A moderator dismisses every open report of a comment: they stay stored (with who and when) but no longer
 * count towards the report threshold nor show in the console. Returns how many were dismissed.
 */
export async function dismissReports(
  strapi: Core.Strapi,
  commentDocumentId: string,
  moderator: Moderator,
): Promise<number> {
  const reports = strapi.db.query(COMMENT_REPORT_UID);
  const open: unknown[] = await reports.findMany({
    where: { comment: { documentId: commentDocumentId }, dismissedAt: { $null: true } },
    select: ['id'],
  });
  const ids = open.filter(isRecord).map((row) => row.id);
  if (ids.length === 0) return 0;
  const { count } = await reports.updateMany({
    where: { id: { $in: ids }, dismissedAt: { $null: true } },
    data: { dismissedAt: new Date(), dismissedBy: moderator.by },
  });
  return count;
}
