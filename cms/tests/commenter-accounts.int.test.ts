import { z } from 'zod';
import {
  COMMENTER_SESSION_HEADER,
  commenterSessionAnswerSchema,
  type CommenterProfile,
} from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { formToken, newVisitor, submitted, WEB_SECRET } from './helpers/comment-posting';
import {
  asSite as asSiteIn,
  postSignedIn as postSignedInTo,
  profile,
  signIn as signInTo,
} from './helpers/commenter-world';
import { bodyOf, errorOf } from './helpers/responses';

let app: TestStrapi;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestStrapi({ WEB_TO_CMS_SECRET: WEB_SECRET });
  fixtures = await createFixtures(app.strapi);
});
afterAll(() => app.stop());

const asSite = (path: string, payload: unknown) => asSiteIn(app, path, payload);
const signIn = (who: CommenterProfile) => signInTo(app, who);
const postSignedIn = (sessionToken: string, overrides: Record<string, unknown> = {}) =>
  postSignedInTo(app, fixtures.articles.open.documentId, sessionToken, overrides);

const storedRow = async (documentId: string) =>
  z
    .looseObject({
      authorName: z.string(),
      authorEmail: z.string(),
      authorUrl: z.string().nullable(),
      ipHash: z.string().nullable(),
      moderationStatus: z.string(),
      commenterAccount: z.looseObject({ documentId: z.string() }).nullable(),
    })
    .parse(
      await app.strapi.db.query('api::comment.comment').findOne({
        where: { documentId },
        populate: { commenterAccount: { select: ['documentId'] } },
      }),
    );

async function saveSettings(data: Record<string, unknown>) {
  const settings = app.strapi.documents('api::comment-setting.comment-setting');
  const current = await settings.findFirst({});
  if (current) await settings.update({ documentId: current.documentId, data });
  else await settings.create({ data: { commentsOpen: true, autoApprove: false, maxLinks: 2, ...data } });
}

describe('signing in (the site only)', () => {
  it('creates one account per provider and subject, and a session for each sign-in; never sends the email', async () => {
    const who = profile();
    const first = await signIn(who);
    const second = await signIn({ ...who, displayName: 'New name' });
    expect(second.account.documentId).toBe(first.account.documentId);
    expect(second.account.displayName).toBe('New name');
    expect(second.sessionToken).not.toBe(first.sessionToken);
    expect(JSON.stringify(first)).not.toContain(who.email);
    const other = await signIn({ ...who, provider: 'github' });
    expect(other.account.documentId).not.toBe(first.account.documentId);

    const res = await asSite('/api/commenter-accounts/session', { sessionToken: first.sessionToken }).expect(
      200,
    );
    expect(bodyOf(res, commenterSessionAnswerSchema).data).toMatchObject({
      provider: 'oidc',
      displayName: 'New name',
      blocked: false,
    });
  });

  it('refuses callers without the site secret, and bodies it does not know', async () => {
    const res = await app.http().post('/api/commenter-accounts/sign-in').send({ profile: profile() });
    expect(res.status).toBe(403);
    await asSite('/api/commenter-accounts/sign-in', { profile: { ...profile(), admin: true } }).expect(400);
    await asSite('/api/commenter-accounts/sign-in', {
      profile: { ...profile(), provider: 'myspace' },
    }).expect(400);
    await asSite('/api/commenter-accounts/session', { sessionToken: 'short' }).expect(400);
  });

  it('ends a session on sign-out, and an expired session is gone', async () => {
    const { sessionToken } = await signIn(profile());
    await asSite('/api/commenter-accounts/sign-out', { sessionToken }).expect(204);
    await asSite('/api/commenter-accounts/session', { sessionToken }).expect(401);

    const later = await signIn(profile());
    await app.strapi.db
      .query('api::commenter-session.commenter-session')
      .updateMany({ where: {}, data: { expiresAt: new Date(Date.now() - 1000) } });
    await asSite('/api/commenter-accounts/session', { sessionToken: later.sessionToken }).expect(401);
    await postSignedIn(later.sessionToken).expect(401);
  });
});

describe('signed-in comments', () => {
  it('are linked to the account, with its name and email and no website', async () => {
    const who = profile({ displayName: 'Ada Account' });
    const { sessionToken, account } = await signIn(who);
    const res = await postSignedIn(sessionToken).expect(201);
    expect(submitted(res)).toMatchObject({ authorName: 'Ada Account', moderationStatus: 'pending' });
    const row = await storedRow(submitted(res).documentId);
    expect(row).toMatchObject({ authorName: 'Ada Account', authorEmail: who.email, authorUrl: null });
    expect(row.commenterAccount?.documentId).toBe(account.documentId);
  });

  it('refuse a session token that is not live, storing nothing', async () => {
    const before = await app.strapi.db.query('api::comment.comment').count({});
    const res = await postSignedIn('x'.repeat(43));
    expect(res.status).toBe(401);
    expect(errorOf(res).message).toMatch(/sign-in has ended/);
    expect(await app.strapi.db.query('api::comment.comment').count({})).toBe(before);
  });

  it('from a blocked account are refused, or filed as spam when the setting says so', async () => {
    const { sessionToken, account } = await signIn(profile());
    await app.strapi.documents('api::commenter-account.commenter-account').update({
      documentId: account.documentId,
      data: { blocked: true },
    });
    const refused = await postSignedIn(sessionToken).expect(403);
    expect(errorOf(refused).message).toMatch(/blocked/);

    await saveSettings({ blockedAccountComments: 'spam' });
    try {
      const res = await postSignedIn(sessionToken).expect(201);
      expect(submitted(res).moderationStatus).toBe('pending');
      expect((await storedRow(submitted(res).documentId)).moderationStatus).toBe('spam');
    } finally {
      await saveSettings({ blockedAccountComments: 'refuse' });
    }
  });

  it('are auto-approved only with the setting on and an approved comment of the account; holds still apply', async () => {
    const { sessionToken } = await signIn(profile());
    const first = submitted(await postSignedIn(sessionToken).expect(201));
    await app.strapi.db.query('api::comment.comment').update({
      where: { documentId: first.documentId },
      data: { moderationStatus: 'approved', createdAt: new Date(Date.now() - 60_000) },
    });
    const settingOff = submitted(await postSignedIn(sessionToken).expect(201));
    expect(settingOff.moderationStatus).toBe('pending');

    await saveSettings({ autoApproveSignedIn: true, moderationWords: 'isotretinoin-ish' });
    try {
      await app.strapi.db
        .query('api::comment.comment')
        .updateMany({ where: {}, data: { createdAt: new Date(Date.now() - 60_000) } });
      const approved = submitted(await postSignedIn(sessionToken).expect(201));
      expect(approved.moderationStatus).toBe('approved');
      await app.strapi.db
        .query('api::comment.comment')
        .updateMany({ where: {}, data: { createdAt: new Date(Date.now() - 60_000) } });
      const held = submitted(
        await postSignedIn(sessionToken, { body: 'About isotretinoin-ish things' }).expect(201),
      );
      expect(held.moderationStatus).toBe('pending');
      const stranger = await signIn(profile());
      expect(submitted(await postSignedIn(stranger.sessionToken).expect(201)).moderationStatus).toBe(
        'pending',
      );
    } finally {
      await saveSettings({ autoApproveSignedIn: false, moderationWords: '' });
    }
  });

  it('a guest form with a session header from anyone but the site is a guest comment', async () => {
    const { sessionToken } = await signIn(profile({ displayName: 'Not me' }));
    const article = fixtures.articles.open.documentId;
    const visitor = newVisitor();
    const res = await app
      .http()
      .post('/api/comments')
      .set(COMMENTER_SESSION_HEADER, sessionToken)
      .send({
        data: {
          article,
          authorName: 'Guest',
          authorEmail: visitor.email,
          body: 'Hi',
          formToken: formToken(article),
        },
      })
      .expect(201);
    expect((await storedRow(submitted(res).documentId)).commenterAccount).toBeNull();
  });
});

describe('deleting an account', () => {
  it('anonymises its comments, ends its sessions and removes it', async () => {
    const { sessionToken, account } = await signIn(profile({ displayName: 'Leaving Soon' }));
    const posted = submitted(await postSignedIn(sessionToken).expect(201));
    await asSite('/api/commenter-accounts/delete', { sessionToken }).expect(204);
    const row = await storedRow(posted.documentId);
    expect(row).toMatchObject({
      authorName: 'Anonymous',
      authorUrl: null,
      ipHash: null,
      commenterAccount: null,
    });
    expect(row.authorEmail).not.toContain('example.org');
    await asSite('/api/commenter-accounts/session', { sessionToken }).expect(401);
    const left = await app.strapi
      .documents('api::commenter-account.commenter-account')
      .findOne({ documentId: account.documentId });
    expect(left).toBeNull();
  });

  it('from the admin panel (the Document Service) anonymises too', async () => {
    const { sessionToken, account } = await signIn(profile({ displayName: 'Deleted By Admin' }));
    const posted = submitted(await postSignedIn(sessionToken).expect(201));
    await app.strapi
      .documents('api::commenter-account.commenter-account')
      .delete({ documentId: account.documentId });
    expect((await storedRow(posted.documentId)).authorName).toBe('Anonymous');
  });
});
