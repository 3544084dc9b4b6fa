import { randomUUID } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { startPeriodicJob, type RunningJob } from '../jobs/run-once';
import { isRecord } from '../utils/is-record';

/** The content types with "publish at" / "unpublish at" (schema.json). */
export const SCHEDULED_TYPES = ['api::article.article', 'api::treatment.treatment'] as const;

/** How often the schedule is looked at, across all instances: a scheduled change shows within about this. */
export const SCHEDULE_EVERY_MS = 1_000;
/**
 * How often each instance tries to take the job's lease. Shorter than the period, so the next run starts
 * soon after the lease of the last one ends rather than up to a whole period later.
 */
const LEASE_CHECK_EVERY_MS = 250;

type Field = 'publishAt' | 'unpublishAt';
type Log = Core.Strapi['log'];

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** documentIds whose draft or published version has `field` at or before `now`. */
async function dueDocuments(strapi: Core.Strapi, uid: UID.ContentType, field: Field, now: Date) {
  const rows: unknown[] = await strapi.db.query(uid).findMany({
    where: { [field]: { $notNull: true, $lte: now } },
    select: ['documentId'],
    limit: 50,
  });
  return [...new Set(rows.filter(isRecord).map((row) => String(row.documentId)))];
}

/**
 * Clears `field` on every version of the document when it is still due — a compare-and-set: of several
 * callers exactly one sees rows change — and then runs `action`, all in one transaction. A process that dies
 * midway leaves the schedule in place for the next run; an action the content rules refuse (a treatment
 * without its review) is logged, and its schedule is cleared so it is not tried every second.
 */
async function claimAndRun(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
  field: Field,
  now: Date,
  action: () => Promise<unknown>,
) {
  const due = { documentId, [field]: { $notNull: true, $lte: now } };
  try {
    return await strapi.db.transaction(async () => {
      const { count } = await strapi.db.query(uid).updateMany({ where: due, data: { [field]: null } });
      if (count > 0) await action();
      return count > 0;
    });
  } catch (error) {
    await strapi.db.query(uid).updateMany({ where: due, data: { [field]: null } });
    strapi.log.warn(
      `scheduling: ${uid} ${documentId} could not be ${field === 'publishAt' ? 'published' : 'unpublished'} ` +
        `as scheduled, so its schedule was cleared: ${errorText(error)}`,
    );
    return false;
  }
}

/** Publishes what is due, then unpublishes what is due; says how many of each it did. */
export async function runDueSchedules(strapi: Core.Strapi, now = new Date()) {
  let published = 0;
  let unpublished = 0;
  for (const uid of SCHEDULED_TYPES) {
    const documents = strapi.documents(uid);
    for (const documentId of await dueDocuments(strapi, uid, 'publishAt', now)) {
      const run = () => documents.publish({ documentId });
      if (await claimAndRun(strapi, uid, documentId, 'publishAt', now, run)) published += 1;
    }
    for (const documentId of await dueDocuments(strapi, uid, 'unpublishAt', now)) {
      const run = () => documents.unpublish({ documentId });
      if (await claimAndRun(strapi, uid, documentId, 'unpublishAt', now, run)) unpublished += 1;
    }
  }
  return { published, unpublished };
}

/**
 * Scheduled publishing: every second one CMS instance (whichever takes the job lease, src/jobs/run-once.ts)
 * publishes and unpublishes what is due through the Document Service, so the content rules, old-slug
 * redirects and the site's revalidation all happen as for an editor's click. The schedule lives in the
 * documents themselves, so a restart or a lost instance loses nothing.
 */
export function startScheduledPublishing(strapi: Core.Strapi, log: Log = strapi.log): RunningJob {
  return startPeriodicJob(
    strapi.db.connection,
    {
      name: 'scheduled-publishing',
      everyMs: SCHEDULE_EVERY_MS,
      run: async () => {
        const done = await runDueSchedules(strapi);
        if (done.published + done.unpublished > 0) {
          log.info(`scheduling: published ${done.published}, unpublished ${done.unpublished}`);
        }
      },
    },
    { holder: `scheduler-${randomUUID()}`, log, checkEveryMs: LEASE_CHECK_EVERY_MS },
  );
}
