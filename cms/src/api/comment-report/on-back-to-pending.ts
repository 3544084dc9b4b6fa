import type { Core } from '@strapi/strapi';
import { notifyModeratorsOfHeldComment } from '../../notifications/moderators';

/** A comment that visitors' reports just took from approved back to pending. */
export type ReportedBackToPending = {
  commentDocumentId: string;
  articleDocumentId: string | null;
  /** Distinct visitors with an open report on it. */
  reporters: number;
  /** The hold reason recorded on the comment, e.g. "reported by 3 visitors". */
  holdReason: string;
};

/**
 * Called once (after the change committed) each time reports take a comment back to pending: the moderators
 * hear about it like about any held comment (a mail each, or the next digest, as Comment settings say).
 */
export async function onCommentReportedBackToPending(
  strapi: Core.Strapi,
  held: ReportedBackToPending,
): Promise<void> {
  strapi.log.info(`reports: comment ${held.commentDocumentId} is back to pending (${held.holdReason})`);
  await notifyModeratorsOfHeldComment(strapi, held.commentDocumentId, held.holdReason);
}
