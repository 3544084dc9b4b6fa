import { randomBytes } from 'node:crypto';

/**
 * The CMS's Redis settings for one test file: the shared server (TEST_REDIS_URL, else the local one) with keys
 * of its own. Other suites and agents use the same server, so nothing is ever flushed; keys expire with their
 * windows.
 */
export const testRedisEnv = () => ({
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: `skinfacts-test:${randomBytes(6).toString('hex')}:`,
});
