import request from 'supertest';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { formToken, newVisitor, WEB_SECRET } from './helpers/comment-posting';
import { startSecondCms, type SecondCms } from './helpers/second-cms-process';
import { testRedisEnv } from './helpers/redis-env';
import { hashIp } from '../src/api/comment/services/comment';
import { CLIENT_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared';

/**
 * Issue 12's check: two CMS instances — A in this process, B in a process of its own — on one database and
 * one Redis. Six tries alternating between them hit a limit of five; counted in each process's memory, each
 * would have seen three.
 */
let cmsA: TestStrapi;
let cmsB: SecondCms;
let fixtures: Fixtures;

beforeAll(async () => {
  cmsA = await startTestStrapi({ WEB_TO_CMS_SECRET: WEB_SECRET, ...testRedisEnv() });
  fixtures = await createFixtures(cmsA.strapi);
  cmsB = await startSecondCms();
});
afterAll(async () => {
  await cmsB?.stop();
  await cmsA?.stop();
});

const instances = () => [cmsA.http(), request(cmsB.url)] as const;
const alternate = (attempt: number) => instances()[attempt % 2] as ReturnType<typeof request>;
const fromSite = (ip: string) => ({ [WEB_SECRET_HEADER]: WEB_SECRET, [CLIENT_IP_HEADER]: ip });

it('counts comments from one address on both instances', async () => {
  const ip = newVisitor().ip;
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const article = fixtures.articles.open.documentId;
    const res = await alternate(attempt)
      .post('/api/comments')
      .set(fromSite(ip))
      .send({
        data: {
          article,
          authorName: 'Visitor',
          authorEmail: newVisitor().email,
          body: `Question ${attempt} ${Math.random()}`,
          formToken: formToken(article),
        },
      });
    statuses.push(res.status);
    // Out of the 15 s flood window (checked in the shared database), so only the rate limit decides.
    await cmsA.strapi.db.query('api::comment.comment').updateMany({
      where: { ipHash: hashIp(ip, process.env.COMMENT_IP_SALT ?? '') },
      data: { createdAt: new Date(Date.now() - 20_000) },
    });
  }
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
});

it('counts admin logins (5 per email and address) on both instances', async () => {
  const ip = '198.51.100.71';
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const res = await alternate(attempt)
      .post('/admin/login')
      .set(fromSite(ip))
      .send({ email: 'editor@example.com', password: 'Wrong-password-1' });
    statuses.push(res.status);
  }
  expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
});

it('counts users-permissions logins (10 a minute per address) on both instances', async () => {
  const ip = '198.51.100.81';
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 11; attempt += 1) {
    const res = await alternate(attempt)
      .post('/api/auth/local')
      .set(fromSite(ip))
      .send({ identifier: 'nobody@example.com', password: 'Wrong-password-1' });
    statuses.push(res.status);
  }
  expect(statuses).toEqual([...Array.from({ length: 10 }, () => 400), 429]);
});
