/**
 * The site's front door (src/lib/http/site-door.js) in the real server `npm start` runs (server.js's
 * createSiteServer), over real sockets, for site-door*.int.test.ts. In place of Next's handler: the real comment
 * route, with a stand-in CMS that records the visitor address the site sends it, and a few routes that answer
 * like Next's.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStubServer, type StubServer } from '@/test/stub-server';
import { createSiteServer } from '../../server';
import { CLIENT_IP_HEADER } from '@skinfacts/shared/headers';

type NextHandler = Parameters<typeof createSiteServer>[0];
export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; continued: boolean };

export const SITE = 'http://127.0.0.1:3000';
const SECRET = 'web-to-cms-test-secret';
let cms: StubServer;
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
  });
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

export async function startSite(env: Record<string, string>): Promise<string> {
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

export function request(base: string, path: string, sent: Sent = {}): Promise<Answer> {
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

export const fromSite = { origin: SITE, 'content-type': 'application/json' };
export const json = (value: unknown) => JSON.stringify(value);

/** The `error` of a JSON answer (the door's refusals and the routes' say why in it). */
export function errorOf(answer: Answer): unknown {
  const body: unknown = JSON.parse(answer.body);
  return typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
}
export const submission = {
  article: 'article1',
  authorName: 'Ada',
  authorEmail: 'ada@example.org',
  authorUrl: '',
  body: 'Does the redness last long?',
  honeypot: '',
  formToken: '1.sig',
};

/** Where the test file's site listens, and the visitor address the stand-in CMS last received. */
export interface SiteDoor {
  site: string;
  /** The stand-in CMS's origin (CMS_URL, and CMS_PUBLIC_URL unless a test sets another). */
  cmsOrigin: string;
  cmsSawIp: string | undefined;
}

/** Starts the stand-in CMS and the site for the calling test file, and stops both after it. */
export function setUpSiteDoor(): SiteDoor {
  const door: SiteDoor = { site: '', cmsOrigin: '', cmsSawIp: undefined };

  beforeAll(async () => {
    cms = await startStubServer((incoming) => {
      door.cmsSawIp = incoming.headers[CLIENT_IP_HEADER] as string | undefined;
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
    door.cmsOrigin = cms.origin;
    process.env.CMS_URL = cms.origin;
    process.env.WEB_TO_CMS_SECRET = SECRET;
    jest.resetModules();
    door.site = await startSite({});
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await cms.close();
  });

  beforeEach(() => {
    door.cmsSawIp = undefined;
  });

  return door;
}
