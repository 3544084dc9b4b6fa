import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { commentSettingsOf } from '../api/comment-setting/services/comment-setting';
import { cmsEnv } from '../env';
import { startPeriodicJob, type RunningJob } from '../jobs/run-once';
import { queueMail } from './email-kind';
import { loadHeldComments, moderatorRecipients } from './held-comments';
import { MODERATOR_NOTICE_UID } from './moderators';
import { moderationUrl, stopLinks } from './site-links';
import { heldDigestMail } from './templates/moderator-mails';

/** The most held comments one digest lists; more wait for the next. */
const DIGEST_LIMIT = 100;

const noticeSchema = z.object({
  id: z.number(),
  commentDocumentId: z.string(),
  reason: z.string().nullable(),
  heldAt: z.union([z.string(), z.date()]).transform((value) => new Date(value)),
});

/**
 * Sends the moderators' digest when one is due: the oldest waiting notice is at least N minutes old (Comment
 * settings), so a digest goes out at most N minutes after the first comment it lists. Notices left when the
 * settings went back to "each held comment" go out at once. The notices are marked and the mails queued in one
 * transaction; the job runs on one instance at a time (job lease), so no comment is in two digests.
 * Returns how many mails it queued.
 */
export async function sendDueDigest(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const query = strapi.db.query(MODERATOR_NOTICE_UID);
  const rows: unknown[] = await query.findMany({
    where: { digestedAt: null },
    orderBy: [{ heldAt: 'asc' }, { id: 'asc' }],
    limit: DIGEST_LIMIT,
  });
  const notices = rows.map((row) => noticeSchema.parse(row));
  const oldest = notices[0];
  if (!oldest) return 0;
  const settings = await commentSettingsOf(strapi).moderatorMails();
  const periodMs = settings.digestEveryMinutes * 60_000;
  if (settings.mode === 'digest' && now.getTime() - oldest.heldAt.getTime() < periodMs) return 0;

  let queued = 0;
  await strapi.db.transaction(async () => {
    await query.updateMany({
      where: { id: { $in: notices.map((notice) => notice.id) } },
      data: { digestedAt: now },
    });
    const comments = await loadHeldComments(
      strapi,
      notices.map((notice) => ({ documentId: notice.commentDocumentId, reason: notice.reason ?? '' })),
    );
    if (comments.length === 0) return;
    const moderators = await moderatorRecipients(strapi);
    for (const moderator of moderators) {
      const stop = stopLinks({ p: 'moderator-off', u: moderator.id });
      await queueMail(strapi, {
        to: moderator.email,
        mail: heldDigestMail(comments, moderationUrl(), stop.pageUrl),
        headers: stop.headers,
        about: `digest of ${comments.length} held comment(s) to moderator ${moderator.id}`,
      });
    }
    queued = moderators.length;
  });
  return queued;
}

/** Looks for a due digest every EMAIL_DIGEST_CHECK_MS, on whichever instance takes the job's lease. */
export function startDigestJob(strapi: Core.Strapi, holder: string): RunningJob {
  return startPeriodicJob(
    strapi.db.connection,
    { name: 'moderator-digest', everyMs: cmsEnv().EMAIL_DIGEST_CHECK_MS, run: () => sendDueDigest(strapi) },
    { holder, log: strapi.log },
  );
}
