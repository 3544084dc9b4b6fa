/** @jest-environment node */
import { z } from 'zod';

// How each kind of read asks Next's fetch cache: a tagged read is cached until a tag is revalidated; drafts and
// untagged reads never are; and a failed read throws instead of answering, so nothing empty can be cached.
jest.mock('@/env', () => ({
  env: { CMS_URL: 'http://cms.test', CMS_TIMEOUT_MS: 1000, CMS_PREVIEW_TOKEN: 'preview-token' },
}));

import { cmsFetch, CmsError } from './client';

const schema = z.object({ data: z.array(z.unknown()) });
const fetchMock = jest.fn<Promise<Response>, [URL, RequestInit]>();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(() => Promise.resolve(Response.json({ data: [] })));
  global.fetch = fetchMock as unknown as typeof fetch;
});

const lastInit = (): RequestInit => {
  const call = fetchMock.mock.calls.at(-1);
  if (!call) throw new Error('fetch was not called');
  return call[1];
};

describe('cmsFetch caching', () => {
  it('caches a tagged read under its tags', async () => {
    await cmsFetch('/api/articles', schema, { tags: ['articles', 'article:x'] });
    expect(lastInit()).toMatchObject({ cache: 'force-cache', next: { tags: ['articles', 'article:x'] } });
  });

  it('never caches a draft read, even with tags', async () => {
    await cmsFetch('/api/articles', schema, { tags: ['articles'], draft: true });
    expect(lastInit().cache).toBe('no-store');
    expect(lastInit()).not.toHaveProperty('next');
  });

  it('never caches an untagged read', async () => {
    await cmsFetch('/api/articles', schema);
    expect(lastInit().cache).toBe('no-store');
  });

  it('gives every read a timeout signal', async () => {
    await cmsFetch('/api/articles', schema, { tags: ['articles'] });
    expect(lastInit().signal).toBeInstanceOf(AbortSignal);
  });

  it('throws on a failed tagged read instead of returning something to cache', async () => {
    fetchMock.mockImplementation(() => Promise.resolve(new Response('down', { status: 503 })));
    await expect(cmsFetch('/api/articles', schema, { tags: ['articles'] })).rejects.toBeInstanceOf(CmsError);
  });
});
