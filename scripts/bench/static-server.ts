import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The baseline: a bare Node server answering every request with the same bytes from memory. */
export async function serveStatic(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const body = Buffer.from(html);
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
