import type { UID } from '@strapi/strapi';
import { revalidationEnv, startFakeSite, type FakeSite } from './helpers/fake-site';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { waitUntil } from './helpers/outbox';
import { runDueSchedules } from '../src/scheduling';
import { isRecord } from '../src/utils/is-record';

let site: FakeSite;
let app: TestStrapi;

beforeAll(async () => {
  site = await startFakeSite();
  app = await startTestStrapi(revalidationEnv(site, '50'));
});
afterAll(async () => {
  await app.stop();
  await site.close();
});

type Doc = { documentId: string; slug: string };
type Params = { documentId?: string; data?: Record<string, unknown>; status?: 'draft' | 'published' };
type Documents = Record<'create' | 'update' | 'publish' | 'unpublish', (p: Params) => Promise<Doc>>;
const documents = (uid: UID.ContentType) => app.strapi.documents(uid) as unknown as Documents;
const articles = () => documents('api::article.article');

const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body' }] }];
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
let counter = 0;
const draftArticle = (data: Record<string, unknown> = {}) => {
  counter += 1;
  return articles().create({ data: { title: `Scheduled ${counter}`, excerpt: 'e', body, ...data } });
};
const publicStatus = async (slug: string) => (await app.http().get(`/api/articles/${slug}`)).status;

async function scheduleOf(documentId: string) {
  const rows = (await app.strapi.db.query('api::article.article').findMany({
    where: { documentId },
    select: ['publishAt', 'unpublishAt', 'publishedAt'],
  })) as Array<{ publishAt: unknown; unpublishAt: unknown; publishedAt: unknown }>;
  return rows;
}

describe('scheduling a publish', () => {
  it('refuses a time in the past with a clear message, and stores nothing', async () => {
    const past = inMs(-60_000);
    await expect(draftArticle({ title: 'Too late', publishAt: past })).rejects.toThrow(
      `Publish at must be in the future: ${past} has already passed.`,
    );
    expect(await app.strapi.db.query('api::article.article').count({ where: { title: 'Too late' } })).toBe(0);

    const draft = await draftArticle();
    await expect(
      articles().update({ documentId: draft.documentId, data: { unpublishAt: inMs(-1_000) } }),
    ).rejects.toThrow('Unpublish at must be in the future');
    await expect(
      articles().update({
        documentId: draft.documentId,
        data: { publishAt: inMs(60_000), unpublishAt: inMs(30_000) },
      }),
    ).rejects.toThrow('Unpublish at must be later than Publish at.');
    expect((await scheduleOf(draft.documentId))[0]).toMatchObject({ publishAt: null, unpublishAt: null });
  });

  it('publishes a draft at its time, clears the schedule and tells the site', async () => {
    const draft = await draftArticle({ publishAt: inMs(1_500) });
    expect(await publicStatus(draft.slug)).toBe(404);
    site.received.length = 0;
    const due = Date.now() + 1_500;
    await waitUntil('the scheduled publish', async () => (await publicStatus(draft.slug)) === 200, 10_000);
    // Every second, on whichever instance holds the job's lease: within about two seconds of the time.
    expect(Date.now() - due).toBeLessThan(3_000);
    const rows = await scheduleOf(draft.documentId);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.publishAt).toBeNull();
    await waitUntil('the revalidation', () =>
      Promise.resolve(site.received.find((request) => JSON.stringify(request.body).includes(draft.slug))),
    );
  });

  it('unpublishes at its time, also when the time was saved to the draft only', async () => {
    const article = await articles().create({
      data: { title: 'Leaving soon', excerpt: 'e', body },
      status: 'published',
    });
    await articles().update({ documentId: article.documentId, data: { unpublishAt: inMs(1_500) } });
    expect(await publicStatus(article.slug)).toBe(200);
    await waitUntil(
      'the scheduled unpublish',
      async () => (await publicStatus(article.slug)) === 404,
      10_000,
    );
    for (const row of await scheduleOf(article.documentId)) expect(row.unpublishAt).toBeNull();
  });

  it('publishes each due document once, however many runs race for it', async () => {
    const due = new Date(Date.now() + 60_000);
    const drafts = [
      await draftArticle({ publishAt: inMs(30_000) }),
      await draftArticle({ publishAt: inMs(30_000) }),
    ];
    const publishes: string[] = [];
    const unsubscribe = app.strapi.eventHub.on('entry.publish', (event: unknown) => {
      const entry: unknown = isRecord(event) ? event.entry : undefined;
      if (isRecord(entry) && typeof entry.documentId === 'string') publishes.push(entry.documentId);
      return Promise.resolve();
    });
    try {
      const runs = await Promise.all([1, 2, 3].map(() => runDueSchedules(app.strapi, due)));
      expect(runs.reduce((sum, run) => sum + run.published, 0)).toBe(2);
      for (const draft of drafts) {
        expect(publishes.filter((id) => id === draft.documentId)).toHaveLength(1);
        expect(await publicStatus(draft.slug)).toBe(200);
      }
    } finally {
      unsubscribe();
    }
  });

  it('forgets a schedule the editor carried out by hand, so later draft edits stay drafts', async () => {
    const draft = await draftArticle({ title: 'Published early', publishAt: inMs(30_000) });
    await articles().publish({ documentId: draft.documentId });
    for (const row of await scheduleOf(draft.documentId)) expect(row.publishAt).toBeNull();

    await articles().update({ documentId: draft.documentId, data: { title: 'Still being edited' } });
    const later = new Date(Date.now() + 60_000);
    expect(await runDueSchedules(app.strapi, later)).toEqual({ published: 0, unpublished: 0 });
    const live = await app.http().get(`/api/articles/${draft.slug}`);
    expect(live.body).toMatchObject({ data: { title: 'Published early' } });

    await articles().update({ documentId: draft.documentId, data: { unpublishAt: inMs(30_000) } });
    await articles().unpublish({ documentId: draft.documentId });
    for (const row of await scheduleOf(draft.documentId)) expect(row.unpublishAt).toBeNull();
  });

  it('logs and clears a schedule the content rules refuse, instead of trying every second', async () => {
    const treatment = await documents('api::treatment.treatment').create({
      data: { name: 'Unreviewed peel', summary: 's', painLevel: 'mild', publishAt: inMs(30_000) },
    });
    const done = await runDueSchedules(app.strapi, new Date(Date.now() + 60_000));
    expect(done.published).toBe(0);
    const rows = (await app.strapi.db.query('api::treatment.treatment').findMany({
      where: { documentId: treatment.documentId },
      select: ['publishAt', 'publishedAt'],
    })) as Array<{ publishAt: unknown; publishedAt: unknown }>;
    expect(rows).toEqual([{ publishAt: null, publishedAt: null }]);
  });
});
