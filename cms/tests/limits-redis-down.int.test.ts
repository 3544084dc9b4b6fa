import { createServer, type AddressInfo } from 'node:net';
import { z } from 'zod';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { formToken, newVisitor, postComment, WEB_SECRET } from './helpers/comment-posting';
import { TEST_PASSWORD, createUser } from './helpers/moderation-world';
import { hashIp } from '../src/api/comment/services/comment';
import { CLIENT_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared';

/**
 * REDIS_URL is set but nothing answers there: comments and logins still get their normal answers (never a 500),
 * and each limit holds per process (rate-limiter-flexible's in-memory insurance limiter), as with no Redis.
 */
let app: TestStrapi;
let fixtures: Fixtures;

/** A local port that was free a moment ago and that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  const port = await closedPort();
  app = await startTestStrapi({
    WEB_TO_CMS_SECRET: WEB_SECRET,
    REDIS_URL: `redis://127.0.0.1:${port}`,
    REDIS_KEY_PREFIX: 'skinfacts-test:unreachable:',
  });
  fixtures = await createFixtures(app.strapi);
  await createUser(app, 'moderator', 'mod');
});
afterAll(() => app.stop());

const fromSite = (ip: string) => ({ [WEB_SECRET_HEADER]: WEB_SECRET, [CLIENT_IP_HEADER]: ip });

it('takes comments and applies the limit of 5 a minute in this process', async () => {
  const ip = newVisitor().ip;
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const article = fixtures.articles.open.documentId;
    const data = {
      article,
      authorName: 'Visitor',
      authorEmail: newVisitor().email,
      body: `Question ${attempt} ${Math.random()}`,
      formToken: formToken(article),
    };
    const res = await postComment(app, data, ip);
    statuses.push(res.status);
    await app.strapi.db.query('api::comment.comment').updateMany({
      where: { ipHash: hashIp(ip, process.env.COMMENT_IP_SALT ?? '') },
      data: { createdAt: new Date(Date.now() - 20_000) },
    });
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
});

it('answers users-permissions logins and limits them per address in this process', async () => {
  const ip = '198.51.100.51';
  const logIn = (password: string, address: string) =>
    app
      .http()
      .post('/api/auth/local')
      .set(fromSite(address))
      .send({ identifier: 'mod@example.com', password });
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 11; attempt += 1) statuses.push((await logIn('Wrong-1', ip)).status);
  expect(statuses).toEqual([...Array.from({ length: 10 }, () => 400), 429]);
  const other = await logIn(TEST_PASSWORD, '198.51.100.52').expect(200);
  expect(z.object({ jwt: z.string().min(1) }).safeParse(other.body).success).toBe(true);
});

it('answers admin logins and limits them per email and address in this process', async () => {
  const ip = '198.51.100.61';
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const res = await app
      .http()
      .post('/admin/login')
      .set(fromSite(ip))
      .send({ email: 'editor@example.com', password: 'Wrong-password-1' });
    statuses.push(res.status);
  }
  expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
});
