/** @jest-environment node */
import { revalidateTag } from 'next/cache';
import { startStubServer, type StubServer } from '@/test/stub-server';
import { POST } from './route';

jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }));
const afterCallbacks: Array<() => Promise<void>> = [];
jest.mock('next/server', () => ({ after: (callback: () => Promise<void>) => afterCallbacks.push(callback) }));
jest.mock('@/env', () => ({ env: { REVALIDATE_SECRET: 'revalidate-secret' } }));

const revalidate = jest.mocked(revalidateTag);

function request(body: unknown, authorization: string | null = 'Bearer revalidate-secret'): Request {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (authorization) headers.set('authorization', authorization);
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeEach(() => revalidate.mockClear());

describe('POST /api/revalidate', () => {
  it('expires the changed pages at once, marks the collection stale, and lists the tags', async () => {
    const response = await POST(request({ type: 'article', slugs: ['old-slug', 'new-slug'] }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      revalidated: ['article:old-slug', 'article:new-slug', 'articles'],
    });
    expect(revalidate.mock.calls).toEqual([
      ['article:old-slug', { expire: 0 }],
      ['article:new-slug', { expire: 0 }],
      ['articles', 'max'],
    ]);
  });

  it('expires the comments of an article at once after a moderation decision', async () => {
    const response = await POST(request({ type: 'comment', articles: ['abc123'] }));
    expect(response.status).toBe(200);
    expect(revalidate.mock.calls).toEqual([['comments:abc123', { expire: 0 }]]);
  });

  it.each([null, 'Bearer wrong', 'revalidate-secret'])('answers 401 to authorization %j', async (header) => {
    const response = await POST(request({ type: 'article', slugs: ['x'] }, header));
    expect(response.status).toBe(401);
    expect(revalidate).not.toHaveBeenCalled();
  });

  it('answers 400 to a body that is not JSON or not a change', async () => {
    expect((await POST(request('{not json'))).status).toBe(400);
    const invalid = await POST(request({ type: 'recipe', slugs: ['x'] }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      error: 'Invalid change',
      details: { fieldErrors: { type: expect.any(Array) as unknown } },
    });
    expect(revalidate).not.toHaveBeenCalled();
  });
});

describe('after a change', () => {
  let site: StubServer;
  afterEach(() => site.close());

  it('requests the changed page and its listings from the site itself, so their first visitor sees it', async () => {
    site = await startStubServer(() => ({ body: '<html></html>' }));
    afterCallbacks.length = 0;
    const response = await POST(
      new Request(`${site.origin}/api/revalidate`, {
        method: 'POST',
        headers: { authorization: 'Bearer revalidate-secret', 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'topic', slugs: ['evidence'] }),
      }),
    );
    expect(response.status).toBe(200);
    expect(site.requests).toEqual([]);
    await afterCallbacks[0]?.();
    expect(site.requests).toEqual(['/topics/evidence', '/', '/topics', '/sitemap.xml']);
  });
});

describe('the echo after a change', () => {
  it('expires the changed pages once more after a short delay, for renders that began before the change', async () => {
    jest.useFakeTimers();
    afterCallbacks.length = 0;
    const response = await POST(
      new Request('http://site/api/revalidate', {
        method: 'POST',
        headers: { authorization: 'Bearer revalidate-secret', 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'article', slugs: ['echo-slug'] }),
      }),
    );
    expect(response.status).toBe(200);
    revalidate.mockClear();
    const echo = afterCallbacks[1]?.();
    await jest.advanceTimersByTimeAsync(1_500);
    await echo;
    expect(revalidate.mock.calls).toEqual([['article:echo-slug', { expire: 0 }]]);
    jest.useRealTimers();
  });
});
