import type { UID } from '@strapi/strapi';
import { z } from 'zod';
import { articleSchema, singleResponse } from '@skinfacts/shared';
import { REVALIDATE_TEST_SECRET, revalidationEnv, startFakeSite, type FakeSite } from './helpers/fake-site';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken } from './helpers/fixtures';
import { outboxMessages, waitUntil } from './helpers/outbox';
import { bodyOf } from './helpers/responses';

/** A REST write's answer: the written document. */
const written = z.object({ data: z.object({ documentId: z.string() }) });

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
beforeEach(async () => {
  site.setMode('ok');
  // A retry of an earlier test's message (a timeout on a loaded machine) must not land in the next test.
  await waitUntil('the outbox to settle', async () =>
    (await outboxMessages(app.strapi)).every(({ deliveryStatus }) =>
      ['sent', 'failed'].includes(deliveryStatus),
    ),
  );
  site.received.length = 0;
});

type Doc = { documentId: string; slug: string };
type Params = { documentId?: string; data?: Record<string, unknown>; status?: 'draft' | 'published' };
type Documents = Record<
  'create' | 'update' | 'delete' | 'publish' | 'unpublish' | 'discardDraft',
  (p: Params) => Promise<Doc>
>;
const documents = (uid: UID.ContentType) => app.strapi.documents(uid) as unknown as Documents;
const articles = () => documents('api::article.article');

const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Body' }] }];
let counter = 0;
const newArticle = (status?: 'published') => {
  counter += 1;
  return articles().create({
    data: { title: `Revalidated ${counter}`, excerpt: 'e', body },
    ...(status ? { status } : {}),
  });
};

/** A published treatment with the facts publishing requires, reviewed by `reviewer`. */
const newTreatment = (name: string, reviewer: string) =>
  documents('api::treatment.treatment').create({
    data: {
      name,
      summary: 's',
      painLevel: 'mild',
      medicalReview: { reviewer, lastReviewedAt: '2025-01-01' },
      references: [{ title: 'A source' }],
    },
    status: 'published',
  });

async function waitForRequests(count: number, timeoutMs = 10_000) {
  const started = Date.now();
  while (site.received.length < count) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`expected ${count} revalidation request(s), got ${JSON.stringify(site.received)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return site.received.map((request) => request.body);
}

/** Gives a request that should not come the time to arrive anyway. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

describe('the CMS tells the site about public changes', () => {
  it('sends the secret, the type and the slug when an article is created published', async () => {
    const article = await newArticle('published');
    await waitForRequests(1);
    expect(site.received[0]).toEqual({
      authorization: `Bearer ${REVALIDATE_TEST_SECRET}`,
      contentType: 'application/json',
      body: { type: 'article', slugs: [article.slug] },
    });
  });

  it('stays quiet for drafts: creating one, saving a draft of a published article, discarding it', async () => {
    const draft = await newArticle();
    const published = await newArticle('published');
    await waitForRequests(1);
    site.received.length = 0;

    await articles().update({ documentId: draft.documentId, data: { excerpt: 'changed' } });
    await articles().update({ documentId: published.documentId, data: { excerpt: 'draft change' } });
    await articles().discardDraft({ documentId: published.documentId });
    await settle();
    expect(site.received).toEqual([]);
  });

  it('publishes, unpublishes and deletes with the slug', async () => {
    const article = await newArticle();
    await articles().publish({ documentId: article.documentId });
    expect(await waitForRequests(1)).toEqual([{ type: 'article', slugs: [article.slug] }]);
    await articles().unpublish({ documentId: article.documentId });
    expect((await waitForRequests(2))[1]).toEqual({ type: 'article', slugs: [article.slug] });

    const other = await newArticle('published');
    await waitForRequests(3);
    await articles().delete({ documentId: other.documentId });
    expect((await waitForRequests(4))[3]).toEqual({ type: 'article', slugs: [other.slug] });
  });

  it('sends the old and the new slug when a renamed draft is published', async () => {
    const article = await newArticle('published');
    await waitForRequests(1);
    await articles().update({ documentId: article.documentId, data: { slug: `${article.slug}-renamed` } });
    await articles().publish({ documentId: article.documentId });
    expect((await waitForRequests(2))[1]).toEqual({
      type: 'article',
      slugs: [article.slug, `${article.slug}-renamed`],
    });
  });

  it('does nothing when a document without a public version is deleted', async () => {
    const draft = await newArticle();
    await articles().delete({ documentId: draft.documentId });
    const unpublished = await newArticle('published');
    await articles().unpublish({ documentId: unpublished.documentId });
    await waitForRequests(2);
    await articles().delete({ documentId: unpublished.documentId });
    await settle();
    expect(site.received).toHaveLength(2);
  });

  it('reports authors, topics and treatments, which change pages at once', async () => {
    const author = await documents('api::author.author').create({ data: { name: 'Revalidated Author' } });
    const topic = await documents('api::topic.topic').create({ data: { name: 'Revalidated Topic' } });
    await documents('api::topic.topic').update({
      documentId: topic.documentId,
      data: { slug: 'renamed-topic' },
    });
    const treatment = await newTreatment('Revalidated Peel', author.documentId);
    expect(await waitForRequests(4)).toEqual([
      { type: 'author', slugs: [author.slug] },
      { type: 'topic', slugs: [topic.slug] },
      { type: 'topic', slugs: [topic.slug, 'renamed-topic'] },
      { type: 'treatment', slugs: [treatment.slug] },
    ]);
  });

  it('names the other pages that show the document, as they were before the change and after it', async () => {
    const author = await documents('api::author.author').create({ data: { name: 'Shown Author' } });
    const topic = await documents('api::topic.topic').create({ data: { name: 'Shown Topic' } });
    const treatment = await newTreatment('Shown Peel', author.documentId);
    // Shares the topic, so its page lists the article below as related.
    const sibling = await articles().create({
      data: { title: 'Shown sibling', excerpt: 'e', body, topics: [topic.documentId] },
      status: 'published',
    });
    await waitForRequests(4);
    site.received.length = 0;

    const article = await articles().create({
      data: {
        title: 'Shown on other pages',
        excerpt: 'e',
        body,
        author: author.documentId,
        topics: [topic.documentId],
        treatments: [treatment.documentId],
      },
      status: 'published',
    });
    expect(await waitForRequests(1)).toEqual([
      {
        type: 'article',
        slugs: [article.slug],
        shownOn: { treatments: [treatment.slug], topics: [topic.slug], articles: [sibling.slug] },
      },
    ]);

    await documents('api::treatment.treatment').update({
      documentId: treatment.documentId,
      data: { summary: 'changed' },
      status: 'published',
    });
    expect((await waitForRequests(2))[1]).toEqual({
      type: 'treatment',
      slugs: [treatment.slug],
      shownOn: { articles: [article.slug] },
    });

    // The topic's page and the sibling's related list no longer show the article, so they changed too.
    await articles().update({ documentId: article.documentId, data: { topics: [] }, status: 'published' });
    expect((await waitForRequests(3))[2]).toEqual({
      type: 'article',
      slugs: [article.slug],
      shownOn: { treatments: [treatment.slug], topics: [topic.slug], articles: [sibling.slug] },
    });
    await documents('api::author.author').update({ documentId: author.documentId, data: { bio: 'b' } });
    expect((await waitForRequests(4))[3]).toEqual({
      type: 'author',
      slugs: [author.slug],
      shownOn: { articles: [article.slug] },
    });
  });

  it('reports a write through the REST API', async () => {
    const token = await createApiToken(app.strapi);
    const created = await app
      .http()
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Written over REST', excerpt: 'e', body } })
      .expect(201);
    expect(await waitForRequests(1)).toEqual([{ type: 'article', slugs: ['written-over-rest'] }]);
    await app
      .http()
      .put(`/api/articles/${bodyOf(created, written).data.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Written over REST, again' } })
      .expect(200);
    expect((await waitForRequests(2))[1]).toEqual({ type: 'article', slugs: ['written-over-rest'] });
  });

  it('waits for the surrounding transaction to commit, and sends nothing on a rollback', async () => {
    const article = await newArticle();
    await app.strapi.db.transaction(async () => {
      await articles().publish({ documentId: article.documentId });
      await settle();
      expect(site.received).toEqual([]); // the admin panel's publish is still uncommitted here
    });
    expect(await waitForRequests(1)).toEqual([{ type: 'article', slugs: [article.slug] }]);

    const other = await newArticle();
    await expect(
      app.strapi.db.transaction(async () => {
        await articles().publish({ documentId: other.documentId });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await settle();
    expect(site.received).toHaveLength(1);
  });
});

describe('a site that fails never breaks the write', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(app.strapi.log, 'warn').mockImplementation(() => app.strapi.log);
  });
  afterEach(() => warn.mockRestore());

  const warned = async () => {
    const started = Date.now();
    while (warn.mock.calls.length === 0 && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return warn.mock.calls.map((call: unknown[]) => String(call[0]));
  };

  it('retries a 5xx once, then logs a warning', async () => {
    site.setMode('fail');
    const article = await newArticle('published');
    expect(article.slug).toBeTruthy();
    expect(await warned()).toEqual([expect.stringContaining('the site answered 500')]);
    expect(site.received).toHaveLength(2);
  });

  it('does not wait for a site that does not answer', async () => {
    site.setMode('hang');
    await newArticle('published');
    // The write is back while the site still holds the request: the timeout's warning has not come yet.
    expect(warn).not.toHaveBeenCalled();
    expect(await warned()).toEqual([
      expect.stringMatching(/gave up on revalidation message \d+ \(tell the site about article /),
    ]);
  });

  it('publishes while the site is unreachable', async () => {
    await site.close();
    const article = await newArticle('published');
    const published = await app.http().get(`/api/articles/${article.slug}`).expect(200);
    expect(bodyOf(published, singleResponse(articleSchema)).data.documentId).toBe(article.documentId);
    expect(await warned()).toEqual([expect.stringContaining('could not reach the site')]);
  });
});
