/** @jest-environment node */
import { startStubServer, type StubServer } from '@/test/stub-server';

const ARTICLE_COUNT = 230;

const articleAt = (index: number) => ({
  id: index,
  documentId: `ar${index}`,
  title: `Article ${index}`,
  slug: `article-${index}`,
  excerpt: 'Excerpt',
  publishedAt: '2026-05-01T08:00:00.000Z',
  updatedAt: `2026-05-01T08:00:${String(index % 60).padStart(2, '0')}.000Z`,
});

let server: StubServer;
let sitemap: typeof import('./sitemap');
let client: typeof import('./client');
let brokenTopics = false;

function pageOf<T>(items: T[], page: number, pageSize: number) {
  return JSON.stringify({
    data: items.slice((page - 1) * pageSize, page * pageSize),
    meta: {
      pagination: { page, pageSize, pageCount: Math.ceil(items.length / pageSize), total: items.length },
    },
  });
}

beforeAll(async () => {
  const articles = Array.from({ length: ARTICLE_COUNT }, (_, i) => articleAt(i + 1));
  server = await startStubServer((request) => {
    const url = new URL(request.url ?? '', 'http://stub');
    const page = Number(url.searchParams.get('pagination[page]'));
    const pageSize = Number(url.searchParams.get('pagination[pageSize]'));
    switch (url.pathname) {
      case '/api/articles':
        return { body: pageOf(articles, page, pageSize) };
      case '/api/treatments':
        return {
          body: pageOf(
            [{ id: 1, slug: 'microneedling', updatedAt: '2026-06-01T08:00:00.000Z' }],
            page,
            pageSize,
          ),
        };
      case '/api/topics':
        if (brokenTopics) return { body: pageOf([{ id: 1, name: 'No slug' }], page, pageSize) };
        return {
          body: pageOf([{ id: 1, documentId: 't1', name: 'Evidence', slug: 'evidence' }], page, pageSize),
        };
      default:
        return { status: 404, body: '{}' };
    }
  });
  jest.resetModules();
  process.env.CMS_URL = server.origin;
  sitemap = await import('./sitemap');
  client = await import('./client');
});

afterAll(() => server.close());

describe('listSitemapContent', () => {
  it('pages through every collection at the largest page size', async () => {
    const content = await sitemap.listSitemapContent();
    expect(content.articles).toHaveLength(ARTICLE_COUNT);
    expect(content.articles[0]).toEqual({ slug: 'article-1', updatedAt: '2026-05-01T08:00:01.000Z' });
    expect(content.articles.at(-1)?.slug).toBe(`article-${ARTICLE_COUNT}`);
    expect(content.treatments).toEqual([{ slug: 'microneedling', updatedAt: '2026-06-01T08:00:00.000Z' }]);
    expect(content.topics).toEqual([{ slug: 'evidence', updatedAt: undefined }]);

    const articlePages = server.requests
      .filter((request) => request.startsWith('/api/articles?'))
      .map((request) => new URL(request, server.origin).searchParams);
    expect(articlePages.map((params) => params.get('pagination[page]')).sort()).toEqual(['1', '2', '3']);
    for (const params of articlePages) {
      expect(params.get('pagination[pageSize]')).toBe(String(sitemap.SITEMAP_PAGE_SIZE));
      expect(params.get('sort')).toBe('id:asc');
    }
  });

  it('throws a CmsParseError when a collection is malformed', async () => {
    brokenTopics = true;
    try {
      await expect(sitemap.listSitemapContent()).rejects.toBeInstanceOf(client.CmsParseError);
    } finally {
      brokenTopics = false;
    }
  });
});
