import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { WEB_SECRET } from './helpers/comment-posting';
import { z } from 'zod';
import { WEB_SECRET_HEADER, ownCommentSchema } from '@skinfacts/shared';
import { bodyOf, dataRecords, errorOf } from './helpers/responses';

let app: TestStrapi;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestStrapi({ WEB_TO_CMS_SECRET: WEB_SECRET });
  fixtures = await createFixtures(app.strapi);
});
afterAll(() => app.stop());

const askAsSite = (payload: unknown) =>
  app
    .http()
    .post('/api/comments/own')
    .set(WEB_SECRET_HEADER, WEB_SECRET)
    .send(payload as object);

describe('POST /api/comments/own (the site asking about a visitor’s own comments)', () => {
  it('answers the status of each comment asked for, spam reading as pending, without private fields', async () => {
    const { pending, spam, rejected, pendingReply } = fixtures.comments;
    const res = await askAsSite({
      documentIds: [pending.documentId, spam.documentId, rejected.documentId, pendingReply.documentId],
    }).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');

    const own = bodyOf(res, z.object({ data: z.array(ownCommentSchema) })).data;
    const byBody = Object.fromEntries(own.map((c) => [c.body, c.moderationStatus]));
    expect(byBody).toEqual({
      'A pending comment': 'pending',
      'A spam comment': 'pending',
      'A rejected comment': 'rejected',
      'A pending reply': 'pending',
    });
    const reply = dataRecords(res).find((c) => c.body === 'A pending reply');
    expect(reply).toMatchObject({
      parent: { documentId: fixtures.comments.approved.documentId },
      article: { documentId: fixtures.articles.open.documentId },
      staffReply: false,
    });
    const text = JSON.stringify(res.body);
    for (const secret of ['authorEmail', 'ipHash', 'spamSignals', 'moderatedBy', '@example.com', 'hash-']) {
      expect(text).not.toContain(secret);
    }
  });

  it('returns nothing for an id that does not exist', async () => {
    const res = await askAsSite({ documentIds: ['doesnotexist1'] }).expect(200);
    expect(dataRecords(res)).toEqual([]);
  });

  it.each([
    ['no secret', undefined],
    ['a wrong secret', 'not-the-secret'],
  ])('refuses a caller with %s', async (_, secret) => {
    const request = app.http().post('/api/comments/own');
    if (secret) request.set(WEB_SECRET_HEADER, secret);
    const res = await request.send({ documentIds: [fixtures.comments.pending.documentId] });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('A pending comment');
  });

  it.each([
    ['no ids', { documentIds: [] }],
    ['too many ids', { documentIds: Array.from({ length: 21 }, (_, i) => `c${i}`) }],
    ['an unknown key', { documentIds: ['abc'], all: true }],
    ['not an object', ['abc']],
  ])('answers 400 for %s', async (_, payload) => {
    const res = await askAsSite(payload).expect(400);
    expect(errorOf(res).message).toMatch(/documentIds/);
  });
});
