import knex, { type Knex } from 'knex';
import { z } from 'zod';
import { claimDue, deleteSentBefore, insertMessage, settleClaim } from '../src/outbox/store';
import { registeredHandler, type DeliveryOutcome } from '../src/outbox/types';
import { OutboxWorker } from '../src/outbox/worker';
import { startPeriodicJob, takeJobLease } from '../src/jobs/run-once';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { OUTBOX_UID, outboxMessages, waitUntil } from './helpers/outbox';

/**
 * Several CMS instances on one database, played by two connections (two pools) in one process: Strapi's own
 * and a second knex on the same database, each running the real claim SQL. Strapi's own worker stays off here
 * (no WEB_URL, so no kind is registered), so only the workers these tests start claim anything.
 */
let app: TestStrapi;
let first: Knex;
let second: Knex;

beforeAll(async () => {
  app = await startTestStrapi();
  first = app.strapi.db.connection;
  second = knex((app.strapi.db.connection.client as { config: Knex.Config }).config);
});
afterAll(async () => {
  await second.destroy();
  await app.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const numbered = z.object({ n: z.number() });

async function enqueue(kind: string, count: number) {
  for (let n = 0; n < count; n += 1) await insertMessage(app.strapi, kind, { n });
}

type Sent = { n: number; worker: string; takenOver: boolean };

function worker(
  id: string,
  connection: Knex,
  kind: string,
  sent: Sent[],
  options: { wentOut?: number[]; leaseMs?: number; deliverMs?: number } = {},
) {
  const handler = registeredHandler({
    payload: numbered,
    retryDelaysMs: [],
    describe: ({ n }) => `message ${n}`,
    deliver: async ({ n }, delivery): Promise<DeliveryOutcome> => {
      sent.push({ n, worker: id, takenOver: delivery.takenOver });
      await sleep(options.deliverMs ?? Math.random() * 5); // lets the other worker claim meanwhile
      return { ok: true };
    },
    alreadyDelivered: ({ n }) => Promise.resolve(options.wentOut?.includes(n) ?? false),
  });
  return new OutboxWorker({
    knex: connection,
    workerId: id,
    handlers: new Map([[kind, handler]]),
    leaseMs: options.leaseMs ?? 30_000,
    pollIntervalMs: 20,
    concurrency: 4,
    log: app.strapi.log,
  });
}

const allSent = (kind: string) => async () =>
  (await outboxMessages(app.strapi, kind)).every((message) => message.deliveryStatus === 'sent');

describe('with several instances, each outbox message is handled by exactly one', () => {
  it('two workers on two connections deliver 60 messages, each exactly once', async () => {
    await enqueue('race', 60);
    const sent: Sent[] = [];
    const workers = [worker('instance-a', first, 'race', sent), worker('instance-b', second, 'race', sent)];
    workers.forEach((each) => each.start());
    await waitUntil('every race message sent', allSent('race'), 60_000);
    await Promise.all(workers.map((each) => each.stop()));

    expect(sent.map(({ n }) => n).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, n) => n));
    expect(sent.filter(({ worker: id }) => id === 'instance-a').length).toBeGreaterThan(0);
    expect(sent.filter(({ worker: id }) => id === 'instance-b').length).toBeGreaterThan(0);
    const messages = await outboxMessages(app.strapi, 'race');
    expect(messages.map((message) => message.attempts)).toEqual(messages.map(() => 1));
  });

  it('claims racing on both connections never hand one message to two claimers', async () => {
    await enqueue('claim-race', 50);
    const owners = new Map<number, string>();
    for (let round = 0; owners.size < 50 && round < 20; round += 1) {
      const claimers = Array.from({ length: 6 }, (_, index) => `claimer-${round}-${index}`);
      const claims = await Promise.all(
        claimers.map((workerId, index) =>
          claimDue(index % 2 === 0 ? first : second, {
            workerId,
            kinds: ['claim-race'],
            leaseMs: 60_000,
            limit: 5,
          }),
        ),
      );
      claims.forEach((claimed, index) =>
        claimed.forEach((message) => {
          expect(owners.get(message.id)).toBeUndefined();
          owners.set(message.id, claimers[index] as string);
        }),
      );
    }
    const messages = await outboxMessages(app.strapi, 'claim-race');
    expect(owners.size).toBe(50);
    for (const message of messages) {
      expect(message).toMatchObject({
        deliveryStatus: 'sending',
        attempts: 1,
        claimedBy: owners.get(message.id),
      });
    }
  });
});

describe('leases', () => {
  it('leaves a message with a live lease alone, and takes over one whose lease ran out', async () => {
    await enqueue('lease', 1);
    const [claimed] = await claimDue(first, {
      workerId: 'dies-mid-send',
      kinds: ['lease'],
      leaseMs: 60_000,
      limit: 5,
    });
    expect(claimed).toMatchObject({ attempts: 1, takenOver: false });

    expect(
      await claimDue(second, { workerId: 'other', kinds: ['lease'], leaseMs: 60_000, limit: 5 }),
    ).toEqual([]);

    const afterLease = new Date(Date.now() + 61_000);
    const [taken] = await claimDue(second, {
      workerId: 'other',
      kinds: ['lease'],
      leaseMs: 60_000,
      limit: 5,
      now: afterLease,
    });
    expect(taken).toMatchObject({ id: claimed?.id, attempts: 2, takenOver: true });
    // The instance that lost its claim can no longer settle the message.
    const lost = { status: 'failed', lastError: 'too late' } as const;
    expect(await settleClaim(first, Number(claimed?.id), 'dies-mid-send', lost)).toBe(false);
    expect((await outboxMessages(app.strapi, 'lease'))[0]).toMatchObject({ claimedBy: 'other' });
  });

  it('a worker takes over messages of an instance that died mid-send, asking the handler whether they went out', async () => {
    await enqueue('takeover', 2);
    const dead = await claimDue(first, { workerId: 'dead', kinds: ['takeover'], leaseMs: 300, limit: 5 });
    expect(dead).toHaveLength(2);

    const sent: Sent[] = [];
    const survivor = worker('survivor', second, 'takeover', sent, { wentOut: [0] });
    survivor.start();
    await waitUntil('both takeover messages sent', allSent('takeover'));
    await survivor.stop();
    // Message 0 had gone out before the instance died (the handler said so): not sent again.
    expect(sent).toEqual([{ n: 1, worker: 'survivor', takenOver: true }]);
    const messages = await outboxMessages(app.strapi, 'takeover');
    expect(messages.map((message) => message.attempts)).toEqual([2, 2]);
  });

  it('a worker does not take over its own delivery that outlasts the lease (a busy database can delay its end)', async () => {
    await enqueue('slow', 1);
    const sent: Sent[] = [];
    const slow = worker('slow-worker', first, 'slow', sent, { leaseMs: 200, deliverMs: 1000 });
    slow.start();
    await waitUntil('the slow message sent', allSent('slow'));
    await slow.stop();
    expect(sent).toEqual([{ n: 0, worker: 'slow-worker', takenOver: false }]);
    expect((await outboxMessages(app.strapi, 'slow')).map((message) => message.attempts)).toEqual([1]);
  });
});

describe('cleanup and jobs that run once across instances', () => {
  it('deletes sent messages older than the cutoff and keeps the rest', async () => {
    await enqueue('cleanup', 4);
    const [old, recent, failed] = await outboxMessages(app.strapi, 'cleanup');
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const query = app.strapi.db.query(OUTBOX_UID);
    await query.update({ where: { id: old?.id }, data: { deliveryStatus: 'sent', sentAt: eightDaysAgo } });
    await query.update({ where: { id: recent?.id }, data: { deliveryStatus: 'sent', sentAt: new Date() } });
    await query.update({ where: { id: failed?.id }, data: { deliveryStatus: 'failed' } });

    expect(await deleteSentBefore(second, new Date(Date.now() - 7 * 24 * 60 * 60 * 1000))).toBe(1);
    const left = await outboxMessages(app.strapi, 'cleanup');
    expect(left.map((message) => message.deliveryStatus)).toEqual(['sent', 'failed', 'pending']);
  });

  it('gives a job lease to one instance at a time, and to another once it ran out', async () => {
    const takes = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        takeJobLease(index % 2 === 0 ? first : second, 'nightly', `instance-${index}`, 60_000),
      ),
    );
    expect(takes.filter(Boolean)).toHaveLength(1);
    expect(await takeJobLease(second, 'nightly', 'late', 60_000)).toBe(false);
    expect(await takeJobLease(second, 'nightly', 'late', 60_000, new Date(Date.now() + 61_000))).toBe(true);
  });

  it('runs a periodic job started on two instances once per period', async () => {
    const runs: string[] = [];
    const job = (holder: string) => ({
      name: 'every-400-ms',
      everyMs: 400,
      run: () => Promise.resolve(runs.push(holder)),
    });
    const started = Date.now();
    const jobs = [
      startPeriodicJob(first, job('a'), { holder: 'a', log: app.strapi.log, checkEveryMs: 20 }),
      startPeriodicJob(second, job('b'), { holder: 'b', log: app.strapi.log, checkEveryMs: 20 }),
    ];
    await sleep(1_300);
    await Promise.all(jobs.map((each) => each.stop()));
    const periods = Math.ceil((Date.now() - started) / 400);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(periods);
  });
});
