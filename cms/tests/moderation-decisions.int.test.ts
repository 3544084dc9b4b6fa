import {
  bulkModerationResultSchema,
  collectionResponse,
  moderatedCommentSchema,
  publicCommentSchema,
  singleResponse,
} from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import {
  revalidationEnv,
  startFakeSite,
  waitForChange as waitForChangeOn,
  type Change,
  type FakeSite,
} from './helpers/fake-site';
import { bearer, createUser, stored as storedIn } from './helpers/moderation-world';
import { bodyOf } from './helpers/responses';

let site: FakeSite;
let app: TestStrapi;
let fixtures: Fixtures;
let moderatorJwt: string;

beforeAll(async () => {
  site = await startFakeSite();
  app = await startTestStrapi(revalidationEnv(site));
  fixtures = await createFixtures(app.strapi);
  moderatorJwt = await createUser(app, 'moderator', 'mod');
});
afterAll(async () => {
  await app.stop();
  await site.close();
});

const stored = (documentId: string) => storedIn(app, documentId);
const waitForChange = (predicate: (change: Change) => boolean) => waitForChangeOn(site, predicate);
/** A moderation answer's comment, as the moderation console reads it. */
const decided = (res: { body: unknown }) => bodyOf(res, singleResponse(moderatedCommentSchema)).data;

describe('decisions', () => {
  const newPending = async (body: string) =>
    app.strapi.documents('api::comment.comment').create({
      data: {
        article: fixtures.articles.second.documentId,
        authorName: 'Queue',
        authorEmail: 'queue@example.com',
        body,
        moderationStatus: 'pending',
      } as never,
    });

  it('approves, rejects, marks spam and moves back to pending, recording who and when', async () => {
    const comment = await newPending('Decide me');
    for (const moderationStatus of ['approved', 'rejected', 'spam', 'pending'] as const) {
      const before = Date.now();
      const res = await app
        .http()
        .patch(`/api/moderation/comments/${comment.documentId}`)
        .set(bearer(moderatorJwt))
        .send({ moderationStatus })
        .expect(200);
      expect(decided(res)).toMatchObject({ moderationStatus, moderatedBy: 'mod@example.com' });
      const row = await stored(comment.documentId);
      expect(row.moderationStatus).toBe(moderationStatus);
      expect(row.moderatedBy).toBe('mod@example.com');
      expect(new Date(row.moderatedAt ?? Number.NaN).getTime()).toBeGreaterThanOrEqual(before - 1000);
    }
  });

  it('answers 400 for an invalid status or unknown keys, 404 for a missing comment', async () => {
    const { documentId } = fixtures.comments.pending;
    const patch = (id: string, body: object) =>
      app.http().patch(`/api/moderation/comments/${id}`).set(bearer(moderatorJwt)).send(body);
    await patch(documentId, { moderationStatus: 'published' }).expect(400);
    await patch(documentId, { moderationStatus: 'approved', body: 'rewritten' }).expect(400);
    await patch('doesnotexist123', { moderationStatus: 'approved' }).expect(404);
    expect((await stored(documentId)).moderationStatus).toBe('pending');
  });

  it('tells the site to revalidate the article, naming its page, when a comment is approved, and when it is rejected again', async () => {
    const comment = await newPending('Revalidate me');
    site.received.length = 0;
    await app
      .http()
      .patch(`/api/moderation/comments/${comment.documentId}`)
      .set(bearer(moderatorJwt))
      .send({ moderationStatus: 'approved' })
      .expect(200);
    expect(await waitForChange((c) => c.type === 'comment')).toEqual({
      type: 'comment',
      articles: [fixtures.articles.second.documentId],
      articleSlugs: [fixtures.articles.second.slug],
    });

    site.received.length = 0;
    await app
      .http()
      .patch(`/api/moderation/comments/${comment.documentId}`)
      .set(bearer(moderatorJwt))
      .send({ moderationStatus: 'rejected' })
      .expect(200);
    await waitForChange((c) => c.type === 'comment');
  });

  it('stays quiet when no approved comment changes (pending → spam)', async () => {
    const comment = await newPending('Quiet');
    site.received.length = 0;
    await app
      .http()
      .patch(`/api/moderation/comments/${comment.documentId}`)
      .set(bearer(moderatorJwt))
      .send({ moderationStatus: 'spam' })
      .expect(200);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(site.received.filter((request) => request.body.type === 'comment')).toEqual([]);
  });

  it('revalidates when an admin changes an approved comment through the Document Service', async () => {
    const comment = await newPending('Admin edit');
    await app.strapi
      .documents('api::comment.comment')
      .update({ documentId: comment.documentId, data: { moderationStatus: 'approved' } as never });
    await waitForChange((c) => c.type === 'comment');
    site.received.length = 0;
    await app.strapi.documents('api::comment.comment').delete({ documentId: comment.documentId });
    expect(await waitForChange((c) => c.type === 'comment')).toEqual({
      type: 'comment',
      articles: [fixtures.articles.second.documentId],
      articleSlugs: [fixtures.articles.second.slug],
    });
  });

  it('decides in bulk, reports missing ids and refuses more than 100', async () => {
    const a = await newPending('Bulk a');
    const b = await newPending('Bulk b');
    const res = await app
      .http()
      .post('/api/moderation/comments/bulk')
      .set(bearer(moderatorJwt))
      .send({ documentIds: [a.documentId, b.documentId, 'missing123'], moderationStatus: 'spam' })
      .expect(200);
    const result = bodyOf(res, bulkModerationResultSchema);
    expect(result.data.map((c) => c.documentId).sort()).toEqual([a.documentId, b.documentId].sort());
    expect(result.meta.missing).toEqual(['missing123']);
    for (const id of [a.documentId, b.documentId]) {
      const row = await stored(id);
      expect(row).toMatchObject({ moderationStatus: 'spam', moderatedBy: 'mod@example.com' });
      expect(row.moderatedAt).toBeTruthy();
    }
    const tooMany = Array.from({ length: 101 }, (_, i) => `id${i}`);
    await app
      .http()
      .post('/api/moderation/comments/bulk')
      .set(bearer(moderatorJwt))
      .send({ documentIds: tooMany, moderationStatus: 'approved' })
      .expect(400);
    await app
      .http()
      .post('/api/moderation/comments/bulk')
      .set(bearer(moderatorJwt))
      .send({ documentIds: [], moderationStatus: 'approved' })
      .expect(400);
  });
});

describe('staff replies', () => {
  it('creates an approved staff reply under the moderator’s name and approves a pending parent', async () => {
    const parent = await app.strapi.documents('api::comment.comment').create({
      data: {
        article: fixtures.articles.open.documentId,
        authorName: 'Asker',
        authorEmail: 'asker@example.com',
        body: 'A question',
        moderationStatus: 'pending',
      } as never,
    });
    const res = await app
      .http()
      .post(`/api/moderation/comments/${parent.documentId}/replies`)
      .set(bearer(moderatorJwt))
      .send({ body: '  Thanks for asking.  ' })
      .expect(201);
    const reply = decided(res);
    expect(reply).toMatchObject({
      authorName: 'mod',
      authorEmail: 'mod@example.com',
      body: 'Thanks for asking.',
      moderationStatus: 'approved',
      staffReply: true,
      moderatedBy: 'mod@example.com',
      parent: { documentId: parent.documentId },
      article: { documentId: fixtures.articles.open.documentId },
    });
    const row = await stored(reply.documentId);
    expect(row).toMatchObject({ staffReply: true, moderationStatus: 'approved' });
    expect(row.parent?.documentId).toBe(parent.documentId);
    expect((await stored(parent.documentId)).moderationStatus).toBe('approved');

    const publicList = await app
      .http()
      .get(`/api/comments?filters[article][documentId][$eq]=${fixtures.articles.open.documentId}`)
      .expect(200);
    const listed = bodyOf(publicList, collectionResponse(publicCommentSchema)).data;
    expect(listed.map((c) => c.body)).toContain('Thanks for asking.');
  });

  it('refuses an empty reply (400), a missing parent (404) and a spam parent (409)', async () => {
    const reply = (id: string, body: object) =>
      app.http().post(`/api/moderation/comments/${id}/replies`).set(bearer(moderatorJwt)).send(body);
    await reply(fixtures.comments.approved.documentId, { body: '   ' }).expect(400);
    await reply(fixtures.comments.approved.documentId, { body: 'x', staffReply: false }).expect(400);
    await reply('missing123', { body: 'Hello' }).expect(404);
    await reply(fixtures.comments.spam.documentId, { body: 'Hello' }).expect(409);
  });
});
