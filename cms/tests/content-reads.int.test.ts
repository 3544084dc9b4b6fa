import { z } from 'zod';
import {
  articleSchema,
  articleSummarySchema,
  collectionResponse,
  singleResponse,
  treatmentSchema,
} from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken, createFixtures, type Fixtures } from './helpers/fixtures';
import { anything, bodyOf, containing, dataRecord, errorOf, record } from './helpers/responses';

let app: TestStrapi;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestStrapi();
  fixtures = await createFixtures(app.strapi);
});
afterAll(() => app.stop());

const titles = (articles: Array<{ title: string }>) => articles.map((article) => article.title).sort();
/** An article list as the site reads it. */
const articleList = (res: { body: unknown }) => bodyOf(res, collectionResponse(articleSummarySchema));
const PUBLISHED = ['Closed article', 'Open article', 'Second article'];

describe('articles are public when published, and only then', () => {
  it('lists published articles and not the draft', async () => {
    const res = await app.http().get('/api/articles').expect(200);
    const list = articleList(res);
    expect(titles(list.data)).toEqual(PUBLISHED);
    expect(list.meta.pagination.total).toBe(3);
  });

  it.each(['articles', 'treatments', 'authors', 'topics'])(
    'refuses ?status=draft on /api/%s with 403',
    async (type) => {
      const res = await app.http().get(`/api/${type}?status=draft`).expect(403);
      expect(errorOf(res).message).toMatch(/API token/);
    },
  );

  it('refuses status=draft on findOne and in array form', async () => {
    await app.http().get(`/api/articles/${fixtures.articles.draft.documentId}?status=draft`).expect(403);
    await app.http().get('/api/articles?status[0]=draft').expect(403);
  });

  it('serves drafts to an API token', async () => {
    const token = await createApiToken(app.strapi);
    const res = await app.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${token}`);
    expect(bodyOf(res, record).error).toBeUndefined();
    // Drafts have no publishedAt, which the site's list schema requires: only the titles are read here.
    const drafts = bodyOf(res, z.object({ data: z.array(z.object({ title: z.string() })) }));
    expect(titles(drafts.data)).toContain('Secret draft');
  });

  it('does not reveal drafts through filters', async () => {
    const bySlug = await app.http().get('/api/articles?filters[slug][$eq]=secret-draft').expect(200);
    expect(articleList(bySlug).data).toEqual([]);
    const byNullPublished = await app
      .http()
      .get('/api/articles?filters[publishedAt][$null]=true')
      .expect(400);
    expect(errorOf(byNullPublished).details?.parameter).toBe('filters[publishedAt][$null]');
  });

  it('answers 404 for a draft-only article by slug or documentId', async () => {
    await app.http().get('/api/articles/secret-draft').expect(404);
    await app.http().get(`/api/articles/${fixtures.articles.draft.documentId}`).expect(404);
  });

  it('does not reveal drafts through a populate from another type', async () => {
    const author = await app.http().get(`/api/authors/${fixtures.author.slug}`).expect(200);
    const authorArticles = z.object({
      data: z.object({ articles: z.array(z.object({ title: z.string() })) }),
    });
    expect(titles(bodyOf(author, authorArticles).data.articles)).toEqual(PUBLISHED);
    const treatment = await app.http().get(`/api/treatments/${fixtures.treatment.slug}`).expect(200);
    expect(titles(bodyOf(treatment, singleResponse(treatmentSchema)).data.articles)).toEqual(PUBLISHED);
  });
});

describe('each route serves a fixed shape', () => {
  it.each([
    ['/api/articles?populate=*', 'populate'],
    ['/api/articles?fields[0]=body', 'fields'],
    ['/api/articles/open-article?populate[author]=*', 'populate'],
  ])('refuses %s: callers cannot widen a response', async (url, parameter) => {
    const res = await app.http().get(url).expect(400);
    expect(errorOf(res).details?.parameter).toBe(parameter);
  });

  it('lists articles with the summary fields', async () => {
    const res = await app.http().get('/api/articles').expect(200);
    articleList(res); // the site can read it; the checks below see the answer as it came
    const [first] = bodyOf(res, z.object({ data: z.array(record).min(1) })).data;
    expect(Object.keys(first ?? {}).sort()).toEqual(
      [
        'author',
        'cover',
        'documentId',
        'excerpt',
        'id',
        'publishedAt',
        'readingMinutes',
        'slug',
        'title',
        'topics',
        'updatedAt',
      ].sort(),
    );
    expect(first?.readingMinutes).toBe(1);
    expect(first?.author).toEqual({
      id: anything(Number),
      documentId: anything(String),
      name: 'Test Writer',
      slug: 'test-writer',
      credentials: 'Health writer',
    });
  });

  it('finds an article by slug with the detail shape', async () => {
    const res = await app.http().get('/api/articles/open-article').expect(200);
    bodyOf(res, singleResponse(articleSchema)); // the site can read it
    const article = dataRecord(res);
    const [treatment] = z.array(record).parse(article.treatments);
    expect(article.title).toBe('Open article');
    expect(article.body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Open article body' }] },
    ]);
    expect(article.commentsOpen).toBe(true);
    expect(article.readingMinutes).toBe(1);
    expect(treatment).toMatchObject({
      name: 'Test Needling',
      resultsOnset: { min: 3, max: 12, unit: 'month' },
      precautions: [containing({ subject: 'Retinoids', windowValue: 24, windowUnit: 'hour' })],
    });
    expect(article).not.toHaveProperty('comments');
  });

  it('answers 404 for an unknown slug', async () => {
    await app.http().get('/api/articles/no-such-article').expect(404);
    await app.http().get('/api/treatments/no-such-treatment').expect(404);
  });

  it('does not expose write routes to the public', async () => {
    await app
      .http()
      .post('/api/articles')
      .send({ data: { title: 'x' } })
      .expect(403);
    await app
      .http()
      .put(`/api/articles/${fixtures.articles.open.documentId}`)
      .send({ data: { title: 'x' } })
      .expect(403);
    await app.http().delete(`/api/articles/${fixtures.articles.open.documentId}`).expect(403);
    await app
      .http()
      .put(`/api/comments/${fixtures.comments.pending.documentId}`)
      .send({ data: { moderationStatus: 'approved' } })
      .expect(403);
  });
});
