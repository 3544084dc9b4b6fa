import { z } from 'zod';
import {
  moderatedAccountAnswerSchema,
  moderatedCommentAnswerSchema,
  moderationQueueSchema,
  moderatorMailsAnswerSchema,
} from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken, createFixtures, type Fixtures } from './helpers/fixtures';
import { submitted, WEB_SECRET } from './helpers/comment-posting';
import { postSignedIn, profile, signIn } from './helpers/commenter-world';
import { bearer, createUser } from './helpers/moderation-world';
import { userMailsSchema } from './helpers/mail-world';
import { bodyOf, errorOf } from './helpers/responses';

let app: TestStrapi;
let fixtures: Fixtures;
let moderatorJwt: string;
let otherModeratorJwt: string;
let readerJwt: string;

beforeAll(async () => {
  app = await startTestStrapi({ WEB_TO_CMS_SECRET: WEB_SECRET });
  fixtures = await createFixtures(app.strapi);
  moderatorJwt = await createUser(app, 'moderator', 'mod');
  otherModeratorJwt = await createUser(app, 'moderator', 'othermod');
  readerJwt = await createUser(app, 'authenticated', 'reader');
});
afterAll(() => app.stop());

const asModerator = () => bearer(moderatorJwt);
const post = (sessionToken: string) => postSignedIn(app, fixtures.articles.open.documentId, sessionToken);
/** Dates every comment a minute back, so the flood interval lets the same account post again. */
const backdateComments = () =>
  app.strapi.db
    .query('api::comment.comment')
    .updateMany({ where: {}, data: { createdAt: new Date(Date.now() - 60_000) } });
const block = (account: string, body: unknown, auth = asModerator()) =>
  app
    .http()
    .patch(`/api/moderation/accounts/${account}`)
    .set(auth)
    .send(body as object);
const queue = async (query: string) =>
  bodyOf(
    await app.http().get(`/api/moderation/comments?${query}`).set(asModerator()).expect(200),
    moderationQueueSchema,
  );

async function signedInComment(email = `${Math.random()}@example.org`) {
  const { sessionToken, account } = await signIn(app, profile({ provider: 'github', email }));
  const comment = submitted(await post(sessionToken).expect(201));
  return { sessionToken, account, comment };
}

describe('who may use the account and mail routes', () => {
  const calls = (account: string, comment: string) => [
    () => app.http().patch(`/api/moderation/accounts/${account}`).send({ blocked: true }),
    () => app.http().get('/api/moderation/me/mails'),
    () => app.http().put('/api/moderation/me/mails').send({ moderatorMails: false }),
    () => app.http().get(`/api/moderation/comments/${comment}`),
  ];

  it('refuses visitors (401/403) and logged-in non-moderators (403), changing nothing', async () => {
    const { account, comment } = await signedInComment();
    for (const call of calls(account.documentId, comment.documentId)) {
      expect([401, 403]).toContain((await call()).status);
      await call().set(bearer(readerJwt)).expect(403);
    }
    const res = await queue(`status=pending&account=${account.documentId}`);
    expect(res.data[0]?.account?.blocked).toBe(false);
  });
});

describe('a comment’s account in the queue', () => {
  it('names the provider and the account, never the account’s email; guests have none', async () => {
    const email = `private-${Date.now()}@example.org`;
    const { account, comment } = await signedInComment(email);
    const raw = await app.http().get('/api/moderation/comments?status=pending').set(asModerator());
    const row = bodyOf(raw, moderationQueueSchema).data.find((c) => c.documentId === comment.documentId);
    expect(row?.account).toEqual({
      documentId: account.documentId,
      provider: 'github',
      displayName: account.displayName,
      blocked: false,
    });
    expect(row?.authorEmail).toBe('');
    expect(JSON.stringify(raw.body)).not.toContain(email);
    const guest = bodyOf(raw, moderationQueueSchema).data.find(
      (c) => c.documentId === fixtures.comments.pending.documentId,
    );
    expect(guest?.account).toBeNull();
  });

  it('filters the queue to one account (its counts too); a bad account id is a 400', async () => {
    const { account, comment, sessionToken } = await signedInComment();
    await backdateComments();
    const second = submitted(await post(sessionToken).expect(201));
    const res = await queue(`status=pending&account=${account.documentId}`);
    expect(res.data.map((c) => c.documentId).sort()).toEqual([comment.documentId, second.documentId].sort());
    expect(res.meta.counts).toEqual({ pending: 2, approved: 0, rejected: 0, spam: 0 });
    await app.http().get('/api/moderation/comments?account=not-an-id!').set(asModerator()).expect(400);
    const typo = await app.http().get('/api/moderation/comments?acount=x').set(asModerator()).expect(400);
    expect(JSON.stringify(errorOf(typo))).toMatch(/Unknown parameter\(s\): acount/);
  });
});

describe('blocking an account', () => {
  it('blocks (twice is fine), refuses its next comment with a message, and unblocks', async () => {
    const { sessionToken, account } = await signedInComment();
    for (let time = 0; time < 2; time += 1) {
      const res = await block(account.documentId, { blocked: true }).expect(200);
      expect(bodyOf(res, moderatedAccountAnswerSchema).data).toMatchObject({ blocked: true });
    }
    expect((await queue(`account=${account.documentId}`)).data[0]?.account?.blocked).toBe(true);
    await backdateComments();
    const refused = await post(sessionToken).expect(403);
    expect(errorOf(refused).message).toBe('This account has been blocked from commenting on Skinfacts.');

    await block(account.documentId, { blocked: false }).expect(200);
    await post(sessionToken).expect(201);
  });

  it('answers 400 for unknown fields, a non-boolean or a bad id, 404 for an unknown account', async () => {
    const { account } = await signedInComment();
    await block(account.documentId, { blocked: true, provider: 'x' }).expect(400);
    await block(account.documentId, { blocked: 'yes' }).expect(400);
    await block(account.documentId, {}).expect(400);
    await block('bad-id!', { blocked: true }).expect(400);
    const missing = await block('nosuchaccount123', { blocked: true }).expect(404);
    expect(errorOf(missing).message).toMatch(/no commenter account/i);
    const res = await queue(`account=${account.documentId}`);
    expect(res.data[0]?.account?.blocked).toBe(false);
  });
});

describe('one comment by id (the deep link)', () => {
  it('serves a comment whatever its status, 404 for an unknown id, 400 for a bad one', async () => {
    const res = await app
      .http()
      .get(`/api/moderation/comments/${fixtures.comments.rejected.documentId}`)
      .set(asModerator())
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(bodyOf(res, moderatedCommentAnswerSchema).data).toMatchObject({
      documentId: fixtures.comments.rejected.documentId,
      moderationStatus: 'rejected',
    });
    await app.http().get('/api/moderation/comments/nosuchcomment1').set(asModerator()).expect(404);
    await app.http().get('/api/moderation/comments/bad-id!').set(asModerator()).expect(400);
  });
});

describe('a moderator’s own held-comment mails', () => {
  const mails = (jwt: string) => app.http().get('/api/moderation/me/mails').set(bearer(jwt)).expect(200);
  const storedSwitch = async (email: string) =>
    userMailsSchema.parse(
      await app.strapi.db
        .query('plugin::users-permissions.user')
        .findOne({ where: { email }, select: ['moderatorMails'] }),
    ).moderatorMails;

  it('are on by default, switch off and on again for the caller only', async () => {
    expect(bodyOf(await mails(moderatorJwt), moderatorMailsAnswerSchema).data.moderatorMails).toBe(true);
    const off = await app
      .http()
      .put('/api/moderation/me/mails')
      .set(asModerator())
      .send({ moderatorMails: false })
      .expect(200);
    expect(bodyOf(off, moderatorMailsAnswerSchema).data.moderatorMails).toBe(false);
    expect(await storedSwitch('mod@example.com')).toBe(false);
    expect(bodyOf(await mails(moderatorJwt), moderatorMailsAnswerSchema).data.moderatorMails).toBe(false);
    expect(bodyOf(await mails(otherModeratorJwt), moderatorMailsAnswerSchema).data.moderatorMails).toBe(true);

    await app
      .http()
      .put('/api/moderation/me/mails')
      .set(asModerator())
      .send({ moderatorMails: true })
      .expect(200);
    expect(await storedSwitch('mod@example.com')).toBe(true);
  });

  it('cannot name another user, and refuses anything but a boolean', async () => {
    const put = (body: object) => app.http().put('/api/moderation/me/mails').set(asModerator()).send(body);
    const other = z
      .object({ id: z.number() })
      .parse(
        await app.strapi.db
          .query('plugin::users-permissions.user')
          .findOne({ where: { email: 'othermod@example.com' }, select: ['id'] }),
      );
    const res = await put({ moderatorMails: false, userId: other.id }).expect(400);
    expect(JSON.stringify(errorOf(res))).toMatch(/Unknown field\(s\): userId/);
    await put({ moderatorMails: 'off' }).expect(400);
    expect(await storedSwitch('othermod@example.com')).not.toBe(false);
    expect(await storedSwitch('mod@example.com')).not.toBe(false);
  });

  it('answers a full-access API token (no user of its own) with a clear 400', async () => {
    const token = await createApiToken(app.strapi);
    const res = await app.http().get('/api/moderation/me/mails').set(bearer(token)).expect(400);
    expect(errorOf(res).message).toMatch(/log in as a moderator/);
  });
});
