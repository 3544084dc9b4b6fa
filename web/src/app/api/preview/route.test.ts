/** @jest-environment node */
import { draftMode } from 'next/headers';
import { NextRequest } from 'next/server';
import { previewSignature } from '@skinfacts/shared/preview-link';
import { GET } from './route';
import * as exitRoute from './exit/route';

jest.mock('next/headers', () => ({ draftMode: jest.fn() }));
jest.mock('@/env', () => ({ env: { PREVIEW_SECRET: 'preview-secret' } }));

const draft = { isEnabled: false, enable: jest.fn(), disable: jest.fn() };
jest.mocked(draftMode).mockResolvedValue(draft);
beforeEach(() => jest.clearAllMocks());

function previewRequest(path: string, status: 'draft' | 'published' = 'draft', secret = 'preview-secret') {
  const expires = Math.floor(Date.now() / 1000) + 3600;
  const params = new URLSearchParams({
    path,
    status,
    expires: String(expires),
    signature: previewSignature(secret, path, status, expires),
  });
  return new NextRequest(`http://localhost:3000/api/preview?${params}`);
}

describe('GET /api/preview', () => {
  it('turns draft mode on and redirects to the page', async () => {
    const response = await GET(previewRequest('/articles/what-is-microneedling'));
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/articles/what-is-microneedling');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(draft.enable).toHaveBeenCalledTimes(1);
  });

  it('turns draft mode off for the published version', async () => {
    const response = await GET(previewRequest('/treatments/microneedling', 'published'));
    expect(response.headers.get('location')).toBe('/treatments/microneedling');
    expect(draft.disable).toHaveBeenCalledTimes(1);
    expect(draft.enable).not.toHaveBeenCalled();
  });

  it('answers 401 to a link signed with another secret, or none', async () => {
    const wrong = await GET(previewRequest('/articles/a', 'draft', 'guessed'));
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toMatch(/not a valid preview link/);
    expect((await GET(new NextRequest('http://localhost:3000/api/preview?path=/articles/a'))).status).toBe(
      401,
    );
    expect(draft.enable).not.toHaveBeenCalled();
  });

  it('answers 400 to an absolute or off-site path, even when signed', async () => {
    for (const path of ['https://evil.example/', '//evil.example/articles/a', '/admin']) {
      const response = await GET(previewRequest(path));
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    }
    expect(draft.enable).not.toHaveBeenCalled();
  });
});

describe('POST /api/preview/exit', () => {
  const exit = (body: string, query = '') =>
    exitRoute.POST(
      new NextRequest(`http://localhost:3000/api/preview/exit${query}`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      }),
    );

  it('turns draft mode off and answers the page to go back to', async () => {
    const response = await exit(JSON.stringify({ path: '/articles/a?x=1' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ path: '/articles/a?x=1' });
    expect(draft.disable).toHaveBeenCalledTimes(1);
  });

  it('goes home when no page is named', async () => {
    expect(await (await exit('')).json()).toEqual({ path: '/' });
    expect(await (await exit('{}')).json()).toEqual({ path: '/' });
  });

  it('answers 400, not 500, to a path with a control character, and stays in preview', async () => {
    const response = await exit('', '?path=/%01/x');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/not a path on this site/);
    expect(draft.disable).not.toHaveBeenCalled();
  });

  it.each([
    '//evil.example',
    '/\\evil.example',
    'https://evil.example/',
    'articles/a',
    '/a b',
    '/a\u0001',
    '/a//b',
    '',
  ])('answers 400 to the path %j', async (path) => {
    expect((await exit(JSON.stringify({ path }))).status).toBe(400);
    expect(draft.disable).not.toHaveBeenCalled();
  });

  it('answers 400 to a body that is not a JSON object, or has other keys', async () => {
    for (const body of ['path=/articles/a', '[]', '"/articles/a"', '{"path":"/a","next":"/b"}']) {
      expect((await exit(body)).status).toBe(400);
    }
    expect(draft.disable).not.toHaveBeenCalled();
  });

  it('has no GET, so Next answers 405 and no link or prefetch can leave preview', () => {
    expect(Object.keys(exitRoute)).toEqual(['POST']);
  });
});
