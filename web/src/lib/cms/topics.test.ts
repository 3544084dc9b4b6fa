/** @jest-environment node */
import { startStubServer, type StubServer } from '@/test/stub-server';

const topic = {
  id: 2,
  documentId: 't2',
  name: 'Evidence',
  slug: 'evidence',
  description: 'What studies show.',
};
const topicArticle = {
  id: 4,
  documentId: 'ar4',
  title: 'Microneedling benefits: what the evidence says',
  slug: 'microneedling-benefits-and-evidence',
  excerpt: 'Claims sorted by how well they are supported.',
  publishedAt: '2026-11-23T20:23:46.766Z',
};

let server: StubServer;
let topics: typeof import('./topics');
let client: typeof import('./client');

beforeAll(async () => {
  server = await startStubServer((request) => {
    const path = (request.url ?? '').split('?')[0];
    switch (path) {
      case '/api/topics':
        return {
          body: JSON.stringify({
            data: [topic],
            meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 } },
          }),
        };
      case '/api/topics/evidence':
        return { body: JSON.stringify({ data: { ...topic, articles: [topicArticle] }, meta: {} }) };
      case '/api/topics/malformed':
        return { body: JSON.stringify({ data: { ...topic, articles: [{ ...topicArticle, slug: null }] } }) };
      case '/api/topics/broken':
        return { status: 500, body: JSON.stringify({ error: { status: 500 } }) };
      default:
        return { status: 404, body: JSON.stringify({ data: null, error: { status: 404 } }) };
    }
  });
  jest.resetModules();
  process.env.CMS_URL = server.origin;
  topics = await import('./topics');
  client = await import('./client');
});

afterAll(() => server.close());

describe('listTopics', () => {
  it('asks for all topics by name and parses them', async () => {
    await expect(topics.listTopics()).resolves.toEqual([topic]);
    const url = new URL(server.requests.at(-1) ?? '', server.origin);
    expect(url.pathname).toBe('/api/topics');
    expect(Object.fromEntries(url.searchParams)).toEqual({ sort: 'name:asc', 'pagination[pageSize]': '100' });
  });
});

describe('getTopicBySlug', () => {
  it('returns the topic with its articles', async () => {
    const detail = await topics.getTopicBySlug('evidence');
    expect(detail?.articles).toEqual([topicArticle]);
    expect(server.requests.at(-1)).toBe('/api/topics/evidence');
  });

  it('returns null for an unknown slug', async () => {
    await expect(topics.getTopicBySlug('no-such-topic')).resolves.toBeNull();
  });

  it('returns null for a malformed slug without asking the CMS', async () => {
    const before = server.requests.length;
    await expect(topics.getTopicBySlug('../articles')).resolves.toBeNull();
    await expect(topics.getTopicBySlug('Evidence')).resolves.toBeNull();
    expect(server.requests).toHaveLength(before);
  });

  it('throws a CmsParseError for a malformed body and a CmsError for a failure', async () => {
    await expect(topics.getTopicBySlug('malformed')).rejects.toBeInstanceOf(client.CmsParseError);
    await expect(topics.getTopicBySlug('broken')).rejects.toMatchObject({ name: 'CmsError', status: 500 });
  });
});
