/** @jest-environment node */
import { startStubServer, type StubServer } from '@/test/stub-server';

type Routes = {
  account: typeof import('./accounts/[documentId]/route');
  mails: typeof import('./me/mails/route');
  comment: typeof import('./comments/[documentId]/route');
};

const account = { documentId: 'acc1', provider: 'github', displayName: 'Ada', blocked: true };
let server: StubServer;
let routes: Routes;
/** Method and path of every request the stub CMS saw. */
const seen: string[] = [];

beforeAll(async () => {
  server = await startStubServer((request) => {
    const path = request.url ?? '';
    seen.push(`${request.method} ${path}`);
    if (request.headers.authorization !== 'Bearer moderator-jwt')
      return { status: 401, body: '{"error":{}}' };
    if (path === '/api/moderation/accounts/acc1') return { body: JSON.stringify({ data: account }) };
    if (path === '/api/moderation/me/mails') return { body: '{"data":{"moderatorMails":false}}' };
    return {
      status: 404,
      body: '{"data":null,"error":{"status":404,"message":"No comment has the id c9."}}',
    };
  });
  process.env.CMS_URL = server.origin;
  jest.resetModules();
  routes = {
    account: await import('./accounts/[documentId]/route'),
    mails: await import('./me/mails/route'),
    comment: await import('./comments/[documentId]/route'),
  };
});
afterAll(() => server.close());
beforeEach(() => {
  seen.length = 0;
});

const request = (method: string, body?: unknown, jwt = 'moderator-jwt') =>
  new Request('http://site.test/api/moderation/x', {
    method,
    headers: jwt ? { cookie: `sf_moderator_session=${jwt}` } : {},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const params = (documentId: string) => ({ params: Promise.resolve({ documentId }) });

it('blocks an account with the moderator’s login; refuses a bad id or body before asking the CMS', async () => {
  const ok = await routes.account.PATCH(request('PATCH', { blocked: true }), params('acc1'));
  expect(ok.status).toBe(200);
  await expect(ok.json()).resolves.toEqual({ data: account });
  expect(seen).toEqual(['PATCH /api/moderation/accounts/acc1']);

  seen.length = 0;
  expect((await routes.account.PATCH(request('PATCH', { blocked: true }), params('bad-id!'))).status).toBe(
    400,
  );
  const extra = await routes.account.PATCH(request('PATCH', { blocked: true, email: 'x' }), params('acc1'));
  expect(extra.status).toBe(400);
  expect((await routes.account.PATCH(request('PATCH', { blocked: true }, ''), params('acc1'))).status).toBe(
    401,
  );
  expect(seen).toEqual([]);
});

it('reads and switches the moderator’s own mails; a user id in the body is refused', async () => {
  await expect((await routes.mails.GET(request('GET'))).json()).resolves.toEqual({
    data: { moderatorMails: false },
  });
  expect((await routes.mails.PUT(request('PUT', { moderatorMails: false }))).status).toBe(200);
  expect((await routes.mails.PUT(request('PUT', { moderatorMails: false, userId: 2 }))).status).toBe(400);
  expect(seen).toEqual(['GET /api/moderation/me/mails', 'PUT /api/moderation/me/mails']);
});

it('passes on the CMS’s 404 for an unknown comment, and refuses a bad id itself', async () => {
  const missing = await routes.comment.GET(request('GET'), params('c9'));
  expect(missing.status).toBe(404);
  expect((await routes.comment.GET(request('GET'), params('no such'))).status).toBe(400);
  expect(seen).toEqual(['GET /api/moderation/comments/c9']);
});
