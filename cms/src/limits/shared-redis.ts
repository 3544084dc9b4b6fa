import Redis from 'ioredis';
import { cmsEnv } from '../env';

type Logger = { warn: (message: string) => void; info: (message: string) => void };

/** Strapi's logger once Strapi runs (config files load before it exists). */
const log = (): Logger => (globalThis as { strapi?: { log: Logger } }).strapi?.log ?? console;

type Connection = { url: string; client: Redis };
let connection: Connection | undefined;

function connect(url: string): Redis {
  const client = new Redis(url, {
    // A command while Redis is unreachable fails at once instead of waiting in a queue, so the limiters fall
    // back to their in-process counters without keeping a visitor waiting.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: 1000,
    lazyConnect: true,
    // disconnect() on a connection that already dropped otherwise keeps the process alive for 2 s.
    disconnectTimeout: 200,
    retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
  });
  let reachable = true;
  client.on('error', (error: Error) => {
    if (!reachable) return;
    reachable = false;
    log().warn(
      `Redis at ${redactedUrl(url)} is unreachable (${error.message}): comment and login limits are counted ` +
        'in this process only until it is back.',
    );
  });
  client.on('ready', () => {
    if (reachable) return;
    reachable = true;
    log().info(`Redis at ${redactedUrl(url)} is reachable again: limits are shared across instances.`);
  });
  client.connect().catch(() => undefined);
  return client;
}

/** The URL without its password, for log lines. */
export function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** The process's one Redis connection when REDIS_URL is set, and the prefix of every key the CMS writes. */
export function sharedRedis(): { client: Redis; keyPrefix: string } | undefined {
  const { REDIS_URL, REDIS_KEY_PREFIX } = cmsEnv();
  if (!REDIS_URL) return undefined;
  if (connection?.url !== REDIS_URL) {
    connection?.client.disconnect();
    connection = { url: REDIS_URL, client: connect(REDIS_URL) };
  }
  return { client: connection.client, keyPrefix: REDIS_KEY_PREFIX };
}

/**
 * Waits (a little) for the connection at boot, so the first requests already count in Redis. An unreachable
 * Redis does not stop the boot: the limiters work per process meanwhile, and the error handler has said so.
 */
export async function awaitSharedRedis(timeoutMs = 3000): Promise<void> {
  const client = sharedRedis()?.client;
  if (!client || client.status === 'ready') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    client.on('ready', done);
  });
}

const closeListeners = new Set<() => void>();

/** Called when the connection closes, so whatever was built on it is built again on the next one. */
export function onSharedRedisClosed(listener: () => void) {
  closeListeners.add(listener);
}

export async function closeSharedRedis(): Promise<void> {
  const closing = connection;
  connection = undefined;
  closeListeners.forEach((listener) => listener());
  if (!closing) return;
  if (closing.client.status === 'ready') await closing.client.quit().catch(() => undefined);
  closing.client.disconnect();
}
