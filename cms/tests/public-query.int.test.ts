import { articleSchema, articleSummarySchema, collectionResponse, singleResponse } from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { bodyOf, containing, containingAll, dataRecords, errorOf } from './helpers/responses';
import { createFixtures, type Fixtures } from './helpers/fixtures';

/** One regression test per way the public query surface leaked or failed (security issue #10, findings 1, 2, 11). */
let app: TestStrapi;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestStrapi();
  fixtures = await createFixtures(app.strapi);
});
afterAll(() => app.stop());

const get = (url: string) => app.http().get(url);
/** An article list as the site reads it. */
const articleList = (res: { body: unknown }) => bodyOf(res, collectionResponse(articleSummarySchema)).data;
const titles = (res: { body: unknown }) =>
  articleList(res)
    .map((article) => article.title)
    .sort();
const PUBLISHED = ['Closed article', 'Open article', 'Second article'];

describe('search reads public fields only (finding 1)', () => {
  it.each([
    '/api/comments?_q=approved%40example',
    `/api/comments?_q=hash-&filters[documentId][$eq]=${'x'.repeat(24)}`,
    '/api/comments?_q=jest',
  ])('refuses _q on comments: %s', async (url) => {
    const res = await get(url).expect(400);
    expect(errorOf(res).details?.parameter).toBe('_q');
  });

  it('searches articles by title and excerpt, published ones only', async () => {
    expect(titles(await get('/api/articles?_q=open').expect(200))).toEqual(['Open article']);
    expect(titles(await get('/api/articles?_q=article%20excerpt').expect(200))).toEqual(PUBLISHED);
    expect(articleList(await get('/api/articles?_q=secret').expect(200))).toEqual([]);
  });

  it('does not search private comment data through an article search', async () => {
    expect(articleList(await get('/api/articles?_q=example.com').expect(200))).toEqual([]);
  });
});

describe('relation filters reach published documents and public fields only (finding 2)', () => {
  it.each([
    ['/api/authors?filters[articles][body][$containsi]=Secret', 'filters[articles]'],
    ['/api/authors?filters[articles][title][$eq]=Secret%20draft', 'filters[articles]'],
    ['/api/topics?filters[articles][slug][$eq]=secret-draft', 'filters[articles]'],
    ['/api/treatments?filters[articles][excerpt][$containsi]=Secret', 'filters[articles]'],
    ['/api/articles?filters[author][articles][title][$eq]=Secret%20draft', 'filters[author][articles]'],
    ['/api/comments?filters[parent][moderationStatus][$eq]=rejected', 'filters[parent]'],
    ['/api/comments?filters[parent][documentId][$eq]=x', 'filters[parent]'],
    ['/api/comments?filters[article][comments][authorEmail][$eq]=x', 'filters[article][comments]'],
  ])('refuses %s', async (url, parameter) => {
    const res = await get(url).expect(400);
    expect(errorOf(res).details?.parameter).toBe(parameter);
  });

  it('still filters by the declared relations, and they only see published documents', async () => {
    const slug = fixtures.treatment.slug;
    expect(titles(await get(`/api/articles?filters[treatments][slug][$eq]=${slug}`).expect(200))).toEqual(
      PUBLISHED,
    );
    const byAuthor = await get(`/api/articles?filters[author][slug][$eq]=${fixtures.author.slug}`).expect(
      200,
    );
    expect(titles(byAuthor)).toEqual(PUBLISHED);
  });

  it('serves a draft-changed slug as not found, and the published slug as the published version', async () => {
    const { open } = fixtures.articles;
    await app.strapi.documents('api::article.article').update({
      documentId: open.documentId,
      data: { slug: 'renamed-in-draft', title: 'Renamed in draft' },
    });
    await get('/api/articles/renamed-in-draft').expect(404);
    const published = await get('/api/articles/open-article').expect(200);
    expect(bodyOf(published, singleResponse(articleSchema)).data.title).toBe('Open article');
    await app.strapi.documents('api::article.article').discardDraft({ documentId: open.documentId });
  });

  it('names a reply’s parent only while the parent is public', async () => {
    const comments = app.strapi.documents('api::comment.comment');
    const reply = await comments.create({
      data: {
        article: fixtures.articles.open.documentId,
        parent: fixtures.comments.rejected.documentId,
        authorName: 'Replier',
        authorEmail: 'replier@example.org',
        body: 'A reply to a rejected comment',
        moderationStatus: 'approved',
      },
    });
    const res = await get(`/api/comments?filters[documentId][$eq]=${reply.documentId}`).expect(200);
    expect(dataRecords(res)).toEqual([containing({ body: 'A reply to a rejected comment', parent: null })]);
    await comments.delete({ documentId: reply.documentId });
  });
});

describe('bad queries are a 400 that names the parameter, never a 500 (finding 11)', () => {
  it.each([
    ['/api/articles?filters[id][$eq][$ne]=1', 'filters[id]'],
    ['/api/articles?filters[slug][$eq][$ne]=1', 'filters[slug][$eq]'],
    ['/api/articles?filters[publishedAt][$lt]=yesterday', 'filters[publishedAt][$lt]'],
    ['/api/articles?filters[$or]=x', 'filters[$or][0]'],
    ['/api/articles?pagination[pageSize]=1000', 'pagination[pageSize]'],
    ['/api/articles?pagination[page]=-1', 'pagination[page]'],
    ['/api/articles?pagination[start]=0', 'pagination[start]'],
    ['/api/articles?sort=title:sideways', 'sort'],
    ['/api/articles?sort=authorEmail', 'sort'],
    ['/api/articles?sort[0]=title&sort[1]=body:asc', 'sort'],
    ['/api/articles?locale=de', 'locale'],
    ['/api/treatments?filters[painLevel][$eq]=unbearable', 'filters[painLevel][$eq]'],
    ['/api/treatments/test-needling?fields[0]=name', 'fields'],
    [`/api/comments/${'x'.repeat(24)}?sort=id`, 'sort'],
    ['/api/articles?filters[$not][$not][$not][$not][$not][slug]=x', 'filters[$not][$not][$not][$not][$not]'],
  ])('%s', async (url, parameter) => {
    const res = await get(url).expect(400);
    expect(errorOf(res).name).toBe('ValidationError');
    expect(errorOf(res).details?.parameter).toBe(parameter);
    expect(errorOf(res).message).toContain(`"${parameter}"`);
  });

  it('lists what the route accepts in the error', async () => {
    const res = await get('/api/articles?filters[author][email][$eq]=x').expect(400);
    expect(errorOf(res).details?.accepted).toEqual(
      containingAll([
        'filters[slug] with $eq, $ne, $in, $notIn',
        'pagination[page], pagination[pageSize] (1–100)',
      ]),
    );
  });

  it('accepts the documented forms: implicit $eq, arrays, comma sorts', async () => {
    expect(titles(await get('/api/articles?filters[slug]=open-article').expect(200))).toEqual([
      'Open article',
    ]);
    const bothSlugs = '/api/articles?filters[slug][$in][0]=open-article&filters[slug][$in][1]=second-article';
    expect(titles(await get(bothSlugs).expect(200))).toEqual(['Open article', 'Second article']);
    const sorted = await get('/api/articles?sort=title:desc,publishedAt').expect(200);
    expect(articleList(sorted).map((article) => article.title)).toEqual([...PUBLISHED].reverse());
  });
});
