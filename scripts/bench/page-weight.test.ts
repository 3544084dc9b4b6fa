import { scriptUrls } from './page-weight';

describe('scriptUrls', () => {
  it('finds each external script once, resolved against the page, and ignores inline ones', () => {
    const html = `<script src="/_next/static/a.js" async=""></script><script>inline()</script>
      <script defer src="/_next/static/b.js?x=1&amp;y=2"></script><script src="/_next/static/a.js"></script>`;
    expect(scriptUrls(html, 'http://127.0.0.1:3000/articles/x')).toEqual([
      'http://127.0.0.1:3000/_next/static/a.js',
      'http://127.0.0.1:3000/_next/static/b.js?x=1&y=2',
    ]);
  });

  it('leaves out nomodule scripts, which browsers that run modules never download', () => {
    const html = `<script src="/_next/static/app.js" async=""></script>
      <script src="/_next/static/polyfills.js" noModule=""></script><script nomodule src="/legacy.js"></script>`;
    expect(scriptUrls(html, 'http://127.0.0.1:3000/')).toEqual(['http://127.0.0.1:3000/_next/static/app.js']);
  });
});
