import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { formToken, newVisitor, submitted, WEB_SECRET } from './helpers/comment-posting';
import { dataRecord, errorOf } from './helpers/responses';
import { storedComment } from './helpers/stored-comment';
import { CLIENT_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared';

let app: TestStrapi;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestStrapi({ WEB_TO_CMS_SECRET: WEB_SECRET });
  fixtures = await createFixtures(app.strapi);
});
afterAll(() => app.stop());

const valid = (article = fixtures.articles.open.documentId) => ({
  article,
  authorName: 'Ada Visitor',
  authorEmail: newVisitor().email,
  authorUrl: 'https://ada.example.org',
  body: 'Does the redness last long?',
  formToken: formToken(article),
});

const countComments = () => app.strapi.db.query('api::comment.comment').count();
// Each post comes from its own visitor, so the rate limit and flood interval (tested elsewhere) stay out of the way.
const post = (payload: unknown) =>
  app
    .http()
    .post('/api/comments')
    .set(WEB_SECRET_HEADER, WEB_SECRET)
    .set(CLIENT_IP_HEADER, newVisitor().ip)
    .send(payload as object);

describe('posting a comment', () => {
  it('stores a valid comment as pending and answers 201 without private fields', async () => {
    const res = await post({ data: valid() }).expect(201);
    const comment = submitted(res);
    expect(comment).toMatchObject({ authorName: 'Ada Visitor', moderationStatus: 'pending' });
    expect(dataRecord(res)).not.toHaveProperty('authorEmail');

    const stored = await storedComment(app, comment.documentId);
    expect(stored.moderationStatus).toBe('pending');
    expect(stored.authorEmail).toMatch(/@example\.org$/);
    expect(stored.article?.documentId).toBe(fixtures.articles.open.documentId);
    expect(stored.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.ipHash).not.toContain('127.0.0.1');

    const publicList = await app.http().get('/api/comments').expect(200);
    expect(JSON.stringify(publicList.body)).not.toContain('Does the redness last long?');
  });

  it.each([
    ['moderationStatus', { moderationStatus: 'approved' }],
    ['moderatedAt', { moderatedAt: '2026-01-01T00:00:00.000Z' }],
    ['moderatedBy', { moderatedBy: 'me' }],
    ['id', { id: 999 }],
    ['documentId', { documentId: 'abcdefghijklmnopqrstuvwx' }],
    ['createdAt', { createdAt: '2020-01-01T00:00:00.000Z' }],
    ['publishedAt', { publishedAt: '2020-01-01T00:00:00.000Z' }],
    ['ipHash', { ipHash: 'forged' }],
    ['spamSignals', { spamSignals: {} }],
  ])('refuses mass assignment of %s with a 400 and stores nothing', async (field, extra) => {
    const before = await countComments();
    const res = await post({ data: { ...valid(), body: `mass ${field}`, ...extra } }).expect(400);
    expect(errorOf(res).message).toMatch(/fix the fields/i);
    expect(JSON.stringify(errorOf(res).details)).toContain(field);
    expect(await countComments()).toBe(before);
  });

  it('gives per-field errors for bad input', async () => {
    const res = await post({
      data: {
        article: fixtures.articles.open.documentId,
        authorName: '',
        authorEmail: 'not-an-email',
        authorUrl: 'javascript:alert(1)',
        formToken: formToken(fixtures.articles.open.documentId),
        body: '   ',
      },
    }).expect(400);
    const fieldErrors = errorOf(res).details?.fieldErrors ?? {};
    expect(Object.keys(fieldErrors).sort()).toEqual(['authorEmail', 'authorName', 'authorUrl', 'body']);
    expect(fieldErrors.authorUrl?.[0]).toMatch(/http/);
  });

  it.each([
    ['authorName', 'n'.repeat(101)],
    ['authorUrl', `https://example.org/${'a'.repeat(200)}`],
    ['body', 'b'.repeat(5001)],
    ['authorEmail', `${'e'.repeat(250)}@example.org`],
  ])('refuses an oversize %s', async (field, value) => {
    const res = await post({ data: { ...valid(), [field]: value } }).expect(400);
    expect(errorOf(res).details?.fieldErrors).toHaveProperty(field);
  });

  it('refuses wrong types without crashing', async () => {
    await post({ data: { ...valid(), body: { $gt: '' } } }).expect(400);
    await post({ data: { ...valid(), article: ['x'] } }).expect(400);
    await post({ data: 'a string' }).expect(400);
    await post({ data: null }).expect(400);
    await post({ ...valid() }).expect(400);
  });

  it('answers 400, not 500, for malformed JSON', async () => {
    const res = await app
      .http()
      .post('/api/comments')
      .set('Content-Type', 'application/json')
      .send('{"data": {"body": ')
      .expect(400);
    expect(errorOf(res).status).toBe(400);
  });

  it('refuses an unknown article', async () => {
    const res = await post({ data: valid('doesnotexist123') }).expect(400);
    expect(errorOf(res).details?.errors?.[0]?.path).toEqual(['article']);
  });

  it('refuses an article that is only a draft', async () => {
    const before = await countComments();
    const res = await post({ data: valid(fixtures.articles.draft.documentId) }).expect(400);
    expect(errorOf(res).message).toMatch(/no published article/i);
    expect(await countComments()).toBe(before);
  });

  it('refuses an article with comments closed', async () => {
    const res = await post({ data: valid(fixtures.articles.closed.documentId) }).expect(403);
    expect(errorOf(res).message).toBe('Comments are closed on this article.');
  });

  it('accepts a reply to an approved comment on the same article', async () => {
    const res = await post({
      data: { ...valid(), body: 'A fine reply', parent: fixtures.comments.approved.documentId },
    }).expect(201);
    const stored = await storedComment(app, submitted(res).documentId);
    expect(stored.parent?.documentId).toBe(fixtures.comments.approved.documentId);
  });

  it('refuses a reply whose parent belongs to another article', async () => {
    const res = await post({
      data: {
        ...valid(),
        body: 'Cross-article reply',
        parent: fixtures.comments.approvedOnSecond.documentId,
      },
    }).expect(400);
    expect(errorOf(res).message).toMatch(/another article/);
  });

  it('refuses a reply to a comment that is not approved', async () => {
    await post({
      data: { ...valid(), body: 'Reply to pending', parent: fixtures.comments.pending.documentId },
    }).expect(400);
    await post({ data: { ...valid(), body: 'Reply to nothing', parent: 'doesnotexist123' } }).expect(400);
  });
});
