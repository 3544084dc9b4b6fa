/** @jest-environment node */
import qs from 'qs';
import {
  ARTICLE_LIST_QUERY,
  articleSchema,
  AUTHOR_LIST_QUERY,
  COMMENT_LIST_QUERY,
  TOPIC_LIST_QUERY,
  TREATMENT_LIST_QUERY,
  publicDetailQuerySchema,
  publicListQuerySchema,
  type PublicQueryDeclaration,
} from '@skinfacts/shared';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startStubServer, type StubServer } from '@/test/stub-server';
import { rawArticle } from './__fixtures__/content';

/**
 * Every query the site sends to a public CMS route must be one the route declares (shared/src/public-query),
 * or the CMS answers 400 and the page fails. This runs the site's own CMS functions against a stub and parses
 * each URL they requested the way Strapi does (qs, with Strapi's options).
 */
const LISTS: Record<string, PublicQueryDeclaration> = {
  '/api/articles': ARTICLE_LIST_QUERY,
  '/api/treatments': TREATMENT_LIST_QUERY,
  '/api/authors': AUTHOR_LIST_QUERY,
  '/api/topics': TOPIC_LIST_QUERY,
  '/api/comments': COMMENT_LIST_QUERY,
};
/** The reads below, as the CMS suite replays them against a seeded CMS (cms/tests/site-reads.int.test.ts). */
const SITE_READS_FILE = path.resolve(__dirname, '../../../../shared/src/__fixtures__/site-reads.json');
const siteReads = JSON.parse(readFileSync(SITE_READS_FILE, 'utf8')) as {
  articleDocumentId: string;
  requests: string[];
};

const EMPTY_LIST = { data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } };

let server: StubServer;

beforeAll(async () => {
  server = await startStubServer((request) => {
    const path = new URL(request.url ?? '', 'http://cms').pathname;
    return path in LISTS ? { body: JSON.stringify(EMPTY_LIST) } : { status: 404, body: '{"data":null}' };
  });
  jest.resetModules();
  process.env.CMS_URL = server.origin;
});
afterAll(() => server.close());

function problemsWith(requestUrl: string): string[] {
  const url = new URL(requestUrl, server.origin);
  const query = qs.parse(url.search.slice(1), { strictNullHandling: true, arrayLimit: 100, depth: 20 });
  const list = LISTS[url.pathname];
  const detailOf = Object.keys(LISTS).find((path) => url.pathname.startsWith(`${path}/`));
  const schema = list
    ? publicListQuerySchema(list)
    : detailOf
      ? publicDetailQuerySchema({ route: detailOf, status: detailOf !== '/api/comments' })
      : null;
  if (!schema) return [`${url.pathname} is not a public read route`];
  const parsed = schema.safeParse(query);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${requestUrl}: ${issue.message}`);
}

it('asks the CMS only for queries its routes declare', async () => {
  const articles = await import('./articles');
  const treatments = await import('./treatments');
  const topics = await import('./topics');
  const comments = await import('./comments');
  const { searchContent } = await import('./search');
  const { listSitemapContent } = await import('./sitemap');

  await articles.listArticles({ page: 2, pageSize: 10 });
  await articles.getArticleBySlug('what-is-microneedling');
  await articles.listRelatedArticles(articleSchema.parse(rawArticle));
  await treatments.listTreatments();
  await treatments.getTreatmentBySlug('microneedling');
  await topics.listTopics();
  await topics.getTopicBySlug('treatments-explained');
  await comments.listApprovedComments(siteReads.articleDocumentId, 1);
  await searchContent('collagen induction');
  await listSitemapContent();

  expect(server.requests.length).toBeGreaterThanOrEqual(13);
  expect(server.requests.flatMap(problemsWith)).toEqual([]);
  // A new or changed read must be recorded there too, so the CMS suite parses its real answer.
  expect([...server.requests].sort()).toEqual([...siteReads.requests].sort());
});

it('would notice a query the CMS refuses', () => {
  expect(problemsWith('/api/articles?populate=*')).not.toEqual([]);
  expect(problemsWith('/api/comments?filters[authorEmail][$eq]=x')).not.toEqual([]);
});
