import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ContentChangeInput } from '@skinfacts/shared';

export type Received = {
  authorization?: string;
  contentType?: string;
  /** As the CMS sent it (not parsed, so a test sees exactly what went over the wire). */
  body: ContentChangeInput;
};
export type SiteMode = 'ok' | 'fail' | 'hang';

export interface FakeSite {
  origin: string;
  received: Received[];
  setMode: (next: SiteMode) => void;
  close: () => Promise<void>;
}

/** A stand-in for the site's POST /api/revalidate that records what the CMS sends. */
export function startFakeSite(): Promise<FakeSite> {
  const received: Received[] = [];
  let mode: SiteMode = 'ok';
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/api/revalidate') {
        received.push({
          authorization: request.headers.authorization,
          contentType: request.headers['content-type'],
          body: JSON.parse(raw),
        });
      }
      if (mode === 'hang') return; // never answers
      response.writeHead(mode === 'fail' ? 500 : 200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  return new Promise<FakeSite>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        received,
        setMode: (next) => (mode = next),
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
