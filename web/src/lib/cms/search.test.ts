/** @jest-environment node */
import { startStubServer, type StubServer } from '@/test/stub-server';

const article = {
  id: 1,
  documentId: 'ar1',
  title: 'What is microneedling?',
  slug: 'what-is-microneedling',
  excerpt: 'Collagen induction therapy explained.',
  publishedAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-01T08:00:00.000Z',
};
const treatment = {
  id: 2,
  documentId: 'tr2',
  name: 'Microneedling',
  slug: 'microneedling',
  summary: 'Fine needles prompt new collagen.',
  painLevel: 'minimal',
  downtime: { min: 1, max: 3, unit: 'day' },
  resultsOnset: { min: 3, max: 12, unit: 'month' },
  performedBy: [{ role: 'dermatologist' }],
  precautions: [],
};

const page = (data: unknown[], total: number) =>
  JSON.stringify({ data, meta: { pagination: { page: 1, pageSize: 20, pageCount: 1, total } } });

let server: StubServer;
let search: typeof import('./search');
let client: typeof import('./client');
let malformed = false;

beforeAll(async () => {
  server = await startStubServer((request) => {
    const url = new URL(request.url ?? '', 'http://stub');
    if (url.pathname === '/api/articles') {
      if (malformed) return { body: page([{ ...article, publishedAt: 'yesterday' }], 1) };
      return { body: page([article], 27) };
    }
    if (url.pathname === '/api/treatments') return { body: page([treatment], 1) };
    return { status: 404, body: '{}' };
  });
  jest.resetModules();
  process.env.CMS_URL = server.origin;
  search = await import('./search');
  client = await import('./client');
});

afterAll(() => server.close());

function lastRequestTo(pathname: string): URL {
  const path = [...server.requests].reverse().find((request) => request.startsWith(`${pathname}?`));
  return new URL(path ?? '', server.origin);
}

describe('searchContent', () => {
  it('matches articles by title or excerpt and treatments by name, summary or alias', async () => {
    const results = await search.searchContent('collagen & <b>');
    expect(results.query).toBe('collagen & <b>');
    expect(results.articles).toEqual({ items: [{ ...article, topics: [] }], total: 27 });
    expect(results.treatments.items[0]?.slug).toBe('microneedling');
    expect(results.treatments.total).toBe(1);

    expect(Object.fromEntries(lastRequestTo('/api/articles').searchParams)).toEqual({
      'filters[$or][0][title][$containsi]': 'collagen & <b>',
      'filters[$or][1][excerpt][$containsi]': 'collagen & <b>',
      sort: 'publishedAt:desc',
      'pagination[page]': '1',
      'pagination[pageSize]': String(search.RESULTS_PER_TYPE),
    });
    expect(Object.fromEntries(lastRequestTo('/api/treatments').searchParams)).toEqual({
      'filters[$or][0][name][$containsi]': 'collagen & <b>',
      'filters[$or][1][summary][$containsi]': 'collagen & <b>',
      'filters[$or][2][aliases][name][$containsi]': 'collagen & <b>',
      sort: 'name:asc',
      'pagination[page]': '1',
      'pagination[pageSize]': String(search.RESULTS_PER_TYPE),
    });
  });

  it('never sends populate', async () => {
    await search.searchContent('needling');
    for (const request of server.requests) expect(request).not.toContain('populate');
  });

  it('throws a CmsParseError for a malformed response', async () => {
    malformed = true;
    try {
      const error = await search.searchContent('needling').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(client.CmsParseError);
      expect(error).toMatchObject({ issuePaths: ['data.0.publishedAt'] });
    } finally {
      malformed = false;
    }
  });
});
