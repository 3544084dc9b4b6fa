import { z } from 'zod';
import { moderationQueueSchema } from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken, createFixtures, type Fixtures } from './helpers/fixtures';
import { revalidationEnv, startFakeSite, type FakeSite } from './helpers/fake-site';
import { bearer, createUser, stored as storedIn } from './helpers/moderation-world';
import { bodyOf, dataRecord, record } from './helpers/responses';

let site: FakeSite;
let app: TestStrapi;
let fixtures: Fixtures;
let moderatorJwt: string;
let readerJwt: string;

beforeAll(async () => {
  site = await startFakeSite();
  app = await startTestStrapi(revalidationEnv(site));
  fixtures = await createFixtures(app.strapi);
  moderatorJwt = await createUser(app, 'moderator', 'mod');
  readerJwt = await createUser(app, 'authenticated', 'reader');
});
afterAll(async () => {
  await app.stop();
  await site.close();
});

const stored = (documentId: string) => storedIn(app, documentId);

/** The queue as it came (every key kept, for exact checks), once the console's schema has read it. */
const queueAsSent = z.object({
  data: z.array(record),
  meta: z.looseObject({ counts: record, pagination: record }),
});
function queueOf(res: { body: unknown }) {
  bodyOf(res, moderationQueueSchema);
  return bodyOf(res, queueAsSent);
}

describe('who may moderate', () => {
  const calls = () => {
    const id = fixtures.comments.pending.documentId;
    return [
      (h: ReturnType<TestStrapi['http']>) => h.get('/api/moderation/me'),
      (h: ReturnType<TestStrapi['http']>) => h.get('/api/moderation/comments'),
      (h: ReturnType<TestStrapi['http']>) =>
        h.patch(`/api/moderation/comments/${id}`).send({ moderationStatus: 'approved' }),
      (h: ReturnType<TestStrapi['http']>) =>
        h.post('/api/moderation/comments/bulk').send({ documentIds: [id], moderationStatus: 'approved' }),
      (h: ReturnType<TestStrapi['http']>) =>
        h.post(`/api/moderation/comments/${id}/replies`).send({ body: 'Hi' }),
    ];
  };

  it('refuses anonymous visitors on every route', async () => {
    for (const call of calls()) {
      const res = await call(app.http());
      expect([401, 403]).toContain(res.status);
    }
    expect((await stored(fixtures.comments.pending.documentId)).moderationStatus).toBe('pending');
  });

  it('refuses a logged-in user without the Moderator role (403) on every route', async () => {
    for (const call of calls()) {
      const res = await call(app.http()).set(bearer(readerJwt));
      expect(res.status).toBe(403);
    }
    expect((await stored(fixtures.comments.pending.documentId)).moderationStatus).toBe('pending');
  });

  it('refuses a forged or expired JWT', async () => {
    const res = await app
      .http()
      .get('/api/moderation/comments')
      .set(bearer(`${moderatorJwt}x`));
    expect([401, 403]).toContain(res.status);
  });

  it('lets a moderator in: /moderation/me answers who they are', async () => {
    const res = await app.http().get('/api/moderation/me').set(bearer(moderatorJwt)).expect(200);
    expect(dataRecord(res)).toEqual({ username: 'mod', email: 'mod@example.com', role: 'moderator' });
  });

  it('lets a full-access API token (editors’ tools) read the queue', async () => {
    const token = await createApiToken(app.strapi);
    const res = await app.http().get('/api/moderation/comments').set(bearer(token)).expect(200);
    expect(bodyOf(res, moderationQueueSchema).meta.counts.pending).toBeGreaterThanOrEqual(1);
  });
});

describe('the queue', () => {
  it('lists pending comments newest first with private fields, article, parent and counts', async () => {
    const res = await app
      .http()
      .get('/api/moderation/comments?status=pending')
      .set(bearer(moderatorJwt))
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const queue = queueOf(res);
    const ids = queue.data.map((c) => c.documentId);
    expect(ids).toEqual([fixtures.comments.pendingReply.documentId, fixtures.comments.pending.documentId]);
    const [reply] = queue.data;
    expect(reply).toMatchObject({
      authorEmail: 'pending@example.com',
      authorName: 'pending author',
      body: 'A pending reply',
      moderationStatus: 'pending',
      staffReply: false,
      article: {
        documentId: fixtures.articles.open.documentId,
        title: 'Open article',
        slug: fixtures.articles.open.slug,
      },
      parent: { documentId: fixtures.comments.approved.documentId, authorName: 'approved author' },
    });
    expect(reply).not.toHaveProperty('ipHash');
    expect(queue.meta.counts).toEqual({ pending: 2, approved: 2, rejected: 1, spam: 1 });
    expect(queue.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 2 });
  });

  it('shows hold reasons from spamSignals', async () => {
    const held = await app.strapi.documents('api::comment.comment').create({
      data: {
        article: fixtures.articles.second.documentId,
        authorName: 'Held',
        authorEmail: 'held@example.com',
        body: 'Held for links',
        moderationStatus: 'spam',
        spamSignals: { reasons: ['too-many-links'], elapsedMs: 9000 },
      } as never,
    });
    const res = await app
      .http()
      .get('/api/moderation/comments?status=spam')
      .set(bearer(moderatorJwt))
      .expect(200);
    const found = queueOf(res).data.find((c) => c.documentId === held.documentId);
    expect(found?.holdReasons).toEqual(['too-many-links']);
    await app.strapi.documents('api::comment.comment').delete({ documentId: held.documentId });
  });

  it('pages and validates the query', async () => {
    const res = await app
      .http()
      .get('/api/moderation/comments?status=approved&page=2&pageSize=1')
      .set(bearer(moderatorJwt))
      .expect(200);
    const queue = queueOf(res);
    expect(queue.data).toHaveLength(1);
    expect(queue.meta.pagination).toMatchObject({ page: 2, pageSize: 1, pageCount: 2 });
    await app.http().get('/api/moderation/comments?status=nope').set(bearer(moderatorJwt)).expect(400);
    await app.http().get('/api/moderation/comments?pageSize=101').set(bearer(moderatorJwt)).expect(400);
  });
});
