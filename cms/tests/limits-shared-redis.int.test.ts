import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { formToken, newVisitor, postComment, WEB_SECRET } from './helpers/comment-posting';
import { secondInstanceLimits, testRedisEnv } from './helpers/second-instance-limits';
import { hashIp } from '../src/api/comment/services/comment';
import { COMMENTS_PER_IP } from '../src/api/comment/services/submission-guards';
import { CLIENT_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared';

/**
 * Issue 12: with REDIS_URL set, limits hold across CMS instances. "CMS A" is a real Strapi; "CMS B" is what a
 * second CMS process runs against the same Redis — its own connection and counters, behind Strapi's own
 * login-limit middlewares (tests/helpers/second-instance-limits.ts). Tries alternate between the two; had either
 * counted in its own memory, each would have seen only half of them.
 */
let cmsA: TestStrapi;
let cmsB: Awaited<ReturnType<typeof secondInstanceLimits>>;
let fixtures: Fixtures;

beforeAll(async () => {
  cmsA = await startTestStrapi({ WEB_TO_CMS_SECRET: WEB_SECRET, ...testRedisEnv() });
  cmsB = await secondInstanceLimits();
  await cmsB.connected();
  fixtures = await createFixtures(cmsA.strapi);
});
afterAll(async () => {
  await cmsB.close();
  await cmsA.stop();
});

const fromSite = (ip: string) => ({ [WEB_SECRET_HEADER]: WEB_SECRET, [CLIENT_IP_HEADER]: ip });

/** Pushes one visitor's earlier comments out of the 15 s flood window, so only the rate limit decides. */
async function backdateComments(ip: string) {
  await cmsA.strapi.db.query('api::comment.comment').updateMany({
    where: { ipHash: hashIp(ip, process.env.COMMENT_IP_SALT ?? '') },
    data: { createdAt: new Date(Date.now() - 20_000) },
  });
}

it('counts comments from one address on both instances: six tries alternating A, B hit the limit of 5', async () => {
  const ip = newVisitor().ip;
  const ipHash = hashIp(ip, process.env.COMMENT_IP_SALT ?? '');
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    if (attempt % 2 === 0) {
      const article = fixtures.articles.open.documentId;
      const data = {
        article,
        authorName: 'Visitor',
        authorEmail: newVisitor().email,
        body: `Question number ${attempt} ${Math.random()}`,
        formToken: formToken(article),
      };
      const res = await postComment(cmsA, data, ip);
      outcomes.push(`A ${res.status}`);
      await backdateComments(ip);
    } else {
      const count = await cmsB.countHit(COMMENTS_PER_IP, ipHash);
      outcomes.push(`B ${count.allowed ? 'allowed' : 'refused'}`);
    }
  }
  expect(outcomes).toEqual(['A 201', 'B allowed', 'A 201', 'B allowed', 'A 201', 'B refused']);

  const article = fixtures.articles.open.documentId;
  const afterB = await postComment(
    cmsA,
    {
      article,
      authorName: 'Visitor',
      authorEmail: newVisitor().email,
      body: 'One more',
      formToken: formToken(article),
    },
    ip,
  );
  expect(afterB.status).toBe(429);
  expect(Number(afterB.headers['retry-after'])).toBeGreaterThan(0);
});

it('counts admin logins (5 per email and address) on both instances', async () => {
  const ip = '198.51.100.31';
  const email = `editor-${Date.now()}@example.com`;
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    if (attempt % 2 === 0) {
      const res = await cmsA
        .http()
        .post('/admin/login')
        .set(fromSite(ip))
        .send({ email, password: 'Wrong-password-1' });
      outcomes.push(`A ${res.status}`);
    } else {
      outcomes.push(`B ${await cmsB.adminLogin(ip, email)}`);
    }
  }
  expect(outcomes).toEqual(['A 400', 'B passed', 'A 400', 'B passed', 'A 400', 'B limited']);
  await cmsA.http().post('/admin/login').set(fromSite(ip)).send({ email, password: 'x' }).expect(429);
  // Another visitor's address has a bucket of its own.
  await cmsA
    .http()
    .post('/admin/login')
    .set(fromSite('198.51.100.32'))
    .send({ email, password: 'Wrong-password-1' })
    .expect(400);
});

it('counts users-permissions logins (10 a minute per address) on both instances', async () => {
  const ip = '198.51.100.41';
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < 11; attempt += 1) {
    if (attempt % 2 === 0) {
      const res = await cmsA
        .http()
        .post('/api/auth/local')
        .set(fromSite(ip))
        .send({ identifier: 'nobody@example.com', password: 'Wrong-password-1' });
      outcomes.push(`A ${res.status}`);
    } else {
      outcomes.push(`B ${await cmsB.apiLogin(ip)}`);
    }
  }
  expect(outcomes.slice(0, 10)).toEqual(Array.from({ length: 5 }, () => ['A 400', 'B passed']).flat());
  expect(outcomes[10]).toBe('A 429');
  expect(await cmsB.apiLogin(ip)).toBe('limited');
});
