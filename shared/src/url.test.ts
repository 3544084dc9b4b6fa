import { isHttpUrl } from './url';

describe('isHttpUrl', () => {
  it.each(['https://example.com', 'http://example.com/path?q=1#x', 'HTTPS://Example.com'])(
    'accepts %s',
    (url) => expect(isHttpUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'mailto:a@b.c',
    '//example.com',
    'https:example.com',
    'https://',
    'https://user:pass@example.com',
    'https://exa mple.com',
    'https://example.com/\nx',
    'example.com',
    '',
  ])('rejects %j', (url) => expect(isHttpUrl(url)).toBe(false));
});
