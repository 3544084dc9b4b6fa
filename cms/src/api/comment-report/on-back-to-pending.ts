import type { Core } from '@strapi/strapi';

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
 * Called once (after the change committed) each time reports take a comment back to pending — the place to
 * tell the moderators (e.g. the moderator mails of issue 14). For now it logs the hold.
 */
export async function onCommentReportedBackToPending(
  strapi: Core.Strapi,
  held: ReportedBackToPending,
): Promise<void> {
  strapi.log.info(
    `reports: comment ${held.commentDocumentId} is back to pending (${held.holdReason}); moderators should look at it`,
  );
  return Promise.resolve();
}
