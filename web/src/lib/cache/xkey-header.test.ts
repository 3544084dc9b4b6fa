/** @jest-environment node */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { notePageTags } from './page-tags';
import { withXkeyHeader } from './xkey-header';

const HASH = 'b'.repeat(64);
for (const path of ['/articles/tagged', '/private/articles/tagged']) {
  notePageTags(`/route-cache/APP_PAGE/${HASH}/$${path}`, {
    kind: 'APP_PAGE',
    headers: { 'x-next-cache-tags': '_N_T_/layout,article:tagged,articles' },
  });
}

let server: http.Server;
let origin: string;
beforeAll(async () => {
  // Stands in for Next's handler: Cache-Control as Next sends it for the path, then the page.
  const handle = withXkeyHeader((request, response) => {
    const cacheControl = request.url?.startsWith('/private')
      ? 'private, no-cache, no-store, max-age=0, must-revalidate'
      : 's-maxage=86400, stale-while-revalidate=31449600';
    response.setHeader('Cache-Control', cacheControl);
    response.end('<html></html>');
  });
  server = http.createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('withXkeyHeader', () => {
  it('sends a shared-cacheable page’s tags as xkey, whatever its query', async () => {
    for (const path of ['/articles/tagged', '/articles/tagged?utm=x']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.headers.get('xkey')).toBe('article:tagged articles');
    }
    expect((await fetch(`${origin}/articles/tagged`, { method: 'HEAD' })).headers.get('xkey')).toBe(
      'article:tagged articles',
    );
  });

  it('sends none for a private response, a change, or a page whose tags are unknown', async () => {
    expect((await fetch(`${origin}/private/articles/tagged`)).headers.get('xkey')).toBeNull();
    expect((await fetch(`${origin}/articles/tagged`, { method: 'POST' })).headers.get('xkey')).toBeNull();
    expect((await fetch(`${origin}/articles/unknown`)).headers.get('xkey')).toBeNull();
  });
});
