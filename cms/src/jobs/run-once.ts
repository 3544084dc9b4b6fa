import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

type Knex = Core.Strapi['db']['connection'];
type Log = { warn: (message: string) => void };

const TABLE = 'job_leases';

/**
 * Takes the lease of `jobName` for `leaseMs` when nobody holds it, and says whether this caller got it. The row
 * is created on first use (the unique index on job_name makes a second insert a no-op); the take is one
 * compare-and-set UPDATE on an expired lease, so of several instances exactly one sees an affected row.
 */
export async function takeJobLease(
  knex: Knex,
  jobName: string,
  holder: string,
  leaseMs: number,
  now = new Date(),
): Promise<boolean> {
  await knex(TABLE)
    .insert({
      job_name: jobName,
      held_until: new Date(0),
      // The query engine's own columns, filled as it would.
      document_id: randomUUID(),
      published_at: now,
      created_at: now,
      updated_at: now,
    })
    .onConflict('job_name')
    .ignore();
  const count = await knex(TABLE)
    .where('job_name', jobName)
    .andWhere('held_until', '<=', now)
    .update({
      held_by: holder,
      held_until: new Date(now.getTime() + leaseMs),
      last_run_at: now,
      updated_at: now,
    });
  return count === 1;
}

export type PeriodicJob = {
  /** Unique across the app: the lease row's key. */
  name: string;
  /** Runs at most once per `everyMs` across all instances. */
  everyMs: number;
  run: () => Promise<unknown>;
};

export type RunningJob = { stop: () => Promise<void> };

/**
 * Runs `job` about once per `everyMs` on whichever instance takes its lease first. Every instance checks every
 * `checkEveryMs` (at most a minute), so the job still runs when the instance that ran it last is gone. The lease
 * lasts a whole period, so a run that crashes is not repeated before the next one.
 */
export function startPeriodicJob(
  knex: Knex,
  job: PeriodicJob,
  options: { holder: string; log: Log; checkEveryMs?: number },
): RunningJob {
  const checkEveryMs = options.checkEveryMs ?? Math.min(job.everyMs, 60_000);
  let running: Promise<void> | null = null;
  let stopped = false;

  const tick = async () => {
    try {
      if (await takeJobLease(knex, job.name, options.holder, job.everyMs)) await job.run();
    } catch (error) {
      options.log.warn(`jobs: ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const timer = setInterval(() => {
    if (stopped || running) return;
    running = tick().finally(() => (running = null));
  }, checkEveryMs);
  timer.unref();

  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
