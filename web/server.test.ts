/** @jest-environment node */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { noteCmsUnavailable } from '@/lib/cms/outage-clock';
import { OUTAGE_WINDOW_MS, RETRY_AFTER_SECONDS, withCmsOutageStatus, withCompression } from './server';

type RequestHandler = Parameters<typeof withCmsOutageStatus>[0];

let server: http.Server;
let origin: string;
/** The same routes behind the compression `npm start` adds in front (web/server.js main()). */
let compressingServer: http.Server;
let compressingOrigin: string;

/** The ways Next ends a request: a failed render (500, implicitly or explicitly) or a rendered page. */
const routes: Record<string, RequestHandler> = {
  '/failed': async (_request, response) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    response.statusCode = 500;
    response.end('<h1>Content is temporarily unavailable</h1>');
  },
  '/failed-explicitly': (_request, response) => {
    response.writeHead(500, 'Internal Server Error', { 'Content-Type': 'text/plain' }).end('sorry');
  },
  '/rendered': (_request, response) => {
    response.end('content');
  },
  // Next's document for a failed render, streamed: the shell with an empty body, then scripts.
  '/failed-document': (_request, response) => {
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.write(
      Buffer.from('<!DOCTYPE html><html id="__next_error__"><head><title>Ça</title></head><body>'),
    );
    response.end('<script src="/app.js"></script></body></html>');
  },
  '/failed-document-with-length': (_request, response) => {
    const html = '<html><body class="x"><script></script></body></html>';
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html');
    response.setHeader('Content-Length', String(Buffer.byteLength(html)));
    response.end(html);
  },
  // What Next does for a failed page: the length set, the status line sent, then the whole document.
  '/failed-document-sent-in-one': (_request, response) => {
    const html = '<html><body><script></script></body></html>';
    response.statusCode = 500;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Content-Length', String(Buffer.byteLength(html)));
    response.writeHead(500);
    response.end(html);
  },
  '/rendered-document': (_request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end('<html><body><h1>Article</h1></body></html>');
  },
};

// The app's bundle notes the time (outage-clock.ts); these tests also prove both sides use the same key.
const cmsFailedJustNow = () => noteCmsUnavailable();
const cmsFailedLongAgo = () => noteCmsUnavailable(Date.now() - OUTAGE_WINDOW_MS - 1);

async function listen(handle: RequestHandler): Promise<[http.Server, string]> {
  const listening = http.createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  return [listening, `http://127.0.0.1:${(listening.address() as AddressInfo).port}`];
}

beforeAll(async () => {
  const handle = withCmsOutageStatus((request, response) => routes[request.url ?? '']?.(request, response));
  [server, origin] = await listen(handle);
  [compressingServer, compressingOrigin] = await listen(withCompression(handle));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => compressingServer.close(resolve));
});

describe('withCmsOutageStatus', () => {
  it.each(['GET', 'HEAD'])(
    'turns a %s that fails just after a CMS failure into 503 with Retry-After',
    async (method) => {
      cmsFailedJustNow();
      const response = await fetch(`${origin}/failed`, { method });
      expect(response.status).toBe(503);
      expect(response.statusText).toBe('Service Unavailable');
      expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
      if (method === 'GET') expect(await response.text()).toContain('temporarily unavailable');
    },
  );

  it('also catches an explicit writeHead(500, reason, headers), keeping its headers', async () => {
    cmsFailedJustNow();
    const response = await fetch(`${origin}/failed-explicitly`);
    expect(response.status).toBe(503);
    expect(response.statusText).toBe('Service Unavailable');
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
  });

  it('answers every one of several concurrent requests that share one failed render with 503', async () => {
    cmsFailedJustNow();
    const responses = await Promise.all([1, 2, 3].map(() => fetch(`${origin}/failed`)));
    expect(responses.map((response) => response.status)).toEqual([503, 503, 503]);
  });

  it('keeps 500 when the CMS has not failed lately, and for requests that change something', async () => {
    cmsFailedLongAgo();
    const failed = await fetch(`${origin}/failed`);
    expect(failed.status).toBe(500);
    expect(failed.headers.get('retry-after')).toBeNull();
    cmsFailedJustNow();
    expect((await fetch(`${origin}/failed`, { method: 'POST' })).status).toBe(500);
  });

  it('leaves a page that rendered alone, even just after a CMS failure', async () => {
    cmsFailedJustNow();
    const response = await fetch(`${origin}/rendered`);
    expect(response.status).toBe(200);
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('writes the notice into the failed document for readers without JavaScript', async () => {
    cmsFailedJustNow();
    const response = await fetch(`${origin}/failed-document`);
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('<title>Ça</title></head><body><noscript><div class="notice" role="status">');
    expect(html).toContain('<h1>Content is temporarily unavailable</h1>');
    expect(html).toMatch(/<\/noscript><script src="\/app\.js"><\/script><\/body><\/html>$/);
    expect(html.match(/<noscript>/g)).toHaveLength(1);
  });

  it('keeps the length honest when the failed document declared one', async () => {
    cmsFailedJustNow();
    const response = await fetch(`${origin}/failed-document-with-length`);
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toMatch(
      /^<html><body class="x"><noscript>.*<\/noscript><script><\/script><\/body><\/html>$/,
    );
    expect(Number(response.headers.get('content-length') ?? Buffer.byteLength(html))).toBe(
      Buffer.byteLength(html),
    );
  });

  it('drops the declared length when the status line goes out before the document, as Next sends it', async () => {
    cmsFailedJustNow();
    const response = await fetch(`${origin}/failed-document-sent-in-one`);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-length')).toBeNull();
    expect(await response.text()).toMatch(
      /^<html><body><noscript>.*<\/noscript><script><\/script><\/body><\/html>$/,
    );
  });

  it('leaves documents alone that rendered, or failed for another reason', async () => {
    cmsFailedJustNow();
    expect(await (await fetch(`${origin}/rendered-document`)).text()).not.toContain('noscript');
    cmsFailedLongAgo();
    const failed = await fetch(`${origin}/failed-document`);
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain('noscript');
  });

  it('writes the notice before the page is compressed, so a browser that accepts gzip gets it too', async () => {
    cmsFailedJustNow();
    const raw = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(
        `${compressingOrigin}/failed-document-sent-in-one`,
        { headers: { 'accept-encoding': 'gzip' } },
        resolve,
      ),
    );
    expect(raw.statusCode).toBe(503);
    expect(raw.headers['content-encoding']).toBe('gzip');
    const chunks: Buffer[] = [];
    for await (const chunk of raw) chunks.push(chunk as Buffer);
    expect(gunzipSync(Buffer.concat(chunks)).toString()).toMatch(/<body><noscript>.*temporarily unavailable/);
  });
});
