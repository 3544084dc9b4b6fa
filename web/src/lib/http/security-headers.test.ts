/** @jest-environment node */
import { securityHeaders } from './security-headers';

const imageSources = (headers: Record<string, string>) =>
  (headers['Content-Security-Policy'] ?? '').split('; ').find((directive) => directive.startsWith('img-src'));

describe('the Content-Security-Policy for images', () => {
  it("allows the CMS's uploads", () => {
    const headersFor = securityHeaders({
      siteUrl: 'https://skinfacts.example',
      cmsPublicUrl: 'https://cms.example',
    });
    expect(imageSources(headersFor('/articles/a'))).toBe("img-src 'self' data: https://cms.example");
  });

  it('also allows MEDIA_PUBLIC_URL, where the CMS serves uploads kept on S3, on pages and the console', () => {
    const headersFor = securityHeaders({
      siteUrl: 'https://skinfacts.example',
      cmsPublicUrl: 'https://cms.example',
      mediaPublicUrl: 'https://media.example/skinfacts-media',
    });
    for (const path of ['/articles/a', '/moderation']) {
      expect(imageSources(headersFor(path))).toBe(
        "img-src 'self' data: https://cms.example https://media.example",
      );
    }
  });
});
