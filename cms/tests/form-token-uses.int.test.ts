import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { formToken, formTokenAnswer, newVisitor, postComment, WEB_SECRET } from './helpers/comment-posting';
import { anything, bodyOf, errorOf } from './helpers/responses';

const ADMIN = { SEED_ADMIN_EMAIL: 'admin@form-tokens.test', SEED_ADMIN_PASSWORD: 'Adm1nPassword' };
const COMMENT = 'api::comment.comment';
const FORM_TOKEN_USE = 'api::form-token-use.form-token-use';
const USED = /already used to send a comment\. Reload the page/;

/** The form-token-use service as the tests call it (`strapi.service()` types its members as `any`). */
type FormTokenUses = { spendWith<T>(nonce: string, write: () => Promise<T>): Promise<T> };
/** A post's answer: the stored comment, or `data: null` with an error. */
const postAnswer = z.object({ data: z.object({ documentId: z.string() }).nullable() });

let app: TestStrapi;
let fixtures: Fixtures;
let open: string;

beforeAll(async () => {
  app = await startTestStrapi({ WEB_TO_CMS_SECRET: WEB_SECRET, ...ADMIN });
  fixtures = await createFixtures(app.strapi);
  open = fixtures.articles.open.documentId;
});
afterAll(async () => {
  await app.stop();
  for (const key of Object.keys(ADMIN)) delete process.env[key];
});

/** A comment from a visitor of its own (own IP, email and text), so no other defence gets in the way. */
function commentWith(token: string, article = open) {
  const visitor = newVisitor();
  const data = {
    article,
    authorName: 'Visitor',
    authorEmail: visitor.email,
    body: `Question ${visitor.email}`,
    formToken: token,
  };
  return postComment(app, data, visitor.ip);
}

const storedBodies = async () => {
  const rows: unknown = await app.strapi.db.query(COMMENT).findMany({ select: ['body'] });
  return z
    .array(z.object({ body: z.string() }))
    .parse(rows)
    .map((row) => row.body);
};
const nonceOf = (token: string) => token.split('.')[2] ?? '';
const usesOf = (token: string) =>
  app.strapi.db.query(FORM_TOKEN_USE).count({ where: { nonce: nonceOf(token) } });

describe('issuing a form token', () => {
  const ask = (query: string) => app.http().get(`/api/comments/form-token${query}`);

  it('issues one per article, naming it', async () => {
    const res = await ask(`?article=${open}`).expect(200);
    expect(formTokenAnswer(res).formToken.split('.')[1]).toBe(open);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['no article', '', /\?article=/],
    ['a malformed article', '?article=../etc', /document id/],
    ['another parameter', `?article=x1&status=draft`, /Unknown parameter\(s\): status/],
  ])('answers 400 to %s, naming what to fix', async (_, query, message) => {
    const res = await ask(query).expect(400);
    expect(errorOf(res).message).toMatch(message);
  });

  it('gives none for an article that takes no comments, as posting to it would answer', async () => {
    const unknown = await ask('?article=doesnotexist123').expect(400);
    expect(errorOf(unknown).details?.errors?.[0]?.path).toEqual(['article']);
    const draft = await ask(`?article=${fixtures.articles.draft.documentId}`).expect(400);
    expect(errorOf(draft).message).toMatch(/no published article/i);
    const closed = await ask(`?article=${fixtures.articles.closed.documentId}`).expect(403);
    expect(errorOf(closed).message).toBe('Comments are closed on this article.');
  });
});

describe('a form token works once, for its article', () => {
  it('refuses a second comment with the same token (409), whoever sends it, and stores nothing more', async () => {
    const issued = await app.http().get(`/api/comments/form-token?article=${open}`).expect(200);
    const token = formTokenAnswer(issued).formToken;
    await commentWith(token).expect(201);
    const before = await storedBodies();

    const again = await commentWith(token).expect(409);
    expect(errorOf(again).message).toMatch(USED);
    expect(errorOf(again).details?.errors).toEqual([{ path: ['formToken'], message: anything(String) }]);
    expect(await storedBodies()).toEqual(before);
    expect(await usesOf(token)).toBe(1);
  });

  it('takes a fresh token for each comment, so one visitor can comment twice', async () => {
    const visitor = newVisitor();
    const post = (body: string) =>
      postComment(
        app,
        { article: open, authorName: 'Twice', authorEmail: visitor.email, body, formToken: formToken(open) },
        visitor.ip,
      );
    await post('My first question').expect(201);
    // Past the flood interval (tested in comment-defences) without waiting for it.
    await app.strapi.db.query(COMMENT).updateMany({
      where: { authorEmail: visitor.email },
      data: { createdAt: new Date(Date.now() - 60_000) },
    });
    await post('My second question').expect(201);
    expect(await app.strapi.db.query(COMMENT).count({ where: { authorEmail: visitor.email } })).toBe(2);
  });

  it('refuses a token issued for another article (400), and leaves it usable there', async () => {
    const token = formToken(fixtures.articles.second.documentId);
    const res = await commentWith(token, open).expect(400);
    expect(errorOf(res).message).toMatch(/belongs to another article/);
    expect(errorOf(res).details?.errors?.[0]?.path).toEqual(['formToken']);
    expect(await usesOf(token)).toBe(0);
    await commentWith(token, fixtures.articles.second.documentId).expect(201);
  });

  it.each([
    ['article', (token: string) => token.replace(`.${open}.`, `.${fixtures.articles.second.documentId}.`)],
    ['nonce', (token: string) => token.replace(`.${nonceOf(token)}.`, '.AAAAAAAAAAAAAAAAAAAAAAAA.')],
    ['time', (token: string) => token.replace(/^\d+/, String(Date.now() - 60_000))],
  ])('refuses a token whose %s was changed (400)', async (_, tamper) => {
    const tampered = tamper(formToken(open));
    const article = tampered.split('.')[1];
    const res = await commentWith(tampered, article).expect(400);
    expect(errorOf(res).details?.errors?.[0]?.path).toEqual(['formToken']);
    expect(errorOf(res).message).toMatch(/has expired\. Reload the page/);
  });

  it('stores exactly one of two comments sent at once with one token', async () => {
    const token = formToken(open);
    const responses = await Promise.all([commentWith(token), commentWith(token)]);
    expect(responses.map((res) => res.status).sort()).toEqual([201, 409]);
    const stored = await app.strapi.db.query(COMMENT).count({
      where: {
        documentId: { $in: responses.map((res) => bodyOf(res, postAnswer).data?.documentId).filter(Boolean) },
      },
    });
    expect(stored).toBe(1);
    expect(await usesOf(token)).toBe(1);
  });
});

describe('the record of used tokens', () => {
  const uses = () => app.strapi.service(FORM_TOKEN_USE) as FormTokenUses;

  it('keeps nothing of a comment whose write fails: nonce and comment roll back together', async () => {
    const before = await app.strapi.db.query(COMMENT).count();
    const failing = uses().spendWith('rolled-back-nonce', async () => {
      await app.strapi.documents(COMMENT).create({
        data: {
          article: open,
          authorName: 'Half',
          authorEmail: 'half@example.org',
          body: 'Half written',
          moderationStatus: 'pending',
        },
      });
      throw new Error('the write failed after the comment was inserted');
    });
    await expect(failing).rejects.toThrow('the write failed');
    expect(await app.strapi.db.query(COMMENT).count()).toBe(before);
    expect(await app.strapi.db.query(FORM_TOKEN_USE).count({ where: { nonce: 'rolled-back-nonce' } })).toBe(
      0,
    );
    await expect(uses().spendWith('rolled-back-nonce', () => Promise.resolve('stored'))).resolves.toBe(
      'stored',
    );
  });

  it('forgets uses of tokens that have expired anyway, when a comment is stored', async () => {
    const old = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
    await app.strapi.db.query(FORM_TOKEN_USE).create({ data: { nonce: 'expired-nonce', usedAt: old } });
    const token = formToken(open);
    await commentWith(token).expect(201);
    expect(await app.strapi.db.query(FORM_TOKEN_USE).count({ where: { nonce: 'expired-nonce' } })).toBe(0);
    expect(await usesOf(token)).toBe(1);
  });

  it('is not reachable through the public API', async () => {
    const before = await app.strapi.db.query(FORM_TOKEN_USE).count();
    await app.http().get('/api/form-token-uses').expect(404);
    const write = await app
      .http()
      .post('/api/form-token-uses')
      .send({ data: { nonce: 'posted-nonce', usedAt: new Date() } });
    // A POST to any unknown /api path answers 405 (Allow: GET, HEAD) here; either way, no route of its own.
    expect([404, 405]).toContain(write.status);
    expect(await app.strapi.db.query(FORM_TOKEN_USE).count()).toBe(before);
  });

  it('is hidden from the admin panel’s content manager', async () => {
    const login = await app
      .http()
      .post('/admin/login')
      .send({ email: ADMIN.SEED_ADMIN_EMAIL, password: ADMIN.SEED_ADMIN_PASSWORD })
      .expect(200);
    const res = await app
      .http()
      .get('/content-manager/content-types')
      .set(
        'Authorization',
        `Bearer ${bodyOf(login, z.object({ data: z.object({ token: z.string() }) })).data.token}`,
      )
      .expect(200);
    const types = bodyOf(
      res,
      z.object({ data: z.array(z.object({ uid: z.string(), isDisplayed: z.boolean() })) }),
    ).data;
    expect(types.find((type) => type.uid === COMMENT)?.isDisplayed).toBe(true);
    expect(types.find((type) => type.uid === FORM_TOKEN_USE)?.isDisplayed).toBe(false);
  });
});
