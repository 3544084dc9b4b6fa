/** @jest-environment node */
import { startStubServer, type StubServer } from '@/test/stub-server';

/** A CMS that logs anyone in as a moderator. */
let cms: StubServer;
beforeAll(async () => {
  cms = await startStubServer((request) =>
    request.url?.startsWith('/api/auth/local')
      ? { body: JSON.stringify({ jwt: 'moderator-jwt', user: { id: 1 } }) }
      : { body: JSON.stringify({ data: { username: 'mod', email: 'mod@example.com', role: 'moderator' } }) },
  );
  process.env.CMS_URL = cms.origin;
});
afterAll(async () => {
  delete process.env.SITE_URL;
  await cms.close();
});

/** The session cookie the login sets with this SITE_URL, for a request that claims `forwardedProto`. */
async function cookieWith(siteUrl: string, forwardedProto: string): Promise<string> {
  process.env.SITE_URL = siteUrl;
  jest.resetModules();
  const session: typeof import('./route') = await import('./route');
  const response = await session.POST(
    new Request('http://localhost/api/moderation/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': forwardedProto },
      body: JSON.stringify({ email: 'mod@example.com', password: 'pw' }),
    }),
  );
  return response.headers.get('set-cookie') ?? '';
}

it('makes the cookie Secure when SITE_URL is https, whatever X-Forwarded-Proto claims', async () => {
  expect(await cookieWith('https://skinfacts.example', 'http')).toContain('; Secure');
  expect(await cookieWith('http://localhost:3000', 'https')).not.toContain('Secure');
});
