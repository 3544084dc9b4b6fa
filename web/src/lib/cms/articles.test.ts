/** @jest-environment node */
import { startStubServer, type StubServer } from '@/test/stub-server';

const article = {
  id: 1,
  documentId: 'ar1',
  title: 'What to expect after microneedling',
  slug: 'what-to-expect-after-microneedling',
  excerpt: 'Redness, tightness and when to wear make-up again.',
  publishedAt: '2025-05-01T08:00:00.000Z',
  updatedAt: '2025-05-01T08:00:00.000Z',
  createdAt: '2025-04-01T08:00:00.000Z',
};

let server: StubServer;
let articles: typeof import('./articles');

beforeAll(async () => {
  server = await startStubServer(() => ({
    body: JSON.stringify({
      data: [article],
      meta: { pagination: { page: 1, pageSize: 5, pageCount: 1, total: 1 } },
    }),
  }));
  jest.resetModules();
  process.env.CMS_URL = server.origin;
  articles = await import('./articles');
});

afterAll(() => server.close());

describe('listArticles', () => {
  it('asks for one page, newest first, without populate', async () => {
    const page = await articles.listArticles({ page: 1, pageSize: 5 });
    expect(page.articles).toEqual([{ ...article, createdAt: undefined, topics: [] }]);
    expect(page.pagination.total).toBe(1);
    const url = new URL(server.requests.at(-1) ?? '', server.origin);
    expect(url.pathname).toBe('/api/articles');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      'pagination[page]': '1',
      'pagination[pageSize]': '5',
      sort: 'publishedAt:desc',
    });
  });

  it('keeps page and page size within bounds', async () => {
    await articles.listArticles({ page: -3, pageSize: 10_000 });
    const url = new URL(server.requests.at(-1) ?? '', server.origin);
    expect(url.searchParams.get('pagination[page]')).toBe('1');
    expect(url.searchParams.get('pagination[pageSize]')).toBe(String(articles.MAX_PAGE_SIZE));
  });
});
