/** @jest-environment node */
/**
 * The site's front door (src/lib/http/site-door.js) in the real server `npm start` runs (server.js's
 * createSiteServer), over real sockets. In place of Next's handler: the real comment route, with a stand-in
 * CMS that records the visitor address the site sends it, and a few routes that answer like Next's.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStubServer, type StubServer } from '@/test/stub-server';
import { createSiteServer } from './server';
import { CLIENT_IP_HEADER, VISITOR_IP_HEADER } from '@skinfacts/shared/headers';

type NextHandler = Parameters<typeof createSiteServer>[0];
type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; continued: boolean };

const SITE = 'http://127.0.0.1:3000';
const SECRET = 'web-to-cms-test-secret';
let cms: StubServer;
let cmsSawIp: string | undefined;
const servers: http.Server[] = [];

function requestOf(request: http.IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  // As Next builds the route's Request: the Node request itself is the body stream.
  return new Request(`${SITE}${request.url}`, {
    method: request.method,
    headers,
    ...(hasBody ? { body: request as unknown as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit);
}

async function send(response: http.ServerResponse, answer: Response) {
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/** What stands in for Next's request handler: real route modules, and pages answering as Next does. */
async function appHandler(): Promise<NextHandler> {
  const comments = await import('@/app/api/comments/route');
  return async (request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (path === '/api/comments' && request.method === 'POST') {
      return send(response, await comments.POST(requestOf(request)));
    }
    if (path?.startsWith('/api/')) {
      const body = request.method === 'GET' ? '' : await requestOf(request).text();
      return send(response, Response.json({ reached: path, bodyBytes: Buffer.byteLength(body), body }));
    }
    const page = path === '/' || path === '/moderation';
    response.writeHead(page ? 200 : 404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': page && path === '/' ? 's-maxage=31536000' : 'private, no-cache, no-store',
      ...(page && path === '/' ? { 'x-nextjs-cache': 'HIT' } : {}),
    });
    response.end(page ? '<h1>Page</h1>' : '<h1>Not found</h1>');
  };
}

async function startSite(env: Record<string, string>): Promise<string> {
  const server = createSiteServer(await appHandler(), { SITE_URL: SITE, CMS_URL: cms.origin, ...env });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Sent {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sent one after another without a Content-Length (chunked). */
  chunks?: Buffer[];
  localAddress?: string;
}

function request(base: string, path: string, sent: Sent = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let continued = false;
    const outgoing = http.request(`${base}${path}`, {
      method: sent.method ?? 'GET',
      headers: sent.headers,
      localAddress: sent.localAddress,
    });
    outgoing.on('continue', () => {
      continued = true;
      outgoing.end(sent.body);
    });
    outgoing.on('response', (incoming) => {
      const parts: Buffer[] = [];
      incoming.on('data', (part: Buffer) => parts.push(part));
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          body: Buffer.concat(parts).toString(),
          continued,
        }),
      );
    });
    // The server may refuse and close before the whole body is written: the answer still counts.
    outgoing.on('error', (error) => (continued || sent.chunks ? undefined : reject(error)));
    if (sent.headers?.expect) return outgoing.flushHeaders();
    if (sent.chunks) {
      for (const chunk of sent.chunks) outgoing.write(chunk);
      return outgoing.end();
    }
    outgoing.end(sent.body);
  });
}

const fromSite = { origin: SITE, 'content-type': 'application/json' };
const json = (value: unknown) => JSON.stringify(value);
const submission = {
  article: 'article1',
  authorName: 'Ada',
  authorEmail: 'ada@example.org',
  authorUrl: '',
  body: 'Does the redness last long?',
  honeypot: '',
  formToken: '1.sig',
};

let site: string;

beforeAll(async () => {
  cms = await startStubServer((incoming) => {
    cmsSawIp = incoming.headers[CLIENT_IP_HEADER] as string | undefined;
    return {
      status: 201,
      body: json({
        data: {
          id: 1,
          documentId: 'c1',
          body: 'x',
          authorName: 'Ada',
          authorUrl: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          moderationStatus: 'pending',
        },
      }),
    };
  });
  process.env.CMS_URL = cms.origin;
  process.env.WEB_TO_CMS_SECRET = SECRET;
  jest.resetModules();
  site = await startSite({});
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await cms.close();
});

beforeEach(() => {
  cmsSawIp = undefined;
});

describe('the visitor’s address (security #5)', () => {
  const spoofed = {
    ...fromSite,
    'x-forwarded-for': '6.6.6.6',
    'x-real-ip': '6.6.6.7',
    [VISITOR_IP_HEADER]: '6.6.6.8',
  };

  it('is the connection’s when no proxy is trusted: spoofed forwarding headers change nothing', async () => {
    const answer = await request(site, '/api/comments', {
      method: 'POST',
      headers: spoofed,
      body: json(submission),
      localAddress: '127.0.0.3',
    });
    expect(answer.status).toBe(201);
    expect(cmsSawIp).toBe('127.0.0.3');
  });

  it('comes from X-Forwarded-For when the connection is a trusted proxy, and only then', async () => {
    const behindProxy = await startSite({ TRUSTED_PROXIES: '127.0.0.1/32' });
    const forwarded = { ...spoofed, 'x-forwarded-for': '6.6.6.6, 203.0.113.9' };
    const viaProxy = { method: 'POST', headers: forwarded, body: json(submission) };
    expect(
      (await request(behindProxy, '/api/comments', { ...viaProxy, localAddress: '127.0.0.1' })).status,
    ).toBe(201);
    expect(cmsSawIp).toBe('203.0.113.9');
    expect(
      (await request(behindProxy, '/api/comments', { ...viaProxy, localAddress: '127.0.0.4' })).status,
    ).toBe(201);
    expect(cmsSawIp).toBe('127.0.0.4');
  });

  it('refuses to start with an unreadable TRUSTED_PROXIES', async () => {
    await expect(startSite({ TRUSTED_PROXIES: 'proxy.internal' })).rejects.toThrow(/TRUSTED_PROXIES/);
  });
});

describe('body limits (security #7)', () => {
  const forty = Buffer.from(json({ body: 'x'.repeat(40 * 1024) }));

  it('refuses a 40 KB JSON body with 413, saying the limit, before the route reads it', async () => {
    const answer = await request(site, '/api/comments', { method: 'POST', headers: fromSite, body: forty });
    expect(answer.status).toBe(413);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body).error).toMatch(/larger than 32 KB/);
    expect(cmsSawIp).toBeUndefined();
  });

  it('counts a chunked body as it arrives and refuses it at the limit', async () => {
    const chunks = Array.from({ length: 64 }, () => Buffer.alloc(1024, 'x'));
    const answer = await request(site, '/api/moderation/comments/bulk', {
      method: 'POST',
      headers: fromSite,
      chunks,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatch(/32 KB/);
  });

  it('hands a chunked body within the limit to the route whole', async () => {
    const chunks = [Buffer.from('{"a":"'), Buffer.alloc(20_000, 'y'), Buffer.from('"}')];
    const answer = await request(site, '/api/comments/own', { method: 'POST', headers: fromSite, chunks });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ reached: '/api/comments/own', bodyBytes: 20_008 });
  });

  it('hands an empty chunked body on too', async () => {
    const answer = await request(site, '/api/moderation/session', {
      method: 'DELETE',
      headers: fromSite,
      chunks: [],
    });
    expect(JSON.parse(answer.body)).toMatchObject({ bodyBytes: 0 });
  });

  it('allows the revalidation webhook 128 KB', async () => {
    const webhook = { authorization: 'Bearer x', 'content-type': 'application/json' };
    const within = await request(site, '/api/revalidate', {
      method: 'POST',
      headers: webhook,
      body: Buffer.alloc(100 * 1024, ' '),
    });
    expect(JSON.parse(within.body)).toMatchObject({ reached: '/api/revalidate', bodyBytes: 100 * 1024 });
    const over = await request(site, '/api/revalidate', {
      method: 'POST',
      headers: webhook,
      body: Buffer.alloc(130 * 1024, ' '),
    });
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body).error).toMatch(/128 KB/);
  });

  it('refuses an oversized `Expect: 100-continue` body without asking for it', async () => {
    const headers = { ...fromSite, expect: '100-continue', 'content-length': String(forty.length) };
    const answer = await request(site, '/api/comments', { method: 'POST', headers, body: forty });
    expect(answer.status).toBe(413);
    expect(answer.continued).toBe(false);
    const small = Buffer.from(json({ items: [] }));
    const fine = { ...fromSite, expect: '100-continue', 'content-length': String(small.length) };
    const accepted = await request(site, '/api/comments/own', { method: 'POST', headers: fine, body: small });
    expect(accepted.continued).toBe(true);
    expect(JSON.parse(accepted.body)).toMatchObject({ bodyBytes: small.length });
  });
});

describe('same-origin JSON for changes (security #8a)', () => {
  const post = (path: string, headers: Record<string, string>, method = 'POST') =>
    request(site, path, { method, headers, body: json({ moderationStatus: 'approved' }) });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('refuses a %s from another origin with 403', async (method) => {
    const answer = await post(
      '/api/moderation/comments/c1',
      { ...fromSite, origin: 'https://evil.example' },
      method,
    );
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error).toMatch(/did not come from http:\/\/127\.0\.0\.1:3000/);
  });

  it.each([
    ['Origin: null', { origin: 'null' }],
    ['a look-alike origin', { origin: 'http://127.0.0.1:3000.evil.example' }],
    ['no Origin, cross-site fetch metadata', { 'sec-fetch-site': 'cross-site' }],
    ['no Origin, same-site fetch metadata', { 'sec-fetch-site': 'same-site' }],
    ['neither header', {}],
  ])('refuses %s with 403', async (_case, headers) => {
    const answer = await post('/api/moderation/comments/bulk', {
      'content-type': 'application/json',
      ...headers,
    });
    expect(answer.status).toBe(403);
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonx',
  ])('refuses a same-origin %s body with 415', async (type) => {
    const answer = await post('/api/moderation/comments/bulk', { origin: SITE, 'content-type': type });
    expect(answer.status).toBe(415);
    expect(JSON.parse(answer.body).error).toMatch(/Content-Type: application\/json/);
  });

  it('refuses a change without any Content-Type with 415', async () => {
    expect(
      (await request(site, '/api/moderation/session', { method: 'DELETE', headers: { origin: SITE } }))
        .status,
    ).toBe(415);
  });

  it('passes same-origin JSON on to the route (by Origin, or by fetch metadata when Origin is missing)', async () => {
    const byOrigin = await post('/api/moderation/comments/bulk', {
      ...fromSite,
      'content-type': 'application/json; charset=utf-8',
    });
    expect(JSON.parse(byOrigin.body)).toMatchObject({ reached: '/api/moderation/comments/bulk' });
    const byMetadata = await post('/api/moderation/comments/bulk', {
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    });
    expect(byMetadata.status).toBe(200);
  });

  it('leaves reads alone, and the revalidation webhook to its own secret', async () => {
    const read = await request(site, '/api/moderation/comments?status=pending', {
      headers: { origin: 'https://evil.example' },
    });
    expect(read.status).toBe(200);
    const webhook = await post('/api/revalidate', {
      origin: 'https://evil.example',
      'content-type': 'text/plain',
    });
    expect(JSON.parse(webhook.body)).toMatchObject({ reached: '/api/revalidate' });
  });
});

describe('security headers (security #9)', () => {
  const csp = (answer: Answer) => String(answer.headers['content-security-policy']);

  it('sends nosniff, the referrer policy and a static CSP on a page, keeping its caching', async () => {
    const page = await request(site, '/');
    expect(page.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cache-control': 's-maxage=31536000',
      'x-nextjs-cache': 'HIT',
    });
    expect(csp(page)).toContain("default-src 'self'");
    expect(csp(page)).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp(page)).toContain(`img-src 'self' data: ${cms.origin}`);
    expect(csp(page)).toContain(`frame-ancestors 'self' ${cms.origin}`);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "connect-src 'self'",
    ]) {
      expect(csp(page)).toContain(directive);
    }
    expect(csp(page)).not.toMatch(/nonce-/);
    expect(page.headers['x-frame-options']).toBeUndefined();
    expect(page.headers['strict-transport-security']).toBeUndefined();
  });

  it('lets nobody frame the moderation console or its API', async () => {
    for (const path of ['/moderation', '/api/moderation/comments']) {
      const answer = await request(site, path);
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(csp(answer)).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('sends them on an API answer, a 404 and the door’s own refusals', async () => {
    for (const answer of [
      await request(site, '/api/health'),
      await request(site, '/no-such-page'),
      await request(site, '/api/comments', {
        method: 'POST',
        headers: { origin: 'https://evil.example' },
        body: '{}',
      }),
    ]) {
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(csp(answer)).toContain("default-src 'self'");
    }
  });

  it('allows images and framing from CMS_PUBLIC_URL when browsers reach the CMS elsewhere', async () => {
    const other = await startSite({ CMS_PUBLIC_URL: 'https://cms.example.org' });
    const header = csp(await request(other, '/'));
    expect(header).toContain("img-src 'self' data: https://cms.example.org;");
    expect(header).toContain("frame-ancestors 'self' https://cms.example.org");
  });

  it('sends HSTS when SITE_URL is https, and checks Origin against that URL', async () => {
    const https = await startSite({ SITE_URL: 'https://skinfacts.example' });
    const page = await request(https, '/');
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const fromHttps = { origin: 'https://skinfacts.example', 'content-type': 'application/json' };
    expect(
      (await request(https, '/api/comments/own', { method: 'POST', headers: fromHttps, body: '{}' })).status,
    ).toBe(200);
    expect(
      (await request(https, '/api/comments/own', { method: 'POST', headers: fromSite, body: '{}' })).status,
    ).toBe(403);
  });
});
