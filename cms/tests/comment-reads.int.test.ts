import { collectionResponse, publicCommentSchema, singleResponse } from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { anything, bodyOf, dataRecords, errorOf } from './helpers/responses';
import { createFixtures, type Fixtures } from './helpers/fixtures';

let app: TestStrapi;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestStrapi();
  fixtures = await createFixtures(app.strapi);
});
afterAll(() => app.stop());

const PRIVATE_FIELDS = ['authorEmail', 'ipHash', 'userAgent', 'spamSignals', 'moderatedBy'];
const APPROVED_BODIES = ['An approved comment', 'Approved on the second article'];

/** The comments' texts, read as the site reads a comment list. */
const bodies = (res: { body: unknown }) =>
  bodyOf(res, collectionResponse(publicCommentSchema))
    .data.map((c) => c.body)
    .sort();

function expectNoPrivateFields(value: unknown) {
  const text = JSON.stringify(value);
  for (const field of PRIVATE_FIELDS) expect(text).not.toContain(`"${field}"`);
  for (const secret of ['@example.com', 'hash-', 'jest', 'signal-']) expect(text).not.toContain(secret);
}

describe('public comment reads show approved comments only', () => {
  it('lists approved comments without private fields', async () => {
    const res = await app.http().get('/api/comments').expect(200);
    expect(bodies(res)).toEqual(APPROVED_BODIES);
    expectNoPrivateFields(res.body);
  });

  it.each([
    ['filters[moderationStatus][$eq]=pending', 'filters[moderationStatus]'],
    ['filters[moderationStatus][$ne]=approved', 'filters[moderationStatus]'],
    [
      'filters[$or][0][moderationStatus]=pending&filters[$or][1][body]=x',
      'filters[$or][0][moderationStatus]',
    ],
    ['filters[moderationStatus][$in][0]=pending', 'filters[moderationStatus]'],
  ])('refuses %s with a 400 naming the parameter', async (query, parameter) => {
    const res = await app.http().get(`/api/comments?${query}`).expect(400);
    expect(errorOf(res).details?.parameter).toBe(parameter);
    expect(errorOf(res).message).toContain(parameter);
  });

  it('filters by article', async () => {
    const res = await app
      .http()
      .get(`/api/comments?filters[article][documentId][$eq]=${fixtures.articles.open.documentId}`)
      .expect(200);
    expect(bodies(res)).toEqual(['An approved comment']);
  });

  it.each(PRIVATE_FIELDS)('refuses a filter, sort or search on %s, whatever the value', async (field) => {
    for (const value of ['approved@example.com', 'nobody@example.com', 'hash-approved', 'x']) {
      const eq = await app.http().get(`/api/comments?filters[${field}][$eq]=${encodeURIComponent(value)}`);
      expect(eq.status).toBe(400);
      const nested = await app.http().get(`/api/comments?filters[parent][${field}][$startsWith]=a`);
      expect(nested.status).toBe(400);
    }
    await app.http().get(`/api/comments?sort=${field}:asc`).expect(400);
  });

  it('refuses _q on comments: Strapi would search the private fields', async () => {
    await app.http().get('/api/comments?_q=approved%40example').expect(400);
  });

  it.each([
    ['fields', 'fields[0]=authorEmail&fields[1]=ipHash&fields[2]=spamSignals'],
    ['populate=*', 'populate=*'],
    ['a deep populate', 'populate[parent][populate]=*&populate[article][populate]=*'],
    ['populate with fields', 'populate[parent][fields][0]=authorEmail'],
  ])('refuses %s without showing private fields', async (_, query) => {
    const res = await app.http().get(`/api/comments?${query}`).expect(400);
    expectNoPrivateFields(res.body);
  });

  it('shows a reply with its parent reference only', async () => {
    await app.strapi.documents('api::comment.comment').update({
      documentId: fixtures.comments.pendingReply.documentId,
      data: { moderationStatus: 'approved' },
    });
    const res = await app
      .http()
      .get(`/api/comments?filters[documentId][$eq]=${fixtures.comments.pendingReply.documentId}`)
      .expect(200);
    expect(bodies(res)).toEqual(['A pending reply']);
    expect(dataRecords(res)[0]?.parent).toEqual({
      id: anything(Number),
      documentId: fixtures.comments.approved.documentId,
    });
    expectNoPrivateFields(res.body);
  });

  it('answers 404 for an unapproved comment by id and 200 for an approved one', async () => {
    await app.http().get(`/api/comments/${fixtures.comments.pending.documentId}`).expect(404);
    await app.http().get(`/api/comments/${fixtures.comments.spam.documentId}`).expect(404);
    const res = await app.http().get(`/api/comments/${fixtures.comments.approved.documentId}`).expect(200);
    expect(bodyOf(res, singleResponse(publicCommentSchema)).data.body).toBe('An approved comment');
    expectNoPrivateFields(res.body);
  });

  it('does not leak comments through populates on other types', async () => {
    await app.http().get('/api/articles/open-article?populate=*').expect(400);
    const res = await app.http().get('/api/articles/open-article').expect(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('An approved comment');
    expect(text).not.toContain('A pending comment');
  });
});
