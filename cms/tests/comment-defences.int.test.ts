import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { z } from 'zod';
import {
  formToken,
  formTokenAnswer,
  newVisitor,
  postComment,
  submitted,
  WEB_SECRET,
} from './helpers/comment-posting';
import { errorOf } from './helpers/responses';
import { storedComment, storedCommentSchema } from './helpers/stored-comment';
import { hashIp } from '../src/api/comment/services/comment';
import { CLIENT_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared';

let app: TestStrapi;
let fixtures: Fixtures;

beforeAll(async () => {
  app = await startTestStrapi({ WEB_TO_CMS_SECRET: WEB_SECRET });
  fixtures = await createFixtures(app.strapi);
});
afterAll(() => app.stop());

/** A stored comment with the reasons the defences recorded. */
const withSignals = storedCommentSchema.extend({
  spamSignals: z.looseObject({ reasons: z.array(z.string()) }),
});

const comment = (overrides: Record<string, unknown> = {}) => {
  const visitor = newVisitor();
  return {
    visitor,
    data: {
      article: fixtures.articles.open.documentId,
      authorName: 'Visitor',
      authorEmail: visitor.email,
      body: `A thoughtful question ${Math.random()}`,
      formToken: formToken(fixtures.articles.open.documentId),
      ...overrides,
    },
  };
};

async function stored(documentId: string) {
  return withSignals.parse(await storedComment(app, documentId));
}

async function submit(overrides: Record<string, unknown> = {}) {
  const { visitor, data } = comment(overrides);
  const res = await postComment(app, data, visitor.ip);
  return { res, visitor, data };
}

type SettingsChange = {
  commentsOpen?: boolean;
  autoApprove?: boolean;
  maxLinks?: number;
  moderationWords?: string;
  disallowedWords?: string;
};

async function saveSettings(data: SettingsChange) {
  const settings = app.strapi.documents('api::comment-setting.comment-setting');
  const current = await settings.findFirst({});
  if (current) await settings.update({ documentId: current.documentId, data });
  else await settings.create({ data: { commentsOpen: true, autoApprove: false, maxLinks: 2, ...data } });
}

describe('spam traps answer like a success and file the comment as spam', () => {
  it.each([
    ['a filled-in honeypot', () => ({ honeypot: 'http://cheap-pills.example' }), /honeypot/],
    [
      'a form sent within 3 seconds',
      () => ({ formToken: formToken(fixtures.articles.open.documentId, 800) }),
      /ms after it was shown/,
    ],
  ])('%s', async (_, overrides, reason) => {
    const { res } = await submit(overrides());
    expect(res.status).toBe(201);
    expect(submitted(res).moderationStatus).toBe('pending');
    const saved = await stored(submitted(res).documentId);
    expect(saved.moderationStatus).toBe('spam');
    expect(saved.spamSignals.reasons.join(' ')).toMatch(reason);
  });
});

describe('form tokens', () => {
  it('are issued publicly and never cached', async () => {
    const res = await app
      .http()
      .get(`/api/comments/form-token?article=${fixtures.articles.open.documentId}`)
      .expect(200);
    expect(formTokenAnswer(res).formToken).toMatch(
      new RegExp(`^\\d+\\.${fixtures.articles.open.documentId}\\.[\\w-]{24}\\.[\\w-]+$`),
    );
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['missing', () => ({ formToken: undefined })],
    ['forged', () => ({ formToken: `${Date.now() - 60_000}.forged-signature` })],
    [
      'two days old',
      () => ({ formToken: formToken(fixtures.articles.open.documentId, 2 * 24 * 3600 * 1000) }),
    ],
  ])('refuses a %s token with a clear 400', async (_, overrides) => {
    const { res } = await submit(overrides());
    expect(res.status).toBe(400);
    expect(JSON.stringify(errorOf(res))).toMatch(/formToken|form has expired/);
  });
});

describe('rate limits', () => {
  it('allows 5 comments a minute from one IP, then answers 429 with Retry-After', async () => {
    const ip = newVisitor().ip;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { data } = comment({ authorEmail: newVisitor().email });
      // Distinct emails but one IP: the flood interval also applies per IP, so wait it out by back-dating.
      const res = await postComment(app, data, ip);
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      await app.strapi.db.query('api::comment.comment').updateMany({
        where: { ipHash: hashIp(ip, process.env.COMMENT_IP_SALT ?? '') },
        data: { createdAt: new Date(Date.now() - 20_000) },
      });
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('refuses a second comment within 15 s from the same email, even from another IP', async () => {
    const { visitor, data } = comment();
    await postComment(app, data, visitor.ip).expect(201);
    const again = await postComment(app, { ...data, body: 'Another one' }, newVisitor().ip);
    expect(again.status).toBe(429);
    expect(errorOf(again).message).toMatch(/too quickly/);
    expect(Number(again.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('refuses a second comment within 15 s from the same IP, even with another email', async () => {
    const { visitor, data } = comment();
    await postComment(app, data, visitor.ip).expect(201);
    const again = await postComment(app, { ...comment().data }, visitor.ip);
    expect(again.status).toBe(429);
  });
});

describe('duplicates', () => {
  it('answer 409 for the same article, email and text', async () => {
    const { visitor, data } = comment();
    await postComment(app, data, visitor.ip).expect(201);
    await app.strapi.db.query('api::comment.comment').updateMany({
      where: { authorEmail: data.authorEmail },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    const again = await postComment(app, { ...data, formToken: formToken(data.article) }, newVisitor().ip);
    expect(again.status).toBe(409);
    expect(errorOf(again).message).toMatch(/already posted/);
  });
});

describe('holds and disallowed words', () => {
  beforeAll(() =>
    saveSettings({ moderationWords: 'guarantee\nmiracle cure', disallowedWords: 'casino', maxLinks: 2 }),
  );

  it.each([
    ['three links', 'See https://a.example, https://b.example and www.c.example', /3 links/],
    ['a moderation word', 'They promised a miracle cure!', /moderation word "miracle cure"/],
    ['a dose', 'I take 20 mg every day, is that fine?', /dose/],
    ['a medication name', 'I stopped Accutane in May.', /medication/],
    ['a phone number', 'Call me on +44 20 7946 0958 please', /phone/],
    ['an email address', 'Write to me at someone@example.net', /email address/],
  ])('holds a comment with %s as pending, with the reason recorded', async (_, body, reason) => {
    const { res } = await submit({ body });
    expect(res.status).toBe(201);
    const saved = await stored(submitted(res).documentId);
    expect(saved.moderationStatus).toBe('pending');
    expect(saved.spamSignals.reasons.join('; ')).toMatch(reason);
  });

  it('files a comment with a disallowed word as spam, also when it is in the name', async () => {
    const { res } = await submit({ authorName: 'Best Casino Bonus' });
    expect(submitted(res).moderationStatus).toBe('pending');
    expect((await stored(submitted(res).documentId)).moderationStatus).toBe('spam');
  });
});

describe('auto-approve', () => {
  afterAll(() => saveSettings({ autoApprove: false }));

  it('is off by default, and when on approves an email with an earlier approved comment', async () => {
    const email = fixtures.comments.approved.authorEmail as string;
    const backdate = () =>
      app.strapi.db
        .query('api::comment.comment')
        .updateMany({ where: { authorEmail: email }, data: { createdAt: new Date(Date.now() - 60_000) } });
    await backdate();
    const before = await submit({ authorEmail: email, body: 'Back again with a question' });
    expect(submitted(before.res).moderationStatus).toBe('pending');

    await saveSettings({ autoApprove: true });
    await backdate();
    const after = await submit({ authorEmail: email, body: 'And one more question' });
    expect(submitted(after.res).moderationStatus).toBe('approved');
    const newcomer = await submit({ body: 'First time here' });
    expect(submitted(newcomer.res).moderationStatus).toBe('pending');
  });
});

describe('the visitor IP', () => {
  it('is taken from the site header only with the shared secret, and stored only as a hash', async () => {
    const { data } = comment();
    const forged = await app
      .http()
      .post('/api/comments')
      .set(WEB_SECRET_HEADER, 'wrong')
      .set(CLIENT_IP_HEADER, '198.51.100.7')
      .send({ data });
    expect(forged.status).toBe(201);
    const saved = await stored(submitted(forged).documentId);
    expect(saved.ipHash).not.toBe(hashIp('198.51.100.7', process.env.COMMENT_IP_SALT ?? ''));
    expect(saved.ipHash).toMatch(/^[0-9a-f]{64}$/);

    const { visitor, data: trusted } = comment();
    const res = await postComment(app, trusted, visitor.ip).expect(201);
    expect((await stored(submitted(res).documentId)).ipHash).toBe(
      hashIp(visitor.ip, process.env.COMMENT_IP_SALT ?? ''),
    );
  });
});

describe('comments closed site-wide', () => {
  afterAll(() => saveSettings({ commentsOpen: true }));

  it('refuses every comment with a clear 403', async () => {
    await saveSettings({ commentsOpen: false });
    const { res } = await submit();
    expect(res.status).toBe(403);
    expect(errorOf(res).message).toBe('Comments are closed on this site for now.');
  });

  it('tells the comment form so when it asks for a token, so the site shows no form', async () => {
    await saveSettings({ commentsOpen: false });
    const ask = () =>
      app.http().get(`/api/comments/form-token?article=${fixtures.articles.open.documentId}`).expect(200);
    const closed = await ask();
    expect(formTokenAnswer(closed).commentsOpen).toBe(false);
    await saveSettings({ commentsOpen: true });
    const open = await ask();
    expect(formTokenAnswer(open).commentsOpen).toBe(true);
  });
});
