import { z } from 'zod';
import { MODERATOR_SESSION_SECONDS } from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken } from './helpers/fixtures';
import { TEST_PASSWORD, bearer, createUser } from './helpers/moderation-world';
import { bodyOf, errorOf } from './helpers/responses';

/** Security #8b: logging out ends a moderator's login for good, and a login lasts hours, not days. */
let app: TestStrapi;
let readerJwt: string;

beforeAll(async () => {
  app = await startTestStrapi();
  await createUser(app, 'moderator', 'mod');
  readerJwt = await createUser(app, 'authenticated', 'reader');
});
afterAll(() => app.stop());

async function logIn(): Promise<{ jwt: string; refreshToken: string }> {
  const res = await app
    .http()
    .post('/api/auth/local')
    .send({ identifier: 'mod@example.com', password: TEST_PASSWORD })
    .expect(200);
  return bodyOf(res, z.object({ jwt: z.string(), refreshToken: z.string() }));
}

const claimsSchema = z.object({ iat: z.number(), exp: z.number(), sessionId: z.string().optional() });

function claimsOf(jwt: string): z.output<typeof claimsSchema> {
  const payload = jwt.split('.')[1] ?? '';
  return claimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
}

const queue = (jwt: string) => app.http().get('/api/moderation/comments').set(bearer(jwt));
const logOut = (jwt: string) => app.http().post('/api/moderation/logout').set(bearer(jwt));

it('issues a moderator token that lives 8 hours, backed by a server-side session', async () => {
  const { jwt } = await logIn();
  const { iat, exp, sessionId } = claimsOf(jwt);
  expect(MODERATOR_SESSION_SECONDS).toBe(8 * 60 * 60);
  expect(exp - iat).toBe(MODERATOR_SESSION_SECONDS);
  expect(sessionId).toEqual(expect.any(String));
});

it('refuses the same token with 401 on every moderation route after logout', async () => {
  const { jwt } = await logIn();
  await queue(jwt).expect(200);

  const res = await logOut(jwt).expect(200);
  expect(res.body).toEqual({ data: { loggedOut: true } });
  expect(res.headers['cache-control']).toBe('no-store');

  // Strapi's route wrapper answers every UnauthorizedError with its own message, "Unauthorized".
  await queue(jwt).expect(401);
  await app.http().get('/api/moderation/me').set(bearer(jwt)).expect(401);
  await app
    .http()
    .post('/api/moderation/comments/bulk')
    .set(bearer(jwt))
    .send({ documentIds: ['abc'], moderationStatus: 'approved' })
    .expect(401);
  await logOut(jwt).expect(401);
});

it('cannot be revived through Strapi’s refresh route once logged out', async () => {
  const { jwt, refreshToken } = await logIn();
  await logOut(jwt).expect(200);
  await app.http().post('/api/auth/refresh').send({ refreshToken }).expect(401);
});

it('ends only the login that logged out: the moderator’s other browser stays in', async () => {
  const first = await logIn();
  const second = await logIn();
  await logOut(first.jwt).expect(200);
  await queue(first.jwt).expect(401);
  await queue(second.jwt).expect(200);
});

it('refuses a token whose session has passed its lifetime, though the token has not expired', async () => {
  const { jwt } = await logIn();
  const { sessionId } = claimsOf(jwt);
  await app.strapi.db
    .query('admin::session')
    .update({ where: { sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await queue(jwt).expect(401);
});

it('keeps logout to moderators: 403 for anonymous and other users, 400 for an API token', async () => {
  await logOut(readerJwt).expect(403);
  await app.http().post('/api/moderation/logout').expect(403);
  const token = await createApiToken(app.strapi);
  const res = await logOut(token).expect(400);
  expect(errorOf(res).message).toMatch(/API token has no login to end/);
  await queue(token).expect(200);
});
