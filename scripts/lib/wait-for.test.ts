import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitForHttp, WaitTimeoutError } from './wait-for';

let server: Server;
let baseUrl: string;
let hits = 0;

beforeAll(async () => {
  server = createServer((_request, response) => {
    hits += 1;
    response.statusCode = hits < 3 ? 503 : 204;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  hits = 0;
});

describe('waitForHttp', () => {
  it('polls until the expected status arrives', async () => {
    const took = await waitForHttp(`${baseUrl}/_health`, {
      expectStatus: 204,
      timeoutMs: 5_000,
      intervalMs: 10,
    });
    expect(hits).toBe(3);
    expect(took).toBeGreaterThanOrEqual(0);
  });

  it('times out with the last status it saw', async () => {
    const wait = waitForHttp(`${baseUrl}/_health`, { expectStatus: 200, timeoutMs: 300, intervalMs: 10 });
    await expect(wait).rejects.toBeInstanceOf(WaitTimeoutError);
    await expect(
      waitForHttp(`${baseUrl}/_health`, { expectStatus: 200, timeoutMs: 100, intervalMs: 10 }),
    ).rejects.toThrow(/HTTP 204/);
  });

  it('stops as soon as its signal aborts', async () => {
    const controller = new AbortController();
    const wait = waitForHttp('http://127.0.0.1:9/never', {
      expectStatus: 200,
      timeoutMs: 60_000,
      intervalMs: 50,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    await expect(wait).rejects.toThrow();
  });
});
