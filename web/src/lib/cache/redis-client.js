// @ts-check
'use strict';

const { createClient } = require('@redis/client');

/** Redis on this network answers in well under a millisecond; past this it is taken to be down. */
const CONNECT_TIMEOUT_MS = 500;
/** How long to wait between reconnection attempts while Redis is down (never gives up). */
const MAX_RECONNECT_DELAY_MS = 1_000;

const CLIENTS = Symbol.for('skinfacts.redis-clients');

/** @typedef {import('@redis/client').RedisClientType} RedisClient */

/**
 * One Redis client per URL for the whole process, connecting in the background. Commands sent while it is
 * disconnected fail at once instead of waiting in a queue (`disableOfflineQueue`), so a page read falls back
 * to rendering and a revalidation answers 503 rather than hanging; it reconnects on its own once Redis is back.
 * @param {string} url
 * @returns {RedisClient}
 */
function sharedRedisClient(url) {
  const global = /** @type {Record<symbol, Map<string, RedisClient> | undefined>} */ (globalThis);
  const clients = (global[CLIENTS] ??= /** @type {Map<string, RedisClient>} */ (new Map()));
  const existing = clients.get(url);
  if (existing) return existing;
  /** @type {RedisClient} */
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  });
  let reported = false;
  client.on('error', (/** @type {unknown} */ error) => {
    if (reported) return;
    reported = true;
    console.error(`Redis at ${new URL(url).host} is unavailable; retrying in the background:`, String(error));
  });
  client.on('ready', () => {
    if (reported) console.info(`Redis at ${new URL(url).host} is back.`);
    reported = false;
  });
  client.connect().catch(() => undefined);
  clients.set(url, client);
  return client;
}

module.exports = { sharedRedisClient };
