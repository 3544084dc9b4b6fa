import { revalidationEnv, startFakeSite, type FakeSite } from './helpers/fake-site';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';
import { startSecondCms, type SecondCms } from './helpers/second-cms-process';
import { waitUntil } from './helpers/outbox';

/**
 * Scheduled publishing across instances and restarts: two CMS instances on one database publish a scheduled
 * article once between them, and a schedule saved before a restart is carried out after it.
 */
let site: FakeSite;
let database: TestDatabase;
let app: TestStrapi | undefined;
let second: SecondCms | undefined;

beforeAll(async () => {
  site = await startFakeSite();
  database = await createTestDatabase();
});
afterAll(async () => {
  await second?.stop();
  await app?.stop();
  await database.drop();
  await site.close();
});

type Articles = {
  create: (params: { data: Record<string, unknown> }) => Promise<{ documentId: string; slug: string }>;
};
const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body' }] }];
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

async function start() {
  app = await startTestStrapi(revalidationEnv(site, '50'), { database });
  return app;
}

const publishedRows = async (documentId: string) =>
  app?.strapi.db
    .query('api::article.article')
    .count({ where: { documentId, publishedAt: { $notNull: true } } });

/** Revalidation requests that named `slug`: one per publish. */
const messagesAbout = (slug: string) =>
  site.received.filter((request) => 'slugs' in request.body && request.body.slugs?.includes(slug)).length;

it('publishes once when two instances share the database', async () => {
  const first = await start();
  second = await startSecondCms();
  const articles = first.strapi.documents('api::article.article') as unknown as Articles;
  const drafts: Array<{ documentId: string; slug: string }> = [];
  for (let index = 0; index < 4; index += 1) {
    drafts.push(
      await articles.create({
        data: { title: `Twice scheduled ${index}`, excerpt: 'e', body, publishAt: inMs(2_000) },
      }),
    );
  }
  for (const draft of drafts) {
    await waitUntil(`${draft.slug} published`, async () => (await publishedRows(draft.documentId)) === 1);
  }
  await waitUntil('the revalidation of each', () =>
    Promise.resolve(drafts.every((draft) => messagesAbout(draft.slug) >= 1)),
  );
  // Long enough for a second run on the other instance to have published again, if it could.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  for (const draft of drafts) {
    expect(await publishedRows(draft.documentId)).toBe(1);
    expect(messagesAbout(draft.slug)).toBe(1);
  }
  const lease = (await first.strapi.db
    .connection('job_leases')
    .where('job_name', 'scheduled-publishing')) as Array<{
    held_by: string;
  }>;
  expect(lease).toHaveLength(1);
  await second.stop();
  second = undefined;
});

it('carries out, after a restart, a schedule that fell due while no instance ran', async () => {
  const first = app ?? (await start());
  const articles = first.strapi.documents('api::article.article') as unknown as Articles;
  const draft = await articles.create({
    data: { title: 'Due while down', excerpt: 'e', body, publishAt: inMs(1_500) },
  });
  await first.stop();
  app = undefined;
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // the time passes with no CMS running

  const restarted = await start();
  await waitUntil(
    'the overdue publish after the restart',
    async () => (await publishedRows(draft.documentId)) === 1,
  );
  const status = (await restarted.http().get(`/api/articles/${draft.slug}`)).status;
  expect(status).toBe(200);
});
