import { connect } from 'node:net';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Resolves when a Redis server answers PING at `redisUrl`; rejects with what to do otherwise. */
export function checkRedis(redisUrl: string, timeoutMs = 3_000): Promise<void> {
  const url = new URL(redisUrl);
  const port = Number(url.port || 6379);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port });
    const fail = (reason: string) => {
      socket.destroy();
      reject(
        new Error(
          `Redis is not answering at ${url.hostname}:${port} (${reason}). Start it (\`redis-server --daemonize yes\`) ` +
            'or set REDIS_URL.',
        ),
      );
    };
    socket.setTimeout(timeoutMs, () => fail('no answer'));
    socket.once('error', (error) => fail(error.message));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.end();
      // An answer that is not PONG (e.g. -NOAUTH) still proves a Redis server listens; the apps report auth.
      if (data.toString().startsWith('+PONG') || data.toString().startsWith('-')) resolve();
      else fail(`unexpected answer ${JSON.stringify(data.toString().slice(0, 40))}`);
    });
  });
}
