/** @jest-environment node */
import { startStubServer, type StubServer } from '@/test/stub-server';

type Routes = {
  session: typeof import('./route');
  queue: typeof import('../comments/route');
  decision: typeof import('../comments/[documentId]/route');
};

const comment = {
  documentId: 'c1',
  article: { documentId: 'a1', title: 'Article', slug: 'article' },
  parent: null,
  authorName: 'Sam K.',
  authorEmail: 'sam@example.com',
  authorUrl: null,
  body: 'Hello',
  moderationStatus: 'pending',
  holdReasons: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  moderatedAt: null,
  moderatedBy: null,
  staffReply: false,
};

let server: StubServer;
let routes: Routes;
/** What POST /api/auth/local answers next (the stub cannot read bodies). */
let login: { status: number; jwt?: string } = { status: 200, jwt: 'moderator-jwt' };
const seenAuthorization: string[] = [];

beforeAll(async () => {
  server = await startStubServer((request) => {
    const path = (request.url ?? '').split('?')[0];
    const authorization = request.headers.authorization ?? '';
    seenAuthorization.push(authorization);
    if (path === '/api/auth/local') {
      return login.status === 200
        ? { body: JSON.stringify({ jwt: login.jwt, user: { id: 1 } }) }
        : {
            status: login.status,
            body: JSON.stringify({ error: { message: 'Invalid identifier or password' } }),
          };
    }
    if (authorization === 'Bearer expired-jwt') return { status: 401, body: '{"error":{}}' };
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
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('POST /api/moderation/session', () => {
  it('sets an httpOnly, SameSite=Strict session cookie for a moderator (Secure over https)', async () => {
    const response = await routes.session.POST(
      post('https://skinfacts.example/api/moderation/session', { email: 'mod@example.com', password: 'pw' }),
    );
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sf_moderator_session=moderator-jwt;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('Path=/');
    expect(await response.json()).toEqual({
      data: { username: 'mod', email: 'mod@example.com', role: 'moderator' },
    });
  });

  it('leaves Secure off over plain http (local development)', async () => {
    const response = await routes.session.POST(
      post('http://localhost/api/moderation/session', { email: 'mod@example.com', password: 'pw' }),
    );
    expect(response.headers.get('set-cookie')).not.toContain('Secure');
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

  it('logs out by expiring the cookie', async () => {
    const response = await routes.session.DELETE(
      new Request('http://localhost/api/moderation/session', { method: 'DELETE' }),
    );
    expect(response.headers.get('set-cookie')).toMatch(/^sf_moderator_session=;.*Max-Age=0.*HttpOnly/);
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
    expect((await response.json()).data[0].authorName).toBe('Sam K.');
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
    expect((await ok.json()).data.moderationStatus).toBe('approved');
    seenAuthorization.length = 0;
    const bad = await routes.decision.PATCH(patch({ moderationStatus: 'published' }), params);
    expect(bad.status).toBe(400);
    expect(seenAuthorization).toEqual([]);
  });
});
