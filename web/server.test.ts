/** @jest-environment node */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { noteCmsUnavailable } from '@/lib/cms/outage-clock';
import { OUTAGE_WINDOW_MS, RETRY_AFTER_SECONDS, withCmsOutageStatus } from './server';

type RequestHandler = Parameters<typeof withCmsOutageStatus>[0];

let server: http.Server;
let origin: string;

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
};

// The app's bundle notes the time (outage-clock.ts); these tests also prove both sides use the same key.
const cmsFailedJustNow = () => noteCmsUnavailable();
const cmsFailedLongAgo = () => noteCmsUnavailable(Date.now() - OUTAGE_WINDOW_MS - 1);

beforeAll(async () => {
  const handle = withCmsOutageStatus((request, response) => routes[request.url ?? '']?.(request, response));
  server = http.createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

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
});
