import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type SiteMode = 'ok' | 'error' | 'stale';

/**
 * A stand-in for a site instance behind the edge, to test the edge's own rules (the real site is in
 * cluster.scale.ts): pages tagged with `xkey`, a health route, and switchable failures.
 */
export async function startStandInSite() {
  let mode: SiteMode = 'ok';
  let healthy = true;
  let renders = 0;
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((request, response) => {
    if (request.url === '/api/health') {
      response.writeHead(healthy ? 200 : 503).end();
      return;
    }
    seen.push(request.headers);
    renders += 1;
    if (mode === 'error') {
      response.writeHead(500, { 'content-type': 'text/html' }).end('<p>render failed</p>');
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 's-maxage=2, stale-while-revalidate=60',
      'set-cookie': 'tracking=1',
      'x-nextjs-cache': mode === 'stale' ? 'STALE' : 'HIT',
      xkey: `page:${request.url ?? ''} pages`,
    });
    response.end(`<!doctype html><p>${request.url} render ${renders}</p>${'filler '.repeat(200)}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    setMode: (next: SiteMode) => void (mode = next),
    setHealthy: (next: boolean) => void (healthy = next),
    /** Request headers of every page request the edge sent. */
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
