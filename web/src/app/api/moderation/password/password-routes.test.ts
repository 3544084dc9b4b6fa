/** @jest-environment node */
import { errorMessageOf } from '@/lib/http/fetch-json';
import { startStubServer, type StubResponse, type StubServer } from '@/test/stub-server';

type Routes = { forgot: typeof import('./forgot/route'); reset: typeof import('./reset/route') };
/** A refusal that names the problem of each field. */
type FieldErrorsBody = { fieldErrors: Record<string, string[] | undefined> };

const SITE_SECRET = 'site-secret-for-password-tests';
let server: StubServer;
let routes: Routes;
/** What the stand-in CMS answers next to forgot-password and reset-password (it cannot read bodies). */
let cmsAnswer: StubResponse;
const seen: { path: string; headers: Record<string, string | string[] | undefined> }[] = [];

beforeAll(async () => {
  server = await startStubServer((request): StubResponse => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    seen.push({ path, headers: request.headers });
    if (path === '/api/auth/forgot-password' || path === '/api/auth/reset-password') return cmsAnswer;
    if (path === '/api/moderation/me' && request.headers.authorization === 'Bearer moderator-jwt') {
      return {
        body: JSON.stringify({ data: { username: 'mod', email: 'mod@example.com', role: 'moderator' } }),
      };
    }
    return { status: 403, body: '{"error":{"status":403}}' };
  });
  process.env.CMS_URL = server.origin;
  process.env.WEB_TO_CMS_SECRET = SITE_SECRET;
  jest.resetModules();
  routes = { forgot: await import('./forgot/route'), reset: await import('./reset/route') };
});
afterAll(() => server.close());
beforeEach(() => {
  seen.length = 0;
});

const post = (path: string, body: unknown) =>
  new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-skinfacts-visitor-ip': '203.0.113.9' },
    body: JSON.stringify(body),
  });
const forgot = (body: unknown) => routes.forgot.POST(post('/api/moderation/password/forgot', body));
const reset = (body: unknown) => routes.reset.POST(post('/api/moderation/password/reset', body));
const newPassword = {
  code: 'code-from-mail',
  password: 'a long passphrase',
  passwordConfirmation: 'a long passphrase',
};
const limited = { status: 429, body: '{"error":{"status":429}}', headers: { 'Retry-After': '90' } };

describe('POST /api/moderation/password/forgot', () => {
  beforeEach(() => {
    cmsAnswer = { body: '{"ok":true}' };
  });

  it('passes a well-formed address on with the site’s secret and the visitor’s address, and says only ok', async () => {
    const response = await forgot({ email: 'mod@example.com' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const call = seen.find((request) => request.path === '/api/auth/forgot-password');
    expect(call?.headers['x-skinfacts-web-secret']).toBe(SITE_SECRET);
    expect(call?.headers['x-skinfacts-client-ip']).toBe('203.0.113.9');
  });

  it.each([[{ email: 'not an address' }], [{ email: 'mod@example.com', extra: 1 }], [null]])(
    'refuses %j with 400 and never asks the CMS',
    async (body) => {
      const response = await forgot(body);
      expect(response.status).toBe(400);
      expect(errorMessageOf(await response.json())).toMatch(/email address/);
      expect(seen).toEqual([]);
    },
  );

  it('passes the CMS’s limit on as 429 with Retry-After and a message to wait', async () => {
    cmsAnswer = limited;
    const response = await forgot({ email: 'mod@example.com' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('90');
    expect(errorMessageOf(await response.json())).toMatch(/Too many attempts. Try again in 2 minutes/);
  });

  it('answers 502 when the CMS fails', async () => {
    cmsAnswer = { status: 500, body: '{}' };
    expect((await forgot({ email: 'mod@example.com' })).status).toBe(502);
  });
});

describe('POST /api/moderation/password/reset', () => {
  it('logs a moderator in with the login the CMS issued after the reset', async () => {
    cmsAnswer = { body: JSON.stringify({ jwt: 'moderator-jwt', user: { id: 1 } }) };
    const response = await reset(newPassword);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: true,
      data: { username: 'mod', email: 'mod@example.com', role: 'moderator' },
    });
    expect(response.headers.get('set-cookie')).toMatch(/^sf_moderator_session=moderator-jwt;.*HttpOnly/);
    const call = seen.find((request) => request.path === '/api/auth/reset-password');
    expect(call?.headers['x-skinfacts-client-ip']).toBe('203.0.113.9');
  });

  it('sets no cookie for an account that is not a moderator', async () => {
    cmsAnswer = { body: JSON.stringify({ jwt: 'reader-jwt', user: { id: 2 } }) };
    const response = await reset(newPassword);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('says to ask for a new link when the CMS refuses the code', async () => {
    cmsAnswer = { status: 400, body: '{"error":{"status":400,"message":"Incorrect code provided"}}' };
    const response = await reset(newPassword);
    expect(response.status).toBe(400);
    expect(errorMessageOf(await response.json())).toMatch(/Ask for a new one/);
  });

  it('marks each field problem before asking the CMS', async () => {
    const response = await reset({ code: 'c', password: 'short', passwordConfirmation: 'other' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as FieldErrorsBody;
    expect(body.fieldErrors.password).toEqual(['Use at least 12 characters.']);
    expect(body.fieldErrors.passwordConfirmation?.[0]).toMatch(/differ/);
    expect(seen).toEqual([]);
  });

  it('passes the CMS’s limit on as 429', async () => {
    cmsAnswer = limited;
    const response = await reset(newPassword);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('90');
  });
});
