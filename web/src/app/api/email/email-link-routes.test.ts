/** @jest-environment node */
import { ONE_CLICK_BODY } from '@skinfacts/shared';
import { WEB_SECRET_HEADER } from '@skinfacts/shared/headers';
import { startStubServer, type StubResponse, type StubServer } from '@/test/stub-server';

type Routes = {
  confirm: typeof import('./confirm/route');
  unsubscribe: typeof import('./unsubscribe/route');
};

const SITE_SECRET = 'site-secret-for-email-link-tests';
/** Of the signed shape (base64url payload, a dot, a 43-character HMAC); the stand-in CMS decides what it is worth. */
const TOKEN = `eyJwIjoidW5zdWJzY3JpYmUifQ.${'a'.repeat(43)}`;
const EXPIRED =
  'This link has expired or was already replaced. Tick the box again with your next comment to get a new one.';

let server: StubServer;
let routes: Routes;
/** What the stand-in CMS answers next on /api/email-links/<action>. */
let cmsAnswer: StubResponse;
const seen: { path: string; headers: Record<string, string | string[] | undefined> }[] = [];

beforeAll(async () => {
  server = await startStubServer((request): StubResponse => {
    const path = request.url ?? '';
    seen.push({ path, headers: request.headers });
    if (path === '/api/email-links/confirm' || path === '/api/email-links/unsubscribe') return cmsAnswer;
    return { status: 404, body: '{"error":{"status":404,"message":"Not Found"}}' };
  });
  process.env.CMS_URL = server.origin;
  process.env.WEB_TO_CMS_SECRET = SITE_SECRET;
  jest.resetModules();
  routes = { confirm: await import('./confirm/route'), unsubscribe: await import('./unsubscribe/route') };
});
afterAll(() => server.close());
beforeEach(() => {
  seen.length = 0;
  server.bodies.length = 0;
});

const done = (what: 'confirmed' | 'unsubscribed'): StubResponse => ({
  body: JSON.stringify({ data: { done: what } }),
});
const refused: StubResponse = {
  status: 400,
  body: JSON.stringify({
    data: null,
    error: { status: 400, name: 'ValidationError', message: EXPIRED, details: { reason: 'invalid-token' } },
  }),
};

/** The site's own page sends `{ token }` as JSON. */
const jsonPost = (path: string, body: unknown) =>
  new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A mail provider's one-click unsubscribe (RFC 8058): a cross-site form POST to the List-Unsubscribe URL, no cookie. */
const oneClick = (query: string, body = ONE_CLICK_BODY) =>
  new Request(`http://localhost/api/email/unsubscribe${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example.net' },
    body,
  });

describe('POST /api/email/confirm', () => {
  it('forwards the token of a signed link to the CMS with the site secret and passes on "confirmed"', async () => {
    cmsAnswer = done('confirmed');
    const res = await routes.confirm.POST(jsonPost('/api/email/confirm', { token: TOKEN }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    await expect(res.json()).resolves.toEqual({ data: { done: 'confirmed' } });
    expect(seen.map((request) => request.path)).toEqual(['/api/email-links/confirm']);
    expect(seen[0]?.headers[WEB_SECRET_HEADER]).toBe(SITE_SECRET);
    expect(server.bodies.map((body) => JSON.parse(body) as unknown)).toEqual([{ token: TOKEN }]);
  });

  it('answers the CMS’s 400 for a tampered or expired token with its message, which says what to do', async () => {
    cmsAnswer = refused;
    const res = await routes.confirm.POST(jsonPost('/api/email/confirm', { token: TOKEN }));
    expect(res.status).toBe(400);
    await expect(res.json()).resolves.toEqual({ error: EXPIRED });
  });

  it('answers 400 without asking the CMS for an unknown field or parameter, a token of another shape, or no JSON', async () => {
    const bad = [
      jsonPost('/api/email/confirm', { token: TOKEN, email: 'someone@example.org' }),
      jsonPost('/api/email/confirm?token=x', { token: TOKEN }),
      jsonPost('/api/email/confirm', { token: `${TOKEN}x` }),
      jsonPost('/api/email/confirm', {}),
      jsonPost('/api/email/confirm', 'not json'),
      // One-click is for stopping mails only: a confirmation needs the person on the page.
      new Request(`http://localhost/api/email/confirm?token=${TOKEN}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: ONE_CLICK_BODY,
      }),
    ];
    for (const request of bad) {
      const res = await routes.confirm.POST(request);
      expect([request.url, res.status]).toEqual([request.url, 400]);
      expect(((await res.json()) as { error: string }).error).toMatch(/Send \{ "token": "…" \} as JSON/);
    }
    expect(seen).toEqual([]);
  });
});

describe('POST /api/email/unsubscribe', () => {
  it('takes a one-click POST (List-Unsubscribe=One-Click, token in the URL) without any login', async () => {
    cmsAnswer = done('unsubscribed');
    const res = await routes.unsubscribe.POST(oneClick(`?token=${TOKEN}`));
    expect(res.status).toBe(200);
    await expect(res.json()).resolves.toEqual({ data: { done: 'unsubscribed' } });
    expect(seen.map((request) => request.path)).toEqual(['/api/email-links/unsubscribe']);
    expect(seen[0]?.headers[WEB_SECRET_HEADER]).toBe(SITE_SECRET);
    expect(server.bodies.map((body) => JSON.parse(body) as unknown)).toEqual([{ token: TOKEN }]);
  });

  it('takes the unsubscribe page’s JSON { token } too', async () => {
    cmsAnswer = done('unsubscribed');
    const res = await routes.unsubscribe.POST(jsonPost('/api/email/unsubscribe', { token: TOKEN }));
    expect(res.status).toBe(200);
    expect(server.bodies.map((body) => JSON.parse(body) as unknown)).toEqual([{ token: TOKEN }]);
  });

  it('answers the CMS’s 400 for a tampered or expired token', async () => {
    cmsAnswer = refused;
    const res = await routes.unsubscribe.POST(oneClick(`?token=${TOKEN}`));
    expect(res.status).toBe(400);
    await expect(res.json()).resolves.toEqual({ error: EXPIRED });
  });

  it('answers 400 without asking the CMS for another body, an unknown or repeated parameter, or no token', async () => {
    const bad = [
      oneClick(`?token=${TOKEN}`, 'List-Unsubscribe=Yes'),
      oneClick(`?token=${TOKEN}`, `${ONE_CLICK_BODY}&email=someone%40example.org`),
      oneClick(`?token=${TOKEN}&email=someone%40example.org`),
      oneClick(`?token=${TOKEN}&token=${TOKEN}`),
      oneClick('?token=short'),
      oneClick(''),
    ];
    for (const request of bad) {
      const res = await routes.unsubscribe.POST(request);
      expect([request.url, res.status]).toEqual([request.url, 400]);
    }
    expect(seen).toEqual([]);
  });
});
