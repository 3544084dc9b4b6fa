import type { Core } from '@strapi/strapi';
import { commentSettingsOf } from '../api/comment-setting/services/comment-setting';
import { queueMail } from './email-kind';
import { loadHeldComments, moderatorRecipients } from './held-comments';
import { stopLinks } from './site-links';
import { heldCommentMail } from './templates/moderator-mails';

export const MODERATOR_NOTICE_UID = 'api::moderator-notice.moderator-notice';

/**
 * Tells the moderators that a comment is held (new and pending, spam with a reason, or pushed back to pending,
 * e.g. by visitors' reports): with "each held comment" in Comment settings, a mail to every moderator who has
 * not switched them off, queued now; with "a digest every N minutes", a notice the next digest picks up
 * (digest.ts). Runs in the caller's transaction when there is one, so the mails exist exactly when the change
 * that held the comment commits. A comment that is no longer held, or does not exist, mails nobody.
 */
export async function notifyModeratorsOfHeldComment(
  strapi: Core.Strapi,
  commentDocumentId: string,
  reason: string,
): Promise<void> {
  const settings = await commentSettingsOf(strapi).moderatorMails();
  if (settings.mode === 'digest') {
    await strapi.db.query(MODERATOR_NOTICE_UID).create({
      data: { commentDocumentId, reason: reason.slice(0, 2000), heldAt: new Date() },
    });
    return;
  }
  const [comment] = await loadHeldComments(strapi, [{ documentId: commentDocumentId, reason }]);
  if (!comment) return;
  for (const moderator of await moderatorRecipients(strapi)) {
    const stop = stopLinks({ p: 'moderator-off', u: moderator.id });
    await queueMail(strapi, {
      to: moderator.email,
      mail: heldCommentMail(comment, stop.pageUrl),
      headers: stop.headers,
      about: `held comment ${commentDocumentId} to moderator ${moderator.id}`,
    });
  }
}
