/** @jest-environment node */
import { z } from 'zod';
import { startStubServer, type StubServer } from '@/test/stub-server';

type Client = typeof import('./client');

const thingsSchema = z.object({ data: z.array(z.object({ name: z.string() })) });

let server: StubServer;
let client: Client;

async function loadClient(overrides: Record<string, string>): Promise<Client> {
  jest.resetModules();
  Object.assign(process.env, overrides);
  return import('./client');
}

beforeAll(async () => {
  server = await startStubServer((request) => {
    const path = (request.url ?? '').split('?')[0];
    switch (path) {
      case '/api/things':
        return { body: JSON.stringify({ data: [{ name: 'microneedling', extra: true }] }) };
      case '/api/malformed':
        return { body: JSON.stringify({ data: [{ name: 42 }, {}] }) };
      case '/api/not-json':
        return { body: '<html>proxy error</html>' };
      case '/api/broken':
        return { status: 500, body: JSON.stringify({ error: { status: 500, message: 'boom' } }) };
      case '/api/slow':
        return { body: JSON.stringify({ data: [] }), delayMs: 2000 };
      case '/api/stalled':
        return { body: JSON.stringify({ data: [{ name: 'x' }] }), stallBodyMs: 2000 };
      case '/api/draft-things':
        return {
          body: JSON.stringify({
            data: [{ name: 'draft', publishedAt: null, updatedAt: '2025-05-01T08:00:00.000Z' }],
          }),
        };
      case '/api/whoami':
        return { body: JSON.stringify({ data: [{ name: request.headers.authorization ?? 'none' }] }) };
      default:
        return { status: 404, body: JSON.stringify({ data: null }) };
    }
  });
  client = await loadClient({
    CMS_URL: server.origin,
    CMS_TIMEOUT_MS: '300',
    CMS_PREVIEW_TOKEN: 'test-token',
  });
});

afterAll(() => server.close());

describe('cmsFetch', () => {
  it('returns the parsed body and sends the query string verbatim', async () => {
    const result = await client.cmsFetch('/api/things', thingsSchema, {
      query: { 'pagination[page]': 2, sort: 'publishedAt:desc', skipped: undefined },
    });
    expect(result).toEqual({ data: [{ name: 'microneedling' }] });
    expect(server.requests.at(-1)).toBe('/api/things?pagination%5Bpage%5D=2&sort=publishedAt%3Adesc');
  });

  it('reads published content without a token', async () => {
    const result = await client.cmsFetch('/api/whoami', thingsSchema, { tags: ['things'] });
    expect(result.data[0]?.name).toBe('none');
  });

  it('reads drafts with status=draft and the preview token as a bearer token', async () => {
    const result = await client.cmsFetch('/api/whoami', thingsSchema, { draft: true, query: { a: 1 } });
    expect(result.data[0]?.name).toBe('Bearer test-token');
    expect(server.requests.at(-1)).toBe('/api/whoami?a=1&status=draft');
  });

  it('dates drafts by their last save, since their publishedAt is null', async () => {
    const dated = z.object({ data: z.array(z.object({ name: z.string(), publishedAt: z.string() })) });
    const result = await client.cmsFetch('/api/draft-things', dated, { draft: true });
    expect(result.data[0]?.publishedAt).toBe('2025-05-01T08:00:00.000Z');
    await expect(client.cmsFetch('/api/draft-things', dated)).rejects.toBeInstanceOf(client.CmsParseError);
  });

  it('refuses a draft read without CMS_PREVIEW_TOKEN, before calling the CMS', async () => {
    const withoutToken = await loadClient({ CMS_PREVIEW_TOKEN: '' });
    const before = server.requests.length;
    await expect(withoutToken.cmsFetch('/api/whoami', thingsSchema, { draft: true })).rejects.toMatchObject({
      name: 'CmsError',
      message: expect.stringContaining('CMS_PREVIEW_TOKEN') as unknown,
    });
    expect(server.requests).toHaveLength(before);
    Object.assign(process.env, { CMS_PREVIEW_TOKEN: 'test-token' });
  });

  it('throws a CmsParseError naming the bad paths for a malformed body', async () => {
    const error = await client.cmsFetch('/api/malformed', thingsSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.CmsParseError);
    if (!(error instanceof client.CmsParseError)) return;
    expect(error.issuePaths).toEqual(['data.0.name', 'data.1.name']);
    expect(error.message).toContain('/api/malformed');
    expect(error.message).toContain('data.0.name');
  });

  it('throws a CmsError for a body that is not JSON', async () => {
    await expect(client.cmsFetch('/api/not-json', thingsSchema)).rejects.toMatchObject({
      name: 'CmsError',
      status: 200,
      message: expect.stringContaining('not JSON') as unknown,
    });
  });

  it('throws a CmsError with the status for a 500 and a 404', async () => {
    const error = await client.cmsFetch('/api/broken', thingsSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.CmsError);
    expect(error).toMatchObject({ status: 500, path: '/api/broken' });
    await expect(client.cmsFetch('/api/missing', thingsSchema)).rejects.toMatchObject({ status: 404 });
  });

  it('throws a CmsError when the CMS is slower than CMS_TIMEOUT_MS', async () => {
    const started = Date.now();
    const error = await client.cmsFetch('/api/slow', thingsSchema).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error).toBeInstanceOf(client.CmsError);
    expect(error).toMatchObject({
      status: null,
      message: expect.stringContaining('timed out after 300 ms') as unknown,
    });
  });

  it('throws a CmsError when the body stalls past CMS_TIMEOUT_MS', async () => {
    await expect(client.cmsFetch('/api/stalled', thingsSchema)).rejects.toMatchObject({
      name: 'CmsError',
      status: 200,
      message: expect.stringContaining('timed out after 300 ms') as unknown,
    });
  });

  it('throws a CmsError when nothing listens', async () => {
    const closed = await startStubServer(() => ({ body: '{}' }));
    await closed.close();
    const offline = await loadClient({ CMS_URL: closed.origin });
    await expect(offline.cmsFetch('/api/things', thingsSchema)).rejects.toMatchObject({
      name: 'CmsError',
      status: null,
      message: expect.stringContaining('could not be reached') as unknown,
    });
  });
});
