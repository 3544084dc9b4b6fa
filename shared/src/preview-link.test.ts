import { PREVIEW_ROUTE, previewSignature, signedPreviewUrl } from './preview-link';

const SECRET = 'preview-secret';

describe('previewSignature', () => {
  it('is HMAC-SHA256 over path, status and expiry, in base64url (a fixed vector)', () => {
    expect(previewSignature(SECRET, '/articles/a', 'draft', 1_700_000_000)).toBe(
      'ZkZCsJ9MBpY1oV_TedTyepe61vFs2Hslei1c7JKrFCQ',
    );
  });

  it('changes with each signed part and with the secret', () => {
    const signature = previewSignature(SECRET, '/articles/a', 'draft', 1_700_000_000);
    expect(previewSignature(SECRET, '/articles/b', 'draft', 1_700_000_000)).not.toBe(signature);
    expect(previewSignature(SECRET, '/articles/a', 'published', 1_700_000_000)).not.toBe(signature);
    expect(previewSignature(SECRET, '/articles/a', 'draft', 1_700_000_001)).not.toBe(signature);
    expect(previewSignature('another-secret', '/articles/a', 'draft', 1_700_000_000)).not.toBe(signature);
  });
});

describe('signedPreviewUrl', () => {
  it('links to the site’s preview route with the path, status, expiry and their signature', () => {
    const url = new URL(
      signedPreviewUrl(
        { url: 'https://site.example/', secret: SECRET },
        '/articles/a',
        'draft',
        1_700_000_000,
      ),
    );
    expect(`${url.origin}${url.pathname}`).toBe(`https://site.example${PREVIEW_ROUTE}`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      path: '/articles/a',
      status: 'draft',
      expires: '1700000000',
      signature: 'ZkZCsJ9MBpY1oV_TedTyepe61vFs2Hslei1c7JKrFCQ',
    });
  });
});
