import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { approvedComment } from './helpers/report-world';

/**
 * The retention job: comments older than the Comment settings' signalRetentionDays lose their IP hash and user
 * agent, run by the run-once job lease (src/jobs/run-once.ts). The job is made to check every 300 ms here.
 */
let app: TestStrapi;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestStrapi({ SIGNAL_RETENTION_EVERY_MS: '300' });
  fixtures = await createFixtures(app.strapi);
});
afterAll(() => app.stop());

const DAY_MS = 24 * 60 * 60 * 1000;

/** A comment with signals, written `daysAgo` days ago (the query engine sets createdAt itself, so SQL sets it here). */
async function commentFrom(daysAgo: number) {
  const documentId = await approvedComment(app, fixtures.articles.open.documentId, {
    ipHash: `hash-${daysAgo}`,
    userAgent: `agent-${daysAgo}`,
  });
  await app.strapi.db
    .connection('comments')
    .where('document_id', documentId)
    .update({ created_at: new Date(Date.now() - daysAgo * DAY_MS) });
  return documentId;
}

const signals = z.object({
  ipHash: z.string().nullable(),
  userAgent: z.string().nullable(),
  body: z.string(),
});
const signalsOf = async (documentId: string) =>
  signals.parse(await app.strapi.db.query('api::comment.comment').findOne({ where: { documentId } }));

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('the retention job did not run in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const leaseRow = z.object({ held_by: z.string().nullable(), last_run_at: z.unknown() });

it('clears the IP hash and user agent of comments older than 90 days (the default), and no others', async () => {
  const old = await commentFrom(91);
  const recent = await commentFrom(89);
  await waitUntil(async () => (await signalsOf(old)).ipHash === null);
  expect(await signalsOf(old)).toMatchObject({ ipHash: null, userAgent: null });
  expect((await signalsOf(old)).body).toMatch(/^Comment number/);
  expect(await signalsOf(recent)).toMatchObject({ ipHash: 'hash-89', userAgent: 'agent-89' });

  const lease = leaseRow.parse(
    await app.strapi.db.connection('job_leases').where('job_name', 'comment-signal-retention').first(),
  );
  expect(lease.held_by).toEqual(expect.any(String));
  expect(lease.last_run_at).not.toBeNull();
});

it('follows the Comment settings’ signalRetentionDays', async () => {
  const settings = app.strapi.documents('api::comment-setting.comment-setting');
  await settings.create({ data: { signalRetentionDays: 10 } as never });
  const eleven = await commentFrom(11);
  const nine = await commentFrom(9);
  await waitUntil(async () => (await signalsOf(eleven)).ipHash === null);
  expect(await signalsOf(nine)).toMatchObject({ ipHash: 'hash-9', userAgent: 'agent-9' });
});
