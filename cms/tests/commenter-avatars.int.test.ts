import { createHash } from 'node:crypto';
import {
  WEB_SECRET_HEADER,
  collectionResponse,
  commenterAvatarAnswerSchema,
  ownCommentSchema,
  publicCommentSchema,
} from '@skinfacts/shared';
import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { documentsOf } from './helpers/loose-documents';
import { signInCommenter, WEB_SECRET } from './helpers/comment-posting';
import { saveCommentSettings } from './helpers/mail-world';
import { bodyOf, errorOf } from './helpers/responses';

let app: TestStrapi;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestStrapi({ WEB_TO_CMS_SECRET: WEB_SECRET });
  fixtures = await createFixtures(app.strapi);
});
afterAll(() => app.stop());

const asSite = (path: string, payload: object) =>
  app.http().post(path).set(WEB_SECRET_HEADER, WEB_SECRET).send(payload);
const avatarOf = (avatarId: string) => asSite('/api/commenter-accounts/avatar', { avatarId });

const saveSettings = (data: Record<string, unknown>) => saveCommentSettings(app, data);

let accounts = 0;
async function account(avatarUrl: string | null) {
  accounts += 1;
  const profile = {
    provider: 'oidc' as const,
    subject: `avatar-subject-${accounts}`,
    displayName: `Pictured ${accounts}`,
    email: `pictured${accounts}@private.example`,
    avatarUrl,
  };
  return (await signInCommenter(app, profile)).account;
}

/** An approved comment on the open article, a guest's or an account's. */
async function approvedComment(extra: Record<string, unknown> = {}) {
  return documentsOf(app.strapi)('api::comment.comment').create({
    data: {
      article: fixtures.articles.open.documentId,
      authorName: 'Guest Reader',
      authorEmail: 'Guest.Reader@Example.ORG',
      body: `Avatar test comment ${Math.random()}`,
      moderationStatus: 'approved',
      ...extra,
    },
  });
}

async function publicAvatarIds(): Promise<Map<string, string | null>> {
  const res = await app
    .http()
    .get(`/api/comments?filters[article][documentId][$eq]=${fixtures.articles.open.documentId}`)
    .expect(200);
  expect(JSON.stringify(res.body)).not.toMatch(/private\.example|pictures\.example|Example\.ORG|avatarUrl/i);
  const { data } = bodyOf(res, collectionResponse(publicCommentSchema));
  return new Map(data.map((comment) => [comment.documentId, comment.avatarId]));
}

describe('avatars of signed-in comments', () => {
  it('name the account in public (never its picture address or email); the site learns where to fetch it', async () => {
    const pictured = await account('https://pictures.example/me.png');
    const plain = await account(null);
    const withPicture = await approvedComment({ commenterAccount: pictured.documentId });
    const withoutPicture = await approvedComment({ commenterAccount: plain.documentId });
    const guest = await approvedComment();

    const ids = await publicAvatarIds();
    expect(ids.get(withPicture.documentId)).toBe(pictured.documentId);
    expect(ids.get(withoutPicture.documentId)).toBeNull();
    expect(ids.get(guest.documentId)).toBeNull();

    const source = bodyOf(await avatarOf(pictured.documentId).expect(200), commenterAvatarAnswerSchema);
    expect(source.data).toEqual({ url: 'https://pictures.example/me.png', name: pictured.displayName });
    await avatarOf(plain.documentId).expect(404);
    await avatarOf(guest.documentId).expect(404);
  });

  it('the avatar route answers the site only, with a declared body', async () => {
    const pictured = await account('https://pictures.example/other.png');
    const stranger = await app
      .http()
      .post('/api/commenter-accounts/avatar')
      .send({ avatarId: pictured.documentId });
    expect(stranger.status).toBe(403);
    expect(errorOf(await avatarOf('not an id').expect(400)).message).toMatch(
      /avatarId must be a document id/,
    );
    await asSite('/api/commenter-accounts/avatar', { avatarId: pictured.documentId, url: 'x' }).expect(400);
    await avatarOf('nosuchdocument0000000000').expect(404);
  });

  it('own comments carry the avatarId too', async () => {
    const pictured = await account('https://pictures.example/own.png');
    const pending = await approvedComment({
      commenterAccount: pictured.documentId,
      moderationStatus: 'pending',
    });
    const res = await asSite('/api/comments/own', { documentIds: [pending.documentId] }).expect(200);
    const { data } = bodyOf(res, z.object({ data: z.array(ownCommentSchema) }));
    expect(data[0]?.avatarId).toBe(pictured.documentId);
  });
});

describe('the Gravatar setting', () => {
  afterEach(() => saveSettings({ gravatar: false }));

  it('off (the default): guests get initials and Gravatar is never named', async () => {
    const guest = await approvedComment();
    expect((await publicAvatarIds()).get(guest.documentId)).toBeNull();
    await avatarOf(guest.documentId).expect(404);
  });

  it('on: guests get an avatarId of their comment; the CMS alone hashes the email as Gravatar documents', async () => {
    await saveSettings({ gravatar: true });
    const guest = await approvedComment();
    const staff = await approvedComment({ staffReply: true, authorEmail: 'moderator@private.example' });
    const pictured = await account('https://pictures.example/signed-in.png');
    const signedIn = await approvedComment({ commenterAccount: pictured.documentId });
    const rejected = await approvedComment({ moderationStatus: 'rejected' });

    const ids = await publicAvatarIds();
    expect(ids.get(guest.documentId)).toBe(guest.documentId);
    expect(ids.get(staff.documentId)).toBeNull();
    expect(ids.get(signedIn.documentId)).toBe(pictured.documentId);

    const hash = createHash('sha256').update('guest.reader@example.org').digest('hex');
    const source = bodyOf(await avatarOf(guest.documentId).expect(200), commenterAvatarAnswerSchema);
    expect(source.data).toEqual({
      url: `https://gravatar.com/avatar/${hash}?s=96&d=404`,
      name: 'Guest Reader',
    });
    await avatarOf(staff.documentId).expect(404);
    await avatarOf(rejected.documentId).expect(404);
  });

  it('on: an anonymised comment (its account deleted) falls back to initials, asking Gravatar nothing', async () => {
    await saveSettings({ gravatar: true });
    const leaving = await account('https://pictures.example/leaving.png');
    const comment = await approvedComment({ commenterAccount: leaving.documentId });
    await app.strapi
      .documents('api::commenter-account.commenter-account')
      .delete({ documentId: leaving.documentId });

    expect((await publicAvatarIds()).get(comment.documentId)).toBe(comment.documentId);
    await avatarOf(leaving.documentId).expect(404);
    const source = bodyOf(await avatarOf(comment.documentId).expect(200), commenterAvatarAnswerSchema);
    expect(source.data).toEqual({ url: null, name: 'Anonymous' });
  });
});
