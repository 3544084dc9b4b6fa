/** @jest-environment node */
import type http from 'node:http';
import { startStubServer, type StubResponse, type StubServer } from '@/test/stub-server';
import { CLIENT_IP_HEADER, VISITOR_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared/headers';

const SECRET = 'web-to-cms-test-secret';
let server: StubServer;
let route: typeof import('./route');
let nextAnswer: StubResponse;
let received: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = await startStubServer((request) => {
    if (request.url === '/api/comment-reports' && request.method === 'POST') {
      received.push(request.headers);
      return nextAnswer;
    }
    return { status: 404, body: '{}' };
  });
  process.env.CMS_URL = server.origin;
  process.env.WEB_TO_CMS_SECRET = SECRET;
  jest.resetModules();
  route = await import('./route');
});
afterAll(() => server.close());
beforeEach(() => {
  received = [];
  nextAnswer = { status: 201, body: JSON.stringify({ data: { counted: true, heldForModeration: false } }) };
});

const post = (body: unknown) =>
  route.POST(
    new Request('http://site/api/comments/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [VISITOR_IP_HEADER]: '203.0.113.9' },
      body: JSON.stringify(body),
    }),
  );

it('sends a valid report on with the site secret and the visitor’s IP', async () => {
  const res = await post({ comment: 'abc123', reason: 'spam', note: 'Selling pills' });
  expect(res.status).toBe(201);
  await expect(res.json()).resolves.toEqual({ data: { counted: true, heldForModeration: false } });
  expect(res.headers.get('cache-control')).toMatch(/no-store/);
  expect(received).toHaveLength(1);
  expect(received[0]?.[WEB_SECRET_HEADER]).toBe(SECRET);
  expect(received[0]?.[CLIENT_IP_HEADER]).toBe('203.0.113.9');
});

it('answers 400 naming the field for a bad reason or an unknown field, without calling the CMS', async () => {
  const bad = await post({ comment: 'abc123', reason: 'boring' });
  expect(bad.status).toBe(400);
  const body = (await bad.json()) as { fieldErrors: Record<string, string[]> };
  expect(body.fieldErrors.reason?.[0]).toMatch(/choose a reason/i);
  expect((await post({ comment: 'abc123', reason: 'spam', reporterHash: 'x' })).status).toBe(400);
  expect((await post('not json')).status).toBe(400);
  expect(received).toEqual([]);
});

it('passes the CMS’s 429 on with its Retry-After, and its 404 with its message', async () => {
  nextAnswer = {
    status: 429,
    headers: { 'Retry-After': '120' },
    body: JSON.stringify({
      data: null,
      error: { status: 429, name: 'RateLimitError', message: 'Too many reports.' },
    }),
  };
  const limited = await post({ comment: 'abc123', reason: 'abuse' });
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toBe('120');
  await expect(limited.json()).resolves.toEqual({ error: 'Too many reports.' });

  nextAnswer = {
    status: 404,
    body: JSON.stringify({
      data: null,
      error: { status: 404, name: 'NotFoundError', message: 'No such comment.' },
    }),
  };
  const missing = await post({ comment: 'abc123', reason: 'other' });
  expect(missing.status).toBe(404);
  await expect(missing.json()).resolves.toEqual({ error: 'No such comment.' });
});
