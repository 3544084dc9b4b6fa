import { startTestStrapi, type TestStrapi } from './helpers/strapi';
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

const bodies = (res: { body: { data: Array<{ body: string }> } }) => res.body.data.map((c) => c.body).sort();

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
    ['a status filter', 'filters[moderationStatus][$eq]=pending'],
    ['a status $ne filter', 'filters[moderationStatus][$ne]=approved'],
    [
      'an $or around the status',
      'filters[$or][0][moderationStatus]=pending&filters[$or][1][moderationStatus]=spam',
    ],
    [
      'a status $in filter',
      'filters[moderationStatus][$in][0]=pending&filters[moderationStatus][$in][1]=rejected',
    ],
  ])('ignores %s that asks for unapproved comments', async (_, query) => {
    const res = await app.http().get(`/api/comments?${query}`).expect(200);
    expect(res.body.data.every((c: { body: string }) => APPROVED_BODIES.includes(c.body))).toBe(true);
    expect(bodies(res)).not.toContain('A pending comment');
  });

  it('filters by article', async () => {
    const res = await app
      .http()
      .get(`/api/comments?filters[article][documentId][$eq]=${fixtures.articles.open.documentId}`)
      .expect(200);
    expect(bodies(res)).toEqual(['An approved comment']);
  });

  it.each(PRIVATE_FIELDS)('filtering on %s changes nothing (no oracle)', async (field) => {
    const baseline = await app.http().get('/api/comments').expect(200);
    for (const value of ['approved@example.com', 'nobody@example.com', 'hash-approved', 'x']) {
      const res = await app.http().get(`/api/comments?filters[${field}][$eq]=${encodeURIComponent(value)}`);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual(baseline.body.data);
      const startsWith = await app.http().get(`/api/comments?filters[${field}][$startsWith]=a`);
      expect(startsWith.body.data).toEqual(baseline.body.data);
    }
  });

  it('ignores a private filter nested in a relation', async () => {
    const baseline = await app.http().get('/api/comments').expect(200);
    const res = await app
      .http()
      .get('/api/comments?filters[parent][authorEmail][$eq]=nobody@example.com')
      .expect(200);
    expect(res.body.data).toEqual(baseline.body.data);
  });

  it('ignores sorting by a private field', async () => {
    const ascending = await app.http().get('/api/comments?sort=authorEmail:asc').expect(200);
    const descending = await app.http().get('/api/comments?sort=authorEmail:desc').expect(200);
    expect(ascending.body.data).toEqual(descending.body.data);
  });

  it.each([
    ['fields', 'fields[0]=authorEmail&fields[1]=ipHash&fields[2]=spamSignals'],
    ['populate=*', 'populate=*'],
    ['a deep populate', 'populate[parent][populate]=*&populate[article][populate]=*'],
    ['populate with fields', 'populate[parent][fields][0]=authorEmail'],
  ])('never shows private fields through %s', async (_, query) => {
    const res = await app.http().get(`/api/comments?${query}`);
    expect([200, 400]).toContain(res.status);
    expectNoPrivateFields(res.body);
  });

  it('shows a reply with its parent reference only', async () => {
    await app.strapi.documents('api::comment.comment').update({
      documentId: fixtures.comments.pendingReply.documentId,
      data: { moderationStatus: 'approved' },
    });
    const res = await app.http().get('/api/comments?filters[body][$eq]=A pending reply').expect(200);
    expect(res.body.data[0].parent).toEqual({
      id: expect.any(Number),
      documentId: fixtures.comments.approved.documentId,
    });
    expectNoPrivateFields(res.body);
  });

  it('answers 404 for an unapproved comment by id and 200 for an approved one', async () => {
    await app.http().get(`/api/comments/${fixtures.comments.pending.documentId}`).expect(404);
    await app.http().get(`/api/comments/${fixtures.comments.spam.documentId}`).expect(404);
    const res = await app
      .http()
      .get(`/api/comments/${fixtures.comments.approved.documentId}?populate=*`)
      .expect(200);
    expect(res.body.data.body).toBe('An approved comment');
    expectNoPrivateFields(res.body);
  });

  it('does not leak comments through populates on other types', async () => {
    const res = await app.http().get('/api/articles/open-article?populate=*').expect(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('An approved comment');
    expect(text).not.toContain('A pending comment');
  });
});
