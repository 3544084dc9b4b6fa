import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * - `open`: bytes pass through to the target.
 * - `refuse`: every connection is dropped at once, as when the target is down.
 * - `hang`: connections are accepted and never answered, as when the target is overloaded.
 */
export const PROXY_MODES = ['open', 'refuse', 'hang'] as const;
export type ProxyMode = (typeof PROXY_MODES)[number];

export interface SwitchableProxy {
  /** Where clients connect instead of the target, e.g. http://127.0.0.1:40123. */
  url: string;
  /** POST `${controlUrl}/<mode>` switches the mode from another process (answers 204). */
  controlUrl: string;
  mode(): ProxyMode;
  switchTo(mode: ProxyMode): void;
  close(): Promise<void>;
}

function listen(server: Server | HttpServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server | HttpServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

const isMode = (value: string): value is ProxyMode => (PROXY_MODES as readonly string[]).includes(value);

/**
 * A TCP pass-through on a free local port in front of `target` (host:port) that can be cut and restored,
 * so browser tests can take the CMS away from the site without stopping it.
 */
export async function startSwitchableProxy(target: { host: string; port: number }): Promise<SwitchableProxy> {
  let mode: ProxyMode = 'open';
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  };

  const proxy = createServer((client) => {
    if (mode === 'refuse') {
      client.on('error', () => undefined);
      client.resetAndDestroy();
      return;
    }
    track(client);
    if (mode === 'hang') return;
    const upstream = connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });

  // Connections belong to the mode they were made in: kept-alive ones would go on passing bytes after a cut,
  // and hung ones would leave their client waiting after the link is back.
  const switchTo = (next: ProxyMode) => {
    if (next === mode) return;
    mode = next;
    for (const socket of sockets) socket.destroy();
  };

  const control = createHttpServer((request, response) => {
    const requested = (request.url ?? '').replace(/^\//, '');
    if (request.method !== 'POST' || !isMode(requested)) {
      response.writeHead(404).end(`POST /${PROXY_MODES.join(', /')}`);
      return;
    }
    switchTo(requested);
    response.writeHead(204).end();
  });

  const [proxyPort, controlPort] = [await listen(proxy), await listen(control)];
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    controlUrl: `http://127.0.0.1:${controlPort}`,
    mode: () => mode,
    switchTo,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([close(proxy), close(control)]);
    },
  };
}
