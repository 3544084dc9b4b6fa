/** @jest-environment node */
import http from 'node:http';
import { WEB_SECRET_HEADER } from '@skinfacts/shared/headers';

const SECRET = 'web-to-cms-test-secret';
/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const OVERSIZED = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]);

type Picture = { type: string; body: Buffer | string; chunked?: boolean; delayMs?: number };
/** What the picture host serves, by path. */
const PICTURES: Record<string, Picture> = {
  '/small.png': { type: 'image/png', body: PNG },
  '/oversized.png': { type: 'image/png', body: OVERSIZED },
  '/oversized-chunked.png': { type: 'image/png', body: OVERSIZED, chunked: true },
  '/page.html': { type: 'text/html; charset=utf-8', body: '<html><script>alert(1)</script></html>' },
  '/drawing.svg': { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
  '/not-really.png': { type: 'image/png', body: '<html><script>alert(1)</script></html>' },
  '/slow.png': { type: 'image/png', body: PNG, delayMs: 1000 },
};

let server: http.Server;
let origin = '';
let port = 0;
const pictureRequests: string[] = [];

/** The CMS's avatar sources (it reads the avatarId from the body), and a picture host on the same server. */
function sourceOf(avatarId: string): { status: number; data?: { url: string | null; name: string } } {
  if (avatarId === 'cmsdown') return { status: 500 };
  if (avatarId === 'nourl') return { status: 200, data: { url: null, name: 'Anonymous' } };
  if (avatarId === 'ftp')
    return { status: 200, data: { url: 'ftp://127.0.0.1/small.png', name: 'Ftp User' } };
  if (avatarId === 'gone') return { status: 200, data: { url: `${origin}/gone.png`, name: 'Gone Away' } };
  const path = Object.keys(PICTURES).find((key) => key.slice(1).split('.')[0]?.replace('-', '') === avatarId);
  if (!path) return { status: 404 };
  return { status: 200, data: { url: `${origin}${path}`, name: 'Ada <Lovelace>' } };
}

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/api/commenter-accounts/avatar') {
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      request.on('end', () => {
        const { avatarId } = JSON.parse(raw) as { avatarId: string };
        const { status, data } =
          request.headers[WEB_SECRET_HEADER] === SECRET ? sourceOf(avatarId) : { status: 403 };
        response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify({ data }));
      });
      return;
    }
    pictureRequests.push(request.url ?? '');
    if (request.url === '/to-private.png') {
      return void response.writeHead(302, { Location: `http://127.0.0.2:${port}/small.png` }).end();
    }
    const picture = PICTURES[request.url ?? ''];
    if (!picture) return void response.writeHead(404).end();
    setTimeout(() => {
      if (!picture.chunked)
        return void response.writeHead(200, { 'Content-Type': picture.type }).end(picture.body);
      response.writeHead(200, { 'Content-Type': picture.type, 'Transfer-Encoding': 'chunked' });
      const body = Buffer.from(picture.body);
      for (let at = 0; at < body.length; at += 64 * 1024) response.write(body.subarray(at, at + 64 * 1024));
      response.end();
    }, picture.delayMs ?? 0);
  });
  // Every loopback address (127.0.0.2 too): a redirect to another private address must not be followed.
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  port = address.port;
  origin = `http://127.0.0.1:${port}`;
  process.env.CMS_URL = origin;
  process.env.AVATAR_ALLOWED_PRIVATE_ADDRESSES = '127.0.0.1';
  process.env.WEB_TO_CMS_SECRET = SECRET;
  jest.resetModules();
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

async function avatar(id: string, query = ''): Promise<Response> {
  const { GET } = await import('./route');
  const request = new Request(`http://localhost/api/auth/avatar/${id}${query}`);
  return GET(request, { params: Promise.resolve({ id }) });
}

async function expectInitials(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
  return response.text();
}

describe('GET /api/auth/avatar/<id>', () => {
  it("serves the provider's picture from this server, with a long cache and nosniff", async () => {
    const response = await avatar('small');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('falls back to generated initials (escaped) for an oversized picture, announced or streamed', async () => {
    for (const id of ['oversized', 'oversizedchunked']) {
      const svg = await expectInitials(await avatar(id));
      expect(svg).toContain('>A&lt;</text>');
      expect(svg).not.toContain('<Lovelace>');
    }
  });

  it('never passes on HTML, SVG or bytes that are not the image they claim to be', async () => {
    for (const id of ['page', 'drawing', 'notreally']) {
      expect(await expectInitials(await avatar(id))).not.toContain('script');
    }
  });

  it('falls back to initials when the host answers 404, the address is not http(s), or there is none', async () => {
    const before = pictureRequests.length;
    expect(await expectInitials(await avatar('gone'))).toContain('>GA</text>');
    expect(await expectInitials(await avatar('ftp'))).toContain('>FU</text>');
    expect(await expectInitials(await avatar('nourl'))).toContain('>A</text>');
    expect(pictureRequests.slice(before)).toEqual(['/gone.png']);
  });

  it('answers 400 to any query parameter, without asking the CMS or fetching the picture', async () => {
    const before = pictureRequests.length;
    for (const query of ['?v=2', '?size=4000', '?a&b']) {
      const response = await avatar('small', query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(pictureRequests.slice(before)).toEqual([]);
  });

  it('answers 404 for an id the CMS does not know or that is no id, and 503 (not cached) when the CMS fails', async () => {
    const unknown = await avatar('nosuchaccount');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    expect((await avatar('..%2Fadmin')).status).toBe(404);
    const down = await avatar('cmsdown');
    expect(down.status).toBe(503);
    expect(down.headers.get('cache-control')).toBe('no-store');
  });
});

describe('fetchPicture', () => {
  const loopback = ['127.0.0.1'];

  it('gives up after its timeout', async () => {
    const { fetchPicture } = await import('@/lib/avatars/fetch-picture');
    const started = Date.now();
    expect(await fetchPicture(`${origin}/slow.png`, { timeoutMs: 200, allowedPrivate: loopback })).toBeNull();
    expect(Date.now() - started).toBeLessThan(900);
    const slow = await fetchPicture(`${origin}/slow.png`, { timeoutMs: 3000, allowedPrivate: loopback });
    expect(slow).not.toBeNull();
  });

  it('connects to no private address, by number or by name, unless the allow-list names it', async () => {
    const { fetchPicture } = await import('@/lib/avatars/fetch-picture');
    const before = pictureRequests.length;
    for (const url of [
      `${origin}/small.png`,
      `http://localhost:${port}/small.png`,
      `http://[::ffff:127.0.0.1]:${port}/small.png`,
      `http://[::1]:${port}/small.png`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/small.png',
    ]) {
      expect({ url, picture: await fetchPicture(url, { timeoutMs: 2000 }) }).toEqual({ url, picture: null });
    }
    expect(pictureRequests.slice(before)).toEqual([]);
    expect(await fetchPicture(`${origin}/small.png`, { allowedPrivate: loopback })).not.toBeNull();
    expect(await fetchPicture(`${origin}/small.png`, { allowedPrivate: ['127.0.0.0/8'] })).not.toBeNull();
  });

  it('does not follow a redirect to a private address, and follows one the allow-list names', async () => {
    const { fetchPicture } = await import('@/lib/avatars/fetch-picture');
    const before = pictureRequests.length;
    expect(await fetchPicture(`${origin}/to-private.png`, { allowedPrivate: loopback })).toBeNull();
    expect(pictureRequests.slice(before)).toEqual(['/to-private.png']);
    const allowed = ['127.0.0.1', '127.0.0.2'];
    expect(await fetchPicture(`${origin}/to-private.png`, { allowedPrivate: allowed })).not.toBeNull();
    expect(pictureRequests.slice(before)).toEqual(['/to-private.png', '/to-private.png', '/small.png']);
  });
});
