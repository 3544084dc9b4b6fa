/** @jest-environment node */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSiteServer, drainMilliseconds } from './server';

type RequestHandler = Parameters<typeof createSiteServer>[0];

const answer: RequestHandler = (_request, response) => {
  response.setHeader('Content-Type', 'application/json');
  response.end('{"ok":true}');
};

describe('shutting down behind a load balancer', () => {
  let draining = false;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = createSiteServer(answer, {}, { isDraining: () => draining });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('fails the health probe while draining, and keeps serving everything else', async () => {
    expect((await fetch(`${origin}/api/health`)).status).toBe(200);
    draining = true;
    const health = await fetch(`${origin}/api/health`);
    expect([health.status, health.headers.get('cache-control')]).toEqual([503, 'no-store']);
    expect((await fetch(`${origin}/articles/x`)).status).toBe(200);
    draining = false;
    expect((await fetch(`${origin}/api/health`)).status).toBe(200);
  });
});

describe('drainMilliseconds', () => {
  it('reads SHUTDOWN_DRAIN_SECONDS, none by default', () => {
    expect(drainMilliseconds(undefined)).toBe(0);
    expect(drainMilliseconds('')).toBe(0);
    expect(drainMilliseconds('2.5')).toBe(2_500);
  });

  it('refuses what is not a sensible number of seconds', () => {
    for (const value of ['soon', '-1', '600']) {
      expect(() => drainMilliseconds(value)).toThrow('SHUTDOWN_DRAIN_SECONDS must be a number of seconds');
    }
  });
});
