import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { contentChangeSchema, type ContentChangeInput } from '@skinfacts/shared';

/** A revalidation request's body, as the CMS sent it (not parsed, so a test sees exactly what went over the wire). */
export type Change = ContentChangeInput;

/** A body the site's schema accepts, kept as it came: zod's `custom` checks a value and returns it unchanged. */
const changeAsSent = z.custom<Change>(
  (body) => contentChangeSchema.safeParse(body).success,
  'not a revalidation payload the site accepts',
);

export type Received = {
  authorization?: string;
  contentType?: string;
  body: Change;
};
/** ok: 200; fail: 500; reject: 401 (a wrong secret); hang: never answers; down: drops the connection unanswered. */
export type SiteMode = 'ok' | 'fail' | 'reject' | 'hang' | 'down';

export interface FakeSite {
  origin: string;
  received: Received[];
  setMode: (next: SiteMode) => void;
  close: () => Promise<void>;
}

/** A stand-in for the site's POST /api/revalidate that records what the CMS sends (the one fake site of the tests). */
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
          body: changeAsSent.parse(JSON.parse(raw)),
        });
      }
      if (mode === 'hang') return; // never answers
      if (mode === 'down') {
        request.socket.destroy();
        return;
      }
      const status = { ok: 200, fail: 500, reject: 401 }[mode];
      response.writeHead(status, { 'content-type': 'application/json' });
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

export const REVALIDATE_TEST_SECRET = 'revalidate-test-secret';

/**
 * The CMS settings that send its revalidation requests to `site`. The timeout is generous, so a loaded machine
 * never times out (and retries) against a site that answers at once; no retries unless a test asks.
 */
export function revalidationEnv(site: FakeSite, retryDelaysMs = 'none') {
  return {
    WEB_URL: site.origin,
    REVALIDATE_SECRET: REVALIDATE_TEST_SECRET,
    REVALIDATE_TIMEOUT_MS: '2000',
    REVALIDATE_RETRY_DELAYS_MS: retryDelaysMs,
  };
}

/** Waits for the first recorded change that matches (requests arrive after the CMS's write returns). */
export async function waitForChange(
  site: FakeSite,
  predicate: (change: Change) => boolean,
  timeoutMs = 3000,
) {
  const started = Date.now();
  for (;;) {
    const found = site.received.map((request) => request.body).find(predicate);
    if (found) return found;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`no matching revalidation request; got ${JSON.stringify(site.received)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
