/** @jest-environment node */
import { errorMessageOf } from '@/lib/http/fetch-json';
import { moderatedComment } from '@/test/moderated-comment';
import { startStubServer, type StubResponse, type StubServer } from '@/test/stub-server';
import { CLIENT_IP_HEADER, VISITOR_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared/headers';

type Routes = {
  session: typeof import('./route');
  queue: typeof import('../comments/route');
  decision: typeof import('../comments/[documentId]/route');
};

const comment = moderatedComment('c1', {
  article: { documentId: 'a1', title: 'Article', slug: 'article' },
  authorEmail: 'sam@example.com',
  body: 'Hello',
});

let server: StubServer;
let routes: Routes;
/** What POST /api/auth/local answers next (the stub cannot read bodies). */
let login: { status: number; jwt?: string; retryAfter?: string } = { status: 200, jwt: 'moderator-jwt' };
const seenAuthorization: string[] = [];
/** Every request the stub CMS saw: path and headers. */
const seen: { path: string; headers: Record<string, string | string[] | undefined> }[] = [];
const SITE_SECRET = 'site-secret-for-route-tests';

beforeAll(async () => {
  server = await startStubServer((request): StubResponse => {
    const path = (request.url ?? '').split('?')[0];
    const authorization = request.headers.authorization ?? '';
    seenAuthorization.push(authorization);
    seen.push({ path: path ?? '', headers: request.headers });
    if (path === '/api/auth/local') {
      return login.status === 200
        ? { body: JSON.stringify({ jwt: login.jwt, user: { id: 1 } }) }
        : {
            status: login.status,
            body: JSON.stringify({ error: { message: 'Invalid identifier or password' } }),
            headers: login.retryAfter ? { 'Retry-After': login.retryAfter } : undefined,
          };
    }
    if (authorization === 'Bearer expired-jwt') return { status: 401, body: '{"error":{}}' };
    if (authorization === 'Bearer cms-failing-jwt') return { status: 500, body: '{"error":{}}' };
    if (path === '/api/moderation/logout' && authorization === 'Bearer moderator-jwt') {
      return { body: JSON.stringify({ data: { loggedOut: true } }) };
    }
    if (authorization !== 'Bearer moderator-jwt') return { status: 403, body: '{"error":{"status":403}}' };
    if (path === '/api/moderation/me') {
      return {
        body: JSON.stringify({ data: { username: 'mod', email: 'mod@example.com', role: 'moderator' } }),
      };
    }
    if (path === '/api/moderation/comments') {
      return {
        body: JSON.stringify({
          data: [comment],
          meta: {
            counts: { pending: 1, approved: 0, rejected: 0, spam: 0 },
            pagination: { page: 1, pageSize: 25, pageCount: 1, total: 1 },
          },
        }),
      };
    }
    if (path === '/api/moderation/comments/c1') {
      return { body: JSON.stringify({ data: { ...comment, moderationStatus: 'approved' } }) };
    }
    return { status: 404, body: '{}' };
  });
  process.env.CMS_URL = server.origin;
  process.env.WEB_TO_CMS_SECRET = SITE_SECRET;
  jest.resetModules();
  routes = {
    session: await import('./route'),
    queue: await import('../comments/route'),
    decision: await import('../comments/[documentId]/route'),
  };
});
afterAll(() => server.close());
beforeEach(() => {
  login = { status: 200, jwt: 'moderator-jwt' };
  seenAuthorization.length = 0;
  seen.length = 0;
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('POST /api/moderation/session', () => {
  it('sets an httpOnly, SameSite=Strict session cookie for a moderator', async () => {
    const response = await routes.session.POST(
      post('http://localhost/api/moderation/session', { email: 'mod@example.com', password: 'pw' }),
    );
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sf_moderator_session=moderator-jwt;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(await response.json()).toEqual({
      data: { username: 'mod', email: 'mod@example.com', role: 'moderator' },
    });
  });

  it('answers 403 and sets no cookie for a user who is not a moderator', async () => {
    login = { status: 200, jwt: 'reader-jwt' };
    const response = await routes.session.POST(
      post('http://localhost/api/moderation/session', { email: 'reader@example.com', password: 'pw' }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers 401 to wrong credentials and 400 to a malformed body', async () => {
    login = { status: 400 };
    const wrong = await routes.session.POST(
      post('http://localhost/api/moderation/session', { email: 'x@example.com', password: 'bad' }),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const malformed = await routes.session.POST(
      post('http://localhost/api/moderation/session', { email: 1 }),
    );
    expect(malformed.status).toBe(400);
  });

  it('gives the cookie the moderator login’s lifetime (8 hours)', async () => {
    const response = await routes.session.POST(
      post('http://localhost/api/moderation/session', { email: 'mod@example.com', password: 'pw' }),
    );
    expect(response.headers.get('set-cookie')).toContain(`Max-Age=${8 * 60 * 60}`);
  });
});

describe('login throttling', () => {
  const from = (address: string, email = 'mod@example.com', password = 'pw') =>
    post('http://localhost/api/moderation/session', { email, password }, { [VISITOR_IP_HEADER]: address });
  const cmsLogins = () => seen.filter((request) => request.path === '/api/auth/local').length;

  it('forwards the visitor’s address to the CMS login with the site’s secret', async () => {
    await routes.session.POST(from('203.0.113.40'));
    const [request] = seen.filter((r) => r.path === '/api/auth/local');
    expect(request?.headers[CLIENT_IP_HEADER]).toBe('203.0.113.40');
    expect(request?.headers[WEB_SECRET_HEADER]).toBe(SITE_SECRET);
  });

  it('answers 429 with Retry-After after 5 wrong passwords for one account from one address, without asking the CMS', async () => {
    login = { status: 400 };
    for (let i = 0; i < 5; i += 1) expect((await routes.session.POST(from('203.0.113.50'))).status).toBe(401);
    const refused = await routes.session.POST(from('203.0.113.50'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(15 * 60));
    expect(await refused.json()).toEqual({ error: 'Too many attempts. Try again in 15 minutes.' });
    expect(cmsLogins()).toBe(5);

    // Even the right password waits there; the moderator on another address logs in.
    login = { status: 200, jwt: 'moderator-jwt' };
    expect((await routes.session.POST(from('203.0.113.50'))).status).toBe(429);
    expect((await routes.session.POST(from('198.51.100.50'))).status).toBe(200);
  });

  it('refuses every account from an address after 20 failures there', async () => {
    login = { status: 400 };
    for (let i = 0; i < 20; i += 1) {
      await routes.session.POST(from('203.0.113.60', `user${i}@example.com`));
    }
    login = { status: 200, jwt: 'moderator-jwt' };
    expect((await routes.session.POST(from('203.0.113.60'))).status).toBe(429);
  });

  it('passes the CMS’s own 429 on as 429 with its Retry-After, not as a wrong password', async () => {
    login = { status: 429, retryAfter: '60' };
    const response = await routes.session.POST(from('203.0.113.70'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(await response.json()).toEqual({ error: 'Too many attempts. Try again in 1 minute.' });
  });
});

describe('DELETE /api/moderation/session', () => {
  const logOut = (cookie?: string) =>
    routes.session.DELETE(
      new Request('http://localhost/api/moderation/session', {
        method: 'DELETE',
        headers: cookie ? { cookie: `sf_moderator_session=${cookie}` } : {},
      }),
    );

  it('ends the login at the CMS with the session’s JWT, then expires the cookie', async () => {
    const response = await logOut('moderator-jwt');
    expect(response.status).toBe(200);
    expect(seen.map((r) => [r.path, r.headers.authorization])).toEqual([
      ['/api/moderation/logout', 'Bearer moderator-jwt'],
    ]);
    expect(response.headers.get('set-cookie')).toMatch(/^sf_moderator_session=;.*Max-Age=0.*HttpOnly/);
  });

  it('expires the cookie when the CMS already refuses the JWT', async () => {
    const response = await logOut('expired-jwt');
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toContain('Max-Age=0');
  });

  it('keeps the cookie and answers 502 when the CMS cannot end the login', async () => {
    const response = await logOut('cms-failing-jwt');
    expect(response.status).toBe(502);
    expect(errorMessageOf(await response.json())).toMatch(/still logged in/);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('expires the cookie without calling the CMS when there is no session', async () => {
    const response = await logOut();
    expect(response.headers.get('set-cookie')).toMatch(/^sf_moderator_session=;.*Max-Age=0.*HttpOnly/);
    expect(seen).toEqual([]);
  });
});

describe('the queue routes forward the cookie’s JWT', () => {
  const withCookie = (url: string, jwt: string, init: RequestInit = {}) =>
    new Request(url, { ...init, headers: { cookie: `sf_moderator_session=${jwt}`, ...init.headers } });

  it('answers 401 without a session, never calling the CMS', async () => {
    const response = await routes.queue.GET(new Request('http://localhost/api/moderation/comments'));
    expect(response.status).toBe(401);
    expect(seenAuthorization).toEqual([]);
  });

  it('lists the queue with the JWT as a Bearer token', async () => {
    const response = await routes.queue.GET(
      withCookie('http://localhost/api/moderation/comments?status=pending', 'moderator-jwt'),
    );
    expect(response.status).toBe(200);
    const queue = (await response.json()) as { data: Array<{ authorName: string }> };
    expect(queue.data[0]?.authorName).toBe('Sam K.');
    expect(seenAuthorization).toEqual(['Bearer moderator-jwt']);
  });

  it('passes a non-moderator’s 403 on', async () => {
    const response = await routes.queue.GET(
      withCookie('http://localhost/api/moderation/comments', 'reader-jwt'),
    );
    expect(response.status).toBe(403);
  });

  it('ends an expired session: 401 and the cookie cleared', async () => {
    const response = await routes.queue.GET(
      withCookie('http://localhost/api/moderation/comments', 'expired-jwt'),
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toContain('Max-Age=0');
  });

  it('decides one comment, and refuses an invalid status before calling the CMS', async () => {
    const params = { params: Promise.resolve({ documentId: 'c1' }) };
    const patch = (body: unknown) =>
      withCookie('http://localhost/api/moderation/comments/c1', 'moderator-jwt', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const ok = await routes.decision.PATCH(patch({ moderationStatus: 'approved' }), params);
    expect(ok.status).toBe(200);
    const decided = (await ok.json()) as { data: { moderationStatus: string } };
    expect(decided.data.moderationStatus).toBe('approved');
    seenAuthorization.length = 0;
    const bad = await routes.decision.PATCH(patch({ moderationStatus: 'published' }), params);
    expect(bad.status).toBe(400);
    expect(seenAuthorization).toEqual([]);
  });
});
