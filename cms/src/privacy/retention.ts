import type { Core } from '@strapi/strapi';
import { COMMENT_UID } from '../api/comment/uid';
import { commentSettingsOf } from '../api/comment-setting/services/comment-setting';
import { cmsEnv } from '../env';
import { startPeriodicJob, type RunningJob } from '../jobs/run-once';
import { outboxOf } from '../outbox';

const DAY_MS = 24 * 60 * 60 * 1000;
export const RETENTION_JOB = 'comment-signal-retention';

/**
 * Clears `ipHash` and `userAgent` from comments older than the Comment settings' signalRetentionDays. Private
 * fields only: no page changes, so this writes past the Document Service. Returns how many comments it cleared.
 */
export async function clearExpiredSignals(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const { signalRetentionDays } = await commentSettingsOf(strapi).reportsAndRetention();
  const cutoff = new Date(now.getTime() - signalRetentionDays * DAY_MS);
  const { count } = await strapi.db.query(COMMENT_UID).updateMany({
    where: {
      createdAt: { $lt: cutoff },
      $or: [{ ipHash: { $notNull: true } }, { userAgent: { $notNull: true } }],
    },
    data: { ipHash: null, userAgent: null },
  });
  if (count > 0) strapi.log.info(`retention: cleared the IP hash and user agent of ${count} comment(s)`);
  return count;
}

const jobs = new WeakMap<Core.Strapi, RunningJob>();

/**
 * Runs clearExpiredSignals every SIGNAL_RETENTION_EVERY_MS on whichever instance takes the job's lease
 * (src/jobs/run-once.ts), so with several CMS instances it runs once per period.
 */
export function startSignalRetention(strapi: Core.Strapi): void {
  if (jobs.has(strapi)) return;
  const job = startPeriodicJob(
    strapi.db.connection,
    {
      name: RETENTION_JOB,
      everyMs: cmsEnv().SIGNAL_RETENTION_EVERY_MS,
      run: () => clearExpiredSignals(strapi),
    },
    { holder: outboxOf(strapi).instanceId, log: strapi.log },
  );
  jobs.set(strapi, job);
}

export async function stopSignalRetention(strapi: Core.Strapi): Promise<void> {
  const job = jobs.get(strapi);
  jobs.delete(strapi);
  await job?.stop();
}
