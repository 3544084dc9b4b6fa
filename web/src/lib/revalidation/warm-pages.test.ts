/** @jest-environment node */
import { startStubServer, type StubServer } from '@/test/stub-server';
import { warmPages } from './warm-pages';

let site: StubServer | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

describe('warmPages', () => {
  it('requests each page in turn and reports the ones that answered', async () => {
    site = await startStubServer((request) =>
      request.url === '/gone' ? { status: 404, body: 'not found' } : { body: '<html></html>' },
    );
    expect(await warmPages(site.origin, ['/', '/gone', '/articles'])).toEqual(['/', '/articles']);
    expect(site.requests).toEqual(['/', '/gone', '/articles']);
  });

  it('carries on past a page that is too slow, and never throws', async () => {
    site = await startStubServer((request) =>
      request.url === '/slow' ? { body: 'late', delayMs: 2_000 } : { body: 'ok' },
    );
    await expect(warmPages(site.origin, ['/slow', '/feed.xml'], 200)).resolves.toEqual(['/feed.xml']);
  });

  it('gives up quietly when the site cannot be reached', async () => {
    const closed = await startStubServer(() => ({ body: 'ok' }));
    await closed.close();
    await expect(warmPages(closed.origin, ['/'])).resolves.toEqual([]);
  });
});
