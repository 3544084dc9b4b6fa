/** @jest-environment node */
import { revalidateTag } from 'next/cache';
import { startStubServer, type StubServer } from '@/test/stub-server';
import { POST } from './route';

jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }));
const afterCallbacks: Array<() => Promise<void>> = [];
jest.mock('next/server', () => ({ after: (callback: () => Promise<void>) => afterCallbacks.push(callback) }));
const mockEnv: { REVALIDATE_SECRET: string; EDGE_PURGE_URLS: string[]; REDIS_URL?: string } = {
  REVALIDATE_SECRET: 'revalidate-secret',
  EDGE_PURGE_URLS: [],
};
jest.mock('@/env', () => ({
  get env() {
    return mockEnv;
  },
}));

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

describe('with edge caches in front of the site', () => {
  let edge: StubServer;
  const purges: Array<{ method?: string; hard?: unknown; soft?: unknown }> = [];
  beforeEach(async () => {
    purges.length = 0;
    afterCallbacks.length = 0;
    edge = await startStubServer((incoming) => {
      if (incoming.method !== 'PURGE') return { body: '<html></html>' };
      purges.push({ hard: incoming.headers['xkey-purge'], soft: incoming.headers['xkey-softpurge'] });
      return { body: '' };
    });
    mockEnv.EDGE_PURGE_URLS = [edge.origin];
  });
  afterEach(async () => {
    mockEnv.EDGE_PURGE_URLS = [];
    await edge.close();
  });

  it('purges the changed tags there, then warms the pages through the edge', async () => {
    const response = await POST(request({ type: 'comment', articles: ['abc123'], articleSlugs: ['a'] }));
    expect(response.status).toBe(200);
    expect(purges).toEqual([{ hard: 'comments:abc123', soft: undefined }]);
    await afterCallbacks[0]?.();
    expect(edge.requests).toEqual(['/', '/articles/a']);
  });

  it('purges the changed pages there once more with the echo, for an old render the edge fetched meanwhile', async () => {
    expect((await POST(request({ type: 'article', slugs: ['echo-slug'] }))).status).toBe(200);
    purges.length = 0;
    const started = Date.now();
    await afterCallbacks[1]?.();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(purges).toEqual([{ hard: 'article:echo-slug', soft: undefined }]);
  });

  it('answers 502 naming the edge that did not purge, so the CMS sends the change again', async () => {
    const down = await startStubServer(() => ({ body: '' }));
    await down.close();
    mockEnv.EDGE_PURGE_URLS = [edge.origin, down.origin];
    const response = await POST(request({ type: 'topic', slugs: ['evidence'] }));
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ failed: [expect.stringContaining(down.origin)] });
    expect(purges).toEqual([{ hard: 'topic:evidence', soft: 'topics' }]);
    expect(afterCallbacks).toEqual([]);
  });
});

describe('when the cache cannot record the change', () => {
  const offered = Symbol.for('skinfacts.expire-tags-now');
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[offered];
    delete mockEnv.REDIS_URL;
  });

  it('answers 503 before expiring or purging anything, saying why', async () => {
    (globalThis as Record<symbol, unknown>)[offered] = () => Promise.reject(new Error('Redis is down'));
    const response = await POST(request({ type: 'article', slugs: ['a'] }));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: "The change could not be recorded in the site's cache: Redis is down",
    });
    expect(revalidate).not.toHaveBeenCalled();
  });

  it('answers 503 when the cache is shared but its handler never loaded', async () => {
    mockEnv.REDIS_URL = 'redis://127.0.0.1:6379';
    expect((await POST(request({ type: 'article', slugs: ['a'] }))).status).toBe(503);
  });
});
