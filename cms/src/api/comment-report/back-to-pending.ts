import type { Core } from '@strapi/strapi';
import { COMMENT_UID } from '../comment/uid';
import { cmsEnv } from '../../env';
import { notifySite } from '../../revalidation/notify';
import { revalidationSettings } from '../../revalidation/settings';
import { isRecord } from '../../utils/is-record';
import { onCommentReportedBackToPending, type ReportedBackToPending } from './on-back-to-pending';

/** Recorded as `moderatedBy` when reports, not a moderator, took a comment back to pending. */
export const REPORTS_MODERATOR = 'visitor reports';

export const reportHoldReason = (reporters: number) =>
  `reported by ${reporters} visitor${reporters === 1 ? '' : 's'}`;

function reasonsOf(spamSignals: unknown): string[] {
  const reasons = isRecord(spamSignals) ? spamSignals.reasons : undefined;
  return Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : [];
}

/**
 * THE transition "reported by enough visitors → back to pending". A compare-and-set on the approved status, in one
 * transaction with the revalidation of the article's page (outbox), so of several reports arriving together (on
 * one or several CMS instances) exactly one moves the comment, and only that one calls
 * onCommentReportedBackToPending, after the commit. Returns whether this call moved it.
 */
export async function holdReportedComment(
  strapi: Core.Strapi,
  commentDocumentId: string,
  reporters: number,
): Promise<boolean> {
  const holdReason = reportHoldReason(reporters);
  const held = await strapi.db.transaction(async (): Promise<ReportedBackToPending | null> => {
    const row: unknown = await strapi.db.query(COMMENT_UID).findOne({
      where: { documentId: commentDocumentId, moderationStatus: 'approved' },
      select: ['spamSignals'],
      populate: { article: { select: ['documentId', 'slug'] } },
    });
    if (!isRecord(row)) return null;
    const spamSignals = isRecord(row.spamSignals) ? row.spamSignals : {};
    const reasons = [...reasonsOf(spamSignals).filter((r) => !r.startsWith('reported by ')), holdReason];
    const { count } = await strapi.db.query(COMMENT_UID).updateMany({
      where: { documentId: commentDocumentId, moderationStatus: 'approved' },
      data: {
        moderationStatus: 'pending',
        moderatedAt: new Date(),
        moderatedBy: REPORTS_MODERATOR,
        spamSignals: { ...spamSignals, reasons },
      },
    });
    if (count !== 1) return null;
    const article = isRecord(row.article) ? row.article : {};
    const articleDocumentId = typeof article.documentId === 'string' ? article.documentId : null;
    const slug = typeof article.slug === 'string' && article.slug !== '' ? article.slug : null;
    if (articleDocumentId && revalidationSettings(cmsEnv())) {
      await notifySite(strapi, {
        type: 'comment',
        articles: [articleDocumentId],
        articleSlugs: slug ? [slug] : [],
      });
    }
    return { commentDocumentId, articleDocumentId, reporters, holdReason };
  });
  if (!held) return false;
  await onCommentReportedBackToPending(strapi, held).catch((error: unknown) => {
    strapi.log.warn(`reports: telling moderators about ${commentDocumentId} failed: ${String(error)}`);
  });
  return true;
}
