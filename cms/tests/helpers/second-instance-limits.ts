import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SharedLoginLimitStore } from '../../src/limits/strapi-login-store';

/** Each test gets its own keys on the shared Redis (other suites and agents use it too; nothing is flushed). */
export const testRedisEnv = () => ({
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: `skinfacts-test:${randomBytes(6).toString('hex')}:`,
});

type Middleware = (ctx: unknown, next: () => Promise<void>) => Promise<void>;
type MiddlewareFactory = (config: object, context: { strapi: unknown }) => Middleware;
type CountersModule = typeof import('../../src/limits/counters');
type RedisModule = typeof import('../../src/limits/shared-redis');

const ROOT_MODULES = path.resolve(__dirname, '..', '..', '..', 'node_modules');
const requireFile = createRequire(__filename);

/** One of Strapi's login-limit middleware factories, by its file (neither package exports it). */
function strapiMiddleware(file: string): MiddlewareFactory {
  const loaded: unknown = requireFile(path.join(ROOT_MODULES, file));
  if (typeof loaded !== 'function') throw new Error(`${file} no longer exports a middleware factory`);
  return loaded as MiddlewareFactory;
}

/** Strapi's login-limit middlewares, as the admin and users-permissions routes run them. */
const adminRateLimit = strapiMiddleware('@strapi/admin/dist/server/server/src/middlewares/rateLimit.js');
const usersPermissionsRateLimit = strapiMiddleware(
  '@strapi/plugin-users-permissions/server/src/middlewares/rateLimit.js',
);

/**
 * What a second CMS process would run against the same Redis: fresh copies of our counter modules (their own
 * Redis connection and in-process state, from an isolated module registry) behind Strapi's own login-limit
 * middlewares, configured as config/admin.ts and config/plugins.ts configure them.
 */
export async function secondInstanceLimits() {
  let counters!: CountersModule;
  let redis!: RedisModule;
  await jest.isolateModulesAsync(async () => {
    counters = await import('../../src/limits/counters');
    redis = await import('../../src/limits/shared-redis');
  });
  const store = new SharedLoginLimitStore(counters);
  const configured = (config: object) => ({
    strapi: { config: { get: () => ({ ...config, store }) } },
  });

  /** One try through a Strapi login limiter: 'passed' when it let the request on, 'limited' on its 429. */
  async function tryThrough(middleware: Middleware, requestPath: string, ip: string, body: object) {
    const ctx = { request: { path: requestPath, ip, body }, state: {}, set: () => undefined };
    try {
      await middleware(ctx, () => Promise.resolve());
      return 'passed' as const;
    } catch (error) {
      if ((error as { name?: string }).name === 'RateLimitError') return 'limited' as const;
      throw error;
    }
  }

  return {
    /** Like CMS A's bootstrap: until its connection is ready, an instance counts in its own memory. */
    connected: () => redis.awaitSharedRedis(),
    countHit: counters.countHit,
    adminLogin: (ip: string, email: string) =>
      tryThrough(adminRateLimit({}, configured({ enabled: true })), '/admin/login', ip, { email }),
    apiLogin: (ip: string) =>
      tryThrough(
        usersPermissionsRateLimit({}, configured({ enabled: true, interval: 60_000, max: 10 })),
        '/api/auth/local',
        ip,
        { identifier: 'someone@example.com' },
      ),
    close: () => redis.closeSharedRedis(),
  };
}
