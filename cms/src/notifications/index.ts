import type { Core } from '@strapi/strapi';
import { COMMENT_UID } from '../api/comment/uid';
import { OutboxPayloadError, outboxOf } from '../outbox';
import type { RunningJob } from '../jobs/run-once';
import { isRecord } from '../utils/is-record';
import { notifyCommentersOfApproval } from './approvals';
import { startDigestJob } from './digest';
import { EMAIL_KIND, emailHandler } from './email-kind';
import { isConfirmed } from './subscriptions';

export { notifyModeratorsOfHeldComment } from './moderators';
export { requestSubscription } from './subscriptions';

const WATCHED = new Set(['create', 'update']);

async function statusOf(strapi: Core.Strapi, documentId: string | undefined): Promise<unknown> {
  if (!documentId) return undefined;
  const row: unknown = await strapi.db
    .query(COMMENT_UID)
    .findOne({ where: { documentId }, select: ['moderationStatus'] });
  return isRecord(row) ? row.moderationStatus : undefined;
}

/**
 * Mails (issue 14) go through the outbox as `email` messages. A comment that becomes approved — by a moderator,
 * a staff reply, auto-approve or the admin panel — queues its commenters' mails in the same transaction as the
 * write (approvals.ts). Held comments are announced where they are held: the comment service calls
 * notifyModeratorsOfHeldComment.
 */
export function registerNotifications(strapi: Core.Strapi): void {
  outboxOf(strapi).handle(EMAIL_KIND, emailHandler(strapi, isConfirmed));

  strapi.documents.use((context, next) => {
    if (context.uid !== COMMENT_UID || !WATCHED.has(context.action) || !strapi.isLoaded) return next();
    const { documentId } = context.params as { documentId?: string };
    // One transaction with the write, joined by the Document Service's own: mails and change commit together.
    const work = strapi.db.transaction(async () => {
      const before = await statusOf(strapi, documentId);
      const result: unknown = await next();
      const id =
        documentId ??
        (isRecord(result) && typeof result.documentId === 'string' ? result.documentId : undefined);
      if (id && before !== 'approved' && (await statusOf(strapi, id)) === 'approved') {
        try {
          await notifyCommentersOfApproval(strapi, id);
        } catch (error) {
          if (!(error instanceof OutboxPayloadError)) throw error;
          strapi.log.warn(`notifications: no mail about comment ${id}: ${error.message}`);
        }
      }
      return result;
    });
    return work as unknown as ReturnType<typeof next>;
  });
}

const digestJobs = new WeakMap<Core.Strapi, RunningJob>();

/** Starts the moderators' digest job (bootstrap, after the outbox). */
export function startNotifications(strapi: Core.Strapi): void {
  if (!digestJobs.has(strapi)) digestJobs.set(strapi, startDigestJob(strapi, outboxOf(strapi).instanceId));
}

export async function stopNotifications(strapi: Core.Strapi): Promise<void> {
  await digestJobs.get(strapi)?.stop();
  digestJobs.delete(strapi);
}
