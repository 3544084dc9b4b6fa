/** @jest-environment node */
import type http from 'node:http';
import { errorMessageOf } from '@/lib/http/fetch-json';
import { startStubServer, type StubResponse, type StubServer } from '@/test/stub-server';
import { CLIENT_IP_HEADER, VISITOR_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared/headers';

type Routes = {
  comments: typeof import('./route');
  own: typeof import('./own/route');
  formToken: typeof import('./form-token/route');
  token: typeof import('@/lib/comments/own-token');
};

/** A refusal that names the problem of each field. */
type FieldErrorsBody = { fieldErrors: Record<string, string[] | undefined> };

const SECRET = 'web-to-cms-test-secret';
const stored = {
  id: 7,
  documentId: 'newcomment1',
  body: 'Does the redness last long?',
  authorName: 'Ada',
  authorUrl: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  moderationStatus: 'pending',
};
const strapiError = (status: number, message: string, details: unknown = {}) =>
  JSON.stringify({ data: null, error: { status, name: 'Error', message, details } });

let server: StubServer;
let routes: Routes;
/** What the stub CMS answers to POST /api/comments next (it cannot read bodies). */
let nextSubmitAnswer: StubResponse;
let lastSubmitHeaders: http.IncomingHttpHeaders = {};

beforeAll(async () => {
  server = await startStubServer((request) => {
    const path = (request.url ?? '').split('?')[0];
    if (path === '/api/comments' && request.method === 'POST') {
      lastSubmitHeaders = request.headers;
      return nextSubmitAnswer;
    }
    if (path === '/api/comments/own') {
      if (request.headers[WEB_SECRET_HEADER] !== SECRET) return { status: 403, body: '{}' };
      return { body: JSON.stringify({ data: [stored] }) };
    }
    if (path === '/api/comments/form-token') {
      const article = new URL(request.url ?? '', 'http://cms').searchParams.get('article');
      if (article === 'closed1') {
        return { status: 403, body: strapiError(403, 'Comments are closed on this article.') };
      }
      const formToken = `1.${article}.nonce.sig`;
      return { body: JSON.stringify({ data: { formToken, commentsOpen: false } }) };
    }
    if (path === '/api/comments') {
      return {
        body: JSON.stringify({
          data: [{ ...stored, moderationStatus: undefined, staffReply: true }],
          meta: { pagination: { page: 1, pageSize: 50, pageCount: 1, total: 1 } },
        }),
      };
    }
    return { status: 404, body: '{}' };
  });
  process.env.CMS_URL = server.origin;
  process.env.WEB_TO_CMS_SECRET = SECRET;
  jest.resetModules();
  routes = {
    comments: await import('./route'),
    own: await import('./own/route'),
    formToken: await import('./form-token/route'),
    token: await import('@/lib/comments/own-token'),
  };
});
afterAll(() => server.close());
beforeEach(() => {
  nextSubmitAnswer = { status: 201, body: JSON.stringify({ data: stored }) };
  lastSubmitHeaders = {};
});

const submission = {
  article: 'article1',
  authorName: 'Ada',
  authorEmail: 'ada@example.org',
  authorUrl: '',
  body: 'Does the redness last long?',
  honeypot: '',
  formToken: '1.sig',
};
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const postComment = (body: unknown, headers?: Record<string, string>) =>
  routes.comments.POST(post('http://localhost/api/comments', body, headers));

describe('POST /api/comments (the comment form)', () => {
  it('sends the comment on with the visitor’s IP (as the site’s server set it) and the site’s secret, and hands back an own-comment token', async () => {
    const response = await postComment(submission, {
      'x-forwarded-for': '6.6.6.6',
      [VISITOR_IP_HEADER]: '203.0.113.9',
      'user-agent': 'Visitor Browser',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { data: unknown; ownToken: string };
    expect(body.data).toMatchObject({ documentId: 'newcomment1', moderationStatus: 'pending' });
    expect(routes.token.verifyOwnToken(SECRET, 'newcomment1', body.ownToken)).toBe(true);
    expect(lastSubmitHeaders).toMatchObject({
      [WEB_SECRET_HEADER]: SECRET,
      [CLIENT_IP_HEADER]: '203.0.113.9',
      'user-agent': 'Visitor Browser',
    });
  });

  it('answers 400 with a message per field and never calls the CMS for invalid input', async () => {
    const before = server.requests.length;
    const response = await postComment({ ...submission, authorEmail: 'nope', authorUrl: 'javascript:x' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as FieldErrorsBody;
    expect(body.fieldErrors.authorEmail?.[0]).toMatch(/valid email/);
    expect(body.fieldErrors.authorUrl?.[0]).toMatch(/http/);
    expect(server.requests.length).toBe(before);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await routes.comments.POST(post('http://localhost/api/comments', '{oops'));
    expect(response.status).toBe(400);
  });

  it('passes on the CMS’s 429 with Retry-After and its message', async () => {
    nextSubmitAnswer = {
      status: 429,
      headers: { 'Retry-After': '12' },
      body: strapiError(429, 'You are commenting too quickly. Wait 12 seconds and send it again.'),
    };
    const response = await postComment(submission);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('12');
    expect(errorMessageOf(await response.json())).toMatch(/Wait 12 seconds/);
  });

  it.each([
    [403, 'Comments are closed on this article.'],
    [409, 'You have already posted this comment on this article.'],
  ])('passes on a %i with the CMS’s message', async (status, message) => {
    nextSubmitAnswer = { status, body: strapiError(status, message) };
    const response = await postComment(submission);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: message });
  });

  it('passes on the CMS’s field errors', async () => {
    nextSubmitAnswer = {
      status: 400,
      body: strapiError(400, 'The form has expired.', {
        errors: [{ path: ['formToken'], message: 'Reload the page and send your comment again.' }],
      }),
    };
    const body = (await (await postComment(submission)).json()) as FieldErrorsBody;
    expect(body.fieldErrors).toEqual({ formToken: ['Reload the page and send your comment again.'] });
  });

  it('passes on a 409 for a form token already used, naming the field, so the form can get a fresh one', async () => {
    const message = 'This comment form was already used to send a comment. Reload the page to comment again.';
    nextSubmitAnswer = {
      status: 409,
      body: strapiError(409, message, {
        reason: 'form-token-used',
        errors: [{ path: ['formToken'], message }],
      }),
    };
    const response = await postComment(submission);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: message, fieldErrors: { formToken: [message] } });
  });

  it('says the CMS cannot be reached (503) when it answers something unusable', async () => {
    nextSubmitAnswer = { status: 201, body: '{"data":{"unexpected":true}}' };
    const response = await postComment(submission);
    expect(response.status).toBe(503);
    expect(errorMessageOf(await response.json())).toMatch(/still in the form/);
  });
});

describe('GET /api/comments and /api/comments/form-token', () => {
  it('lists approved comments of an article', async () => {
    const response = await routes.comments.GET(new Request('http://localhost/api/comments?article=article1'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: unknown[]; meta: { pagination: { total: number } } };
    expect(body.data[0]).toMatchObject({ documentId: 'newcomment1', staffReply: true });
    expect(body.meta.pagination.total).toBe(1);
    expect(server.requests.at(-1)).toContain('filters%5Barticle%5D%5BdocumentId%5D%5B%24eq%5D=article1');
  });

  it('refuses a malformed article id', async () => {
    const response = await routes.comments.GET(new Request('http://localhost/api/comments?article=../x'));
    expect(response.status).toBe(400);
  });

  const askFormToken = (query: string) =>
    routes.formToken.GET(new Request(`http://localhost/api/comments/form-token${query}`));

  it('hands out a form token for the article and the site-wide switch, uncached', async () => {
    const response = await askFormToken('?article=article1');
    expect(await response.json()).toEqual({ formToken: '1.article1.nonce.sig', commentsOpen: false });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(server.requests.at(-1)).toBe('/api/comments/form-token?article=article1');
  });

  it.each([
    ['no article', '', /\?article=/],
    ['a malformed article', '?article=../x', /document id/],
    ['another parameter', '?article=article1&page=2', /Unknown parameter\(s\): page/],
  ])('answers 400 to %s, naming what to fix, and never calls the CMS', async (_, query, message) => {
    const before = server.requests.length;
    const response = await askFormToken(query);
    expect(response.status).toBe(400);
    expect(errorMessageOf(await response.json())).toMatch(message);
    expect(server.requests.length).toBe(before);
  });

  it('passes on the CMS’s refusal for an article closed to comments', async () => {
    const response = await askFormToken('?article=closed1');
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Comments are closed on this article.' });
  });
});

describe('POST /api/comments/own (a commenter’s own comments)', () => {
  const askOwn = (items: unknown) => routes.own.POST(post('http://localhost/api/comments/own', { items }));

  it('looks up comments whose token the site signed', async () => {
    const token = routes.token.signOwnToken(SECRET, 'newcomment1');
    const response = await askOwn([{ documentId: 'newcomment1', token }]);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toEqual([
      expect.objectContaining({ moderationStatus: 'pending' }),
    ]);
  });

  it('never asks the CMS about a comment with a forged token', async () => {
    const before = server.requests.length;
    const response = await askOwn([{ documentId: 'newcomment1', token: 'forged' }]);
    expect(((await response.json()) as { data: unknown }).data).toEqual([]);
    expect(server.requests.length).toBe(before);
  });

  it('refuses a malformed body', async () => {
    expect((await askOwn('everything')).status).toBe(400);
  });
});
