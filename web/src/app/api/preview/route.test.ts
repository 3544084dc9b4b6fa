/** @jest-environment node */
import { draftMode } from 'next/headers';
import { NextRequest } from 'next/server';
import { previewSignature } from '@/lib/preview/preview-link';
import { GET } from './route';
import { GET as exitGet, POST as exitPost } from './exit/route';

jest.mock('next/headers', () => ({ draftMode: jest.fn() }));
jest.mock('@/env', () => ({ env: { PREVIEW_SECRET: 'preview-secret' } }));

const draft = { isEnabled: false, enable: jest.fn(), disable: jest.fn() };
jest.mocked(draftMode).mockResolvedValue(draft as unknown as Awaited<ReturnType<typeof draftMode>>);
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

describe('/api/preview/exit', () => {
  it('turns draft mode off and goes back to the page the form was on', async () => {
    const form = new URLSearchParams({ path: '/articles/a' });
    const response = await exitPost(
      new NextRequest('http://localhost:3000/api/preview/exit', {
        method: 'POST',
        body: form,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/articles/a');
    expect(draft.disable).toHaveBeenCalledTimes(1);
  });

  it('goes home rather than to another site', async () => {
    const response = await exitGet(
      new NextRequest('http://localhost:3000/api/preview/exit?path=//evil.example'),
    );
    expect(response.headers.get('location')).toBe('/');
    expect(draft.disable).toHaveBeenCalledTimes(1);
  });
});
