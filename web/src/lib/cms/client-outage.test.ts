/** @jest-environment node */
import { z } from 'zod';
import { startStubServer, type StubServer } from '@/test/stub-server';
import { CMS_UNAVAILABLE_AT, noteCmsUnavailable } from './outage-clock';

type Client = typeof import('./client');

const schema = z.object({ data: z.array(z.object({ name: z.string() })) });

let server: StubServer;
let client: Client;

async function loadClient(cmsUrl: string): Promise<Client> {
  jest.resetModules();
  Object.assign(process.env, { CMS_URL: cmsUrl, CMS_TIMEOUT_MS: '300', CMS_PREVIEW_TOKEN: '' });
  return import('./client');
}

beforeAll(async () => {
  server = await startStubServer((request) => {
    switch ((request.url ?? '').split('?')[0]) {
      case '/api/broken':
        return { status: 503, body: '{}' };
      case '/api/slow':
        return { body: '{"data":[]}', delayMs: 2000 };
      case '/api/missing':
        return { status: 404, body: '{"data":null}' };
      case '/api/malformed':
        return { body: '{"data":[{"name":42}]}' };
      default:
        return { body: '{"data":[{"name":"ok"}]}' };
    }
  });
  client = await loadClient(server.origin);
});

afterAll(() => server.close());

/** Whether one failed (or successful) read tells web/server.js that the CMS is unavailable. */
async function notesCmsUnavailable(read: () => Promise<unknown>): Promise<boolean> {
  noteCmsUnavailable(0);
  await read().catch(() => undefined);
  return (globalThis as Record<symbol, unknown>)[CMS_UNAVAILABLE_AT] !== 0;
}

describe('cmsFetch notes that the CMS is unavailable, so the failed page answers 503', () => {
  it.each([
    ['answers 5xx', '/api/broken'],
    ['is slower than CMS_TIMEOUT_MS', '/api/slow'],
  ])('when the CMS %s', async (_case, path) => {
    await expect(notesCmsUnavailable(() => client.cmsFetch(path, schema))).resolves.toBe(true);
  });

  it('when nothing listens', async () => {
    const closed = await startStubServer(() => ({ body: '{}' }));
    await closed.close();
    const offline = await loadClient(closed.origin);
    await expect(notesCmsUnavailable(() => offline.cmsFetch('/api/things', schema))).resolves.toBe(true);
  });

  it.each([
    ['a 404 (a missing page is a 404, not an outage)', () => client.cmsFetch('/api/missing', schema)],
    ['a malformed body (a bug: 500)', () => client.cmsFetch('/api/malformed', schema)],
    [
      'a draft read without a token (configuration: 500)',
      () => client.cmsFetch('/api/x', schema, { draft: true }),
    ],
    ['a read that worked', () => client.cmsFetch('/api/things', schema)],
  ])('but not for %s', async (_case, read) => {
    await expect(notesCmsUnavailable(read)).resolves.toBe(false);
  });
});
