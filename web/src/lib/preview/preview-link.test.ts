/** @jest-environment node */
import { previewSignature, type PreviewStatus } from '@skinfacts/shared/preview-link';
import { checkPreviewLink } from './preview-link';

const SECRET = 'preview-secret';
const NOW = Date.UTC(2025, 5, 1);
const inAnHour = NOW / 1000 + 3600;

function link(path: string, status: PreviewStatus = 'draft', expires = inAnHour, secret = SECRET) {
  return new URLSearchParams({
    path,
    status,
    expires: String(expires),
    signature: previewSignature(secret, path, status, expires),
  });
}

describe('checkPreviewLink', () => {
  it('accepts a signed, unexpired link to an article or a treatment', () => {
    expect(checkPreviewLink(link('/articles/what-is-microneedling'), SECRET, NOW)).toEqual({
      ok: true,
      path: '/articles/what-is-microneedling',
      previewStatus: 'draft',
    });
    expect(checkPreviewLink(link('/treatments/microneedling', 'published'), SECRET, NOW)).toMatchObject({
      ok: true,
      previewStatus: 'published',
    });
  });

  it('answers 401 to a missing, wrong or expired signature, or when preview is off', () => {
    const tampered = link('/articles/a');
    tampered.set('path', '/articles/b');
    const cases = [
      new URLSearchParams(),
      link('/articles/a', 'draft', inAnHour, 'another-secret'),
      tampered,
      link('/articles/a', 'draft', NOW / 1000 - 1),
    ];
    for (const params of cases)
      expect(checkPreviewLink(params, SECRET, NOW)).toMatchObject({ ok: false, httpStatus: 401 });
    expect(checkPreviewLink(link('/articles/a'), undefined, NOW)).toMatchObject({
      ok: false,
      httpStatus: 401,
    });
  });

  it('answers 400 to a signed link that leaves the article and treatment pages', () => {
    for (const path of [
      'https://evil.example/articles/a',
      '//evil.example',
      '/\\evil.example',
      '/',
      '/topics/acne',
      '/articles/../admin',
    ]) {
      expect(checkPreviewLink(link(path), SECRET, NOW)).toMatchObject({ ok: false, httpStatus: 400 });
    }
  });
});
