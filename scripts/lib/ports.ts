import { createServer } from 'node:net';

/** True when nothing listens on `port` (we can bind it on all interfaces ourselves). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen({ port, exclusive: true });
  });
}

export function parsePort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${value}"`);
  }
  return port;
}

/** Ports that are taken, with a message each; empty when all are free. */
export async function busyPorts(
  ports: Array<{ port: number; label: string; envVar: string }>,
): Promise<string[]> {
  const messages: string[] = [];
  for (const { port, label, envVar } of ports) {
    if (!(await isPortFree(port))) {
      messages.push(
        `Port ${port} (${label}) is already in use: stop whatever listens there, or pick another with ${envVar}=<port>.`,
      );
    }
  }
  return messages;
}

/** A port nothing listens on right now, on 127.0.0.1, chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
