import type { UID } from '@strapi/strapi';
import { slugRedirectResponseSchema } from '@skinfacts/shared';
import { revalidationEnv, startFakeSite, type FakeSite } from './helpers/fake-site';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { bodyOf, errorOf } from './helpers/responses';
import { outboxMessages, waitUntil } from './helpers/outbox';

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
type Documents = Record<
  'create' | 'update' | 'delete' | 'publish' | 'unpublish',
  (p: Params) => Promise<Doc>
>;
const documents = (uid: UID.ContentType) => app.strapi.documents(uid) as unknown as Documents;
const articles = () => documents('api::article.article');

const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body' }] }];
const newArticle = (slug: string) =>
  articles().create({ data: { title: `Article ${slug}`, slug, excerpt: 'e', body }, status: 'published' });

/** What an editor does in the admin panel: change the draft's slug, then publish. */
async function rename(documentId: string, slug: string) {
  await articles().update({ documentId, data: { slug } });
  await articles().publish({ documentId });
}

/** Where the old slug leads (404: nowhere). */
async function redirectOf(slug: string, type = 'article'): Promise<string | null> {
  const res = await app.http().get(`/api/slug-redirects/${type}/${slug}`);
  if (res.status === 404) return null;
  if (res.status !== 200) throw new Error(`${res.status}: ${JSON.stringify(res.body)}`);
  const { data } = bodyOf(res, slugRedirectResponseSchema);
  expect(data).toEqual({ type, fromSlug: slug, toSlug: data.toSlug });
  return data.toSlug;
}

async function storedRedirects() {
  return (await app.strapi.db.query('api::slug-redirect.slug-redirect').findMany({
    select: ['contentType', 'fromSlug', 'targetDocumentId'],
  })) as Array<{ contentType: string; fromSlug: string; targetDocumentId: string }>;
}

describe('old slugs keep working', () => {
  it('records the old slug of a published article when a renamed draft is published, and not before', async () => {
    const article = await newArticle('rename-a');
    await articles().update({ documentId: article.documentId, data: { slug: 'rename-b' } });
    expect(await redirectOf('rename-a')).toBeNull(); // only a draft changed: A is still the page
    await articles().publish({ documentId: article.documentId });
    expect(await redirectOf('rename-a')).toBe('rename-b');
    expect(await storedRedirects()).toContainEqual({
      contentType: 'article',
      fromSlug: 'rename-a',
      targetDocumentId: article.documentId,
    });
    expect((await app.http().get('/api/articles/rename-b')).status).toBe(200);
    expect((await app.http().get('/api/articles/rename-a')).status).toBe(404);
  });

  it('collapses a chain to one hop: A→B then B→C answers A→C and B→C', async () => {
    const article = await newArticle('chain-a');
    await rename(article.documentId, 'chain-b');
    await rename(article.documentId, 'chain-c');
    expect(await redirectOf('chain-a')).toBe('chain-c');
    expect(await redirectOf('chain-b')).toBe('chain-c');
    expect(await redirectOf('chain-c')).toBeNull();
  });

  it('refuses a loop: renaming back to an old slug removes that redirect', async () => {
    const article = await newArticle('loop-a');
    await rename(article.documentId, 'loop-b');
    await rename(article.documentId, 'loop-a');
    expect(await redirectOf('loop-a')).toBeNull();
    expect(await redirectOf('loop-b')).toBe('loop-a');
    expect((await app.http().get('/api/articles/loop-a')).status).toBe(200);
    const stored = (await storedRedirects()).filter((row) => row.fromSlug.startsWith('loop-'));
    expect(stored.map((row) => row.fromSlug)).toEqual(['loop-b']);
    // Every slug leads somewhere real: following any stored redirect never lands on another redirect.
    for (const row of await storedRedirects()) {
      const target = await redirectOf(row.fromSlug, row.contentType);
      if (target) expect(await redirectOf(target, row.contentType)).toBeNull();
    }
  });

  it('stops redirecting an old slug that another document takes over', async () => {
    const first = await newArticle('taken-a');
    await rename(first.documentId, 'taken-b');
    expect(await redirectOf('taken-a')).toBe('taken-b');
    const second = await newArticle('taken-a');
    expect(second.slug).toBe('taken-a');
    expect(await redirectOf('taken-a')).toBeNull();
    expect((await storedRedirects()).some((row) => row.fromSlug === 'taken-a')).toBe(false);
    const page = await app.http().get('/api/articles/taken-a');
    expect(page.status).toBe(200);
    expect((page.body as { data: { documentId: string } }).data.documentId).toBe(second.documentId);
  });

  it('leads nowhere once the document is unpublished, and forgets its redirects when it is deleted', async () => {
    const article = await newArticle('gone-a');
    await rename(article.documentId, 'gone-b');
    await articles().unpublish({ documentId: article.documentId });
    expect(await redirectOf('gone-a')).toBeNull();
    await articles().publish({ documentId: article.documentId });
    expect(await redirectOf('gone-a')).toBe('gone-b');
    await articles().delete({ documentId: article.documentId });
    expect(await redirectOf('gone-a')).toBeNull();
    expect((await storedRedirects()).some((row) => row.targetDocumentId === article.documentId)).toBe(false);
  });

  it('works for treatments and topics, each in its own namespace', async () => {
    const author = await documents('api::author.author').create({ data: { name: 'Redirect Reviewer' } });
    const treatment = await documents('api::treatment.treatment').create({
      data: {
        name: 'Redirected peel',
        slug: 'peel-a',
        summary: 's',
        painLevel: 'mild',
        medicalReview: { reviewer: author.documentId, lastReviewedAt: '2025-01-01' },
        references: [{ title: 'A source' }],
      },
      status: 'published',
    });
    await documents('api::treatment.treatment').update({
      documentId: treatment.documentId,
      data: { slug: 'peel-b' },
      status: 'published',
    });
    expect(await redirectOf('peel-a', 'treatment')).toBe('peel-b');
    expect(await redirectOf('peel-a', 'article')).toBeNull();

    // Topics have no drafts: every write is public at once.
    const topic = await documents('api::topic.topic').create({ data: { name: 'Topic', slug: 'topic-a' } });
    await documents('api::topic.topic').update({ documentId: topic.documentId, data: { slug: 'topic-b' } });
    expect(await redirectOf('topic-a', 'topic')).toBe('topic-b');
  });

  it('tells the site about every old slug of a renamed document, so cached redirects follow the chain', async () => {
    const article = await newArticle('fresh-a');
    await rename(article.documentId, 'fresh-b');
    await waitUntil('the earlier changes to reach the site', async () =>
      (await outboxMessages(app.strapi)).every(({ deliveryStatus }) => deliveryStatus === 'sent'),
    );
    site.received.length = 0;
    await rename(article.documentId, 'fresh-c');
    const started = Date.now();
    while (site.received.length === 0 && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const change = site.received[0]?.body;
    expect(change).toMatchObject({ type: 'article' });
    expect(change && 'slugs' in change ? [...(change.slugs ?? [])].sort() : []).toEqual([
      'fresh-a',
      'fresh-b',
      'fresh-c',
    ]);
  });
});

describe('GET /api/slug-redirects/:type/:slug accepts only what it declares', () => {
  it.each([
    ['/api/slug-redirects/author/someone', 'type'],
    ['/api/slug-redirects/comment/x', 'type'],
    ['/api/slug-redirects/article/Not%20A%20Slug', 'slug'],
    ['/api/slug-redirects/article/a--b', 'slug'],
    ['/api/slug-redirects/article/some-slug?populate=*', 'populate'],
    ['/api/slug-redirects/article/some-slug?filters[targetDocumentId][$eq]=x', 'filters'],
  ])('%s → 400 naming %s', async (url, named) => {
    const res = await app.http().get(url);
    expect(res.status).toBe(400);
    expect(errorOf(res).message).toContain(named);
  });

  it('answers 404 for a slug that never redirected, and exposes no collection routes', async () => {
    expect((await app.http().get('/api/slug-redirects/article/never-was')).status).toBe(404);
    expect([403, 404, 405]).toContain((await app.http().get('/api/slug-redirects')).status);
  });
});
