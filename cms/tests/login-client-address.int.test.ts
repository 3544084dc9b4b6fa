import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { TEST_PASSWORD, createUser } from './helpers/moderation-world';
import { anything, bodyOf, record } from './helpers/responses';
import { CLIENT_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared';

/**
 * Security #6: Strapi's login limiter buckets by `ctx.request.ip`. Logins the site forwards (secret + visitor
 * address) must count per visitor, so one visitor's failures never lock another out; the address header
 * without the secret must change nothing.
 */
const SITE_SECRET = 'site-secret-for-login-tests';
const LOGIN_LIMIT_GUARD = 50;

let app: TestStrapi;

beforeAll(async () => {
  app = await startTestStrapi({ WEB_TO_CMS_SECRET: SITE_SECRET });
  await createUser(app, 'moderator', 'mod');
});
afterAll(() => app.stop());

type Headers = Record<string, string>;
const fromSite = (address: string): Headers => ({
  [WEB_SECRET_HEADER]: SITE_SECRET,
  [CLIENT_IP_HEADER]: address,
});

const logIn = (password: string, headers: Headers) =>
  app.http().post('/api/auth/local').set(headers).send({ identifier: 'mod@example.com', password });

/** Bad logins until the limiter answers 429; returns how many were refused as wrong before that. */
async function exhaust(headers: Headers): Promise<number> {
  for (let refused = 0; refused < LOGIN_LIMIT_GUARD; refused += 1) {
    const res = await logIn('wrong-password', headers);
    if (res.status === 429) return refused;
    expect(res.status).toBe(400);
  }
  throw new Error(`no 429 after ${LOGIN_LIMIT_GUARD} bad logins`);
}

it('buckets forwarded logins by the visitor’s address: A’s failures do not lock B out', async () => {
  const refused = await exhaust(fromSite('203.0.113.10'));
  expect(refused).toBeGreaterThan(0);
  await logIn(TEST_PASSWORD, fromSite('203.0.113.10')).expect(429);

  const other = await logIn(TEST_PASSWORD, fromSite('198.51.100.20')).expect(200);
  expect(bodyOf(other, record).jwt).toEqual(anything(String));
  const ipv6 = await logIn(TEST_PASSWORD, fromSite('2001:db8::7')).expect(200);
  expect(bodyOf(ipv6, record).jwt).toEqual(anything(String));
});

it('ignores the address header without the right secret: those logins share the connection’s bucket', async () => {
  const forged = (address: string): Headers => ({ [CLIENT_IP_HEADER]: address });
  const wrongSecret = (address: string): Headers => ({
    ...fromSite(address),
    [WEB_SECRET_HEADER]: 'nope',
  });

  await exhaust(forged('192.0.2.1'));
  // Had the header counted, each of these would have a fresh bucket.
  await logIn(TEST_PASSWORD, forged('192.0.2.2')).expect(429);
  await logIn(TEST_PASSWORD, wrongSecret('192.0.2.3')).expect(429);
  await logIn(TEST_PASSWORD, {}).expect(429);
  // The site's visitors are not in the connection's bucket.
  await logIn(TEST_PASSWORD, fromSite('192.0.2.4')).expect(200);
});

it('ignores a forwarded value that is not an IP address', async () => {
  // The connection's bucket is exhausted by the test above; a non-address does not escape it.
  await logIn(TEST_PASSWORD, fromSite('not-an-address')).expect(429);
});
