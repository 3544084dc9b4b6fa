/** @jest-environment node */
import { articleSchema } from '@skinfacts/shared';
import { startStubServer, type StubServer } from '@/test/stub-server';
import { rawArticle } from './__fixtures__/content';

const summary = {
  id: 4,
  documentId: 'ar4',
  title: 'Microneedling benefits',
  slug: 'microneedling-benefits-and-evidence',
  excerpt: 'Claims sorted by evidence.',
  publishedAt: '2026-11-23T20:26:23.006Z',
  updatedAt: '2026-11-23T20:26:23.006Z',
};

let server: StubServer;
let articles: typeof import('./articles');
let errors: typeof import('./errors');

beforeAll(async () => {
  server = await startStubServer((request) => {
    const url = new URL(request.url ?? '', 'http://stub');
    switch (url.pathname) {
      case '/api/articles/what-is-microneedling':
        return { body: JSON.stringify({ data: rawArticle, meta: {} }) };
      case '/api/articles/malformed':
        return {
          body: JSON.stringify({ data: { ...rawArticle, body: '<p>html</p>', commentsOpen: 'yes' } }),
        };
      case '/api/articles':
        return {
          body: JSON.stringify({
            // The CMS may still answer the article itself; it must never be listed as related to itself.
            data: [summary, { ...summary, id: 2, slug: 'what-is-microneedling' }],
            meta: { pagination: { page: 1, pageSize: 3, pageCount: 1, total: 2 } },
          }),
        };
      case '/api/articles/broken-cms':
        return { status: 500, body: JSON.stringify({ error: { status: 500 } }) };
      default:
        return {
          status: 404,
          body: JSON.stringify({ data: null, error: { status: 404, name: 'NotFoundError' } }),
        };
    }
  });
  jest.resetModules();
  process.env.CMS_URL = server.origin;
  process.env.CMS_PREVIEW_TOKEN = 'preview-token';
  articles = await import('./articles');
  errors = await import('./errors');
});

afterAll(() => server.close());

const lastRequest = () => new URL(server.requests.at(-1) ?? '', server.origin);

describe('getArticleBySlug', () => {
  it('parses a full article, asking for it by slug without populate', async () => {
    const article = await articles.getArticleBySlug('what-is-microneedling');
    expect(article?.title).toBe('What is microneedling, and how does it work?');
    expect(article?.author).toMatchObject({
      name: 'Maya Lindqvist',
      bio: 'Maya writes about skin treatments.',
    });
    expect(article?.author?.avatar?.url).toBe('/uploads/avatar_maya_lindqvist.png');
    expect(article?.treatments[0]?.precautions).toHaveLength(3);
    expect(article?.medicalReview?.reviewer?.credentials).toBe('MD, FAAD — board-certified dermatologist');
    expect(lastRequest().pathname).toBe('/api/articles/what-is-microneedling');
    expect([...lastRequest().searchParams.keys()]).toEqual([]);
  });

  it('asks for the draft in draft mode', async () => {
    await articles.getArticleBySlug('what-is-microneedling', { draft: true });
    expect(lastRequest().searchParams.get('status')).toBe('draft');
  });

  it('answers null for a slug the CMS does not know', async () => {
    await expect(articles.getArticleBySlug('nope')).resolves.toBeNull();
    expect(lastRequest().pathname).toBe('/api/articles/nope');
  });

  it('answers null for a malformed slug without asking the CMS', async () => {
    const before = server.requests.length;
    await expect(articles.getArticleBySlug('../admin')).resolves.toBeNull();
    await expect(articles.getArticleBySlug('Not A Slug')).resolves.toBeNull();
    expect(server.requests).toHaveLength(before);
  });

  it('throws CmsParseError naming the fields when the response does not match', async () => {
    const read = articles.getArticleBySlug('malformed');
    await expect(read).rejects.toBeInstanceOf(errors.CmsParseError);
    await expect(read).rejects.toMatchObject({ issuePaths: ['data.body', 'data.commentsOpen'] });
  });

  it('throws CmsError for any other failure', async () => {
    await expect(articles.getArticleBySlug('broken-cms')).rejects.toMatchObject({
      name: 'CmsError',
      status: 500,
    });
  });
});

describe('listRelatedArticles', () => {
  const article = {
    slug: 'what-is-microneedling',
    topics: [{ name: 'Treatments explained', slug: 'treatments-explained' }],
    treatments: [],
  };

  it('filters on public topic and treatment slugs, excluding the article itself', async () => {
    const related = await articles.listRelatedArticles({
      ...article,
      topics: [...article.topics, { name: 'Evidence', slug: 'evidence' }],
    });
    expect(related.map((item) => item.slug)).toEqual(['microneedling-benefits-and-evidence']);
    expect(Object.fromEntries(lastRequest().searchParams)).toEqual({
      'filters[slug][$ne]': 'what-is-microneedling',
      'filters[$or][0][topics][slug][$eq]': 'treatments-explained',
      'filters[$or][1][topics][slug][$eq]': 'evidence',
      'pagination[page]': '1',
      'pagination[pageSize]': '3',
      sort: 'publishedAt:desc',
    });
  });

  it('matches a shared treatment too', async () => {
    const { treatments } = articleSchema.parse(rawArticle);
    await articles.listRelatedArticles({ ...article, topics: [], treatments });
    expect(lastRequest().searchParams.get('filters[$or][0][treatments][slug][$eq]')).toBe('microneedling');
  });

  it('asks nothing for an article without topics or treatments', async () => {
    const before = server.requests.length;
    await expect(
      articles.listRelatedArticles({ slug: 'lonely', topics: [], treatments: [] }),
    ).resolves.toEqual([]);
    expect(server.requests).toHaveLength(before);
  });
});
