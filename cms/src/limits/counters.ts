import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { onSharedRedisClosed, sharedRedis } from './shared-redis';

/** At most `points` hits per key in a window of `durationSeconds` that starts with the key's first hit. */
export type LimitSpec = { name: string; points: number; durationSeconds: number };

export type LimitCount = {
  allowed: boolean;
  /** Hits in the current window, this one included. */
  count: number;
  msBeforeReset: number;
};

const limiters = new Map<string, RateLimiterAbstract>();
onSharedRedisClosed(() => limiters.clear());

function buildLimiter(spec: LimitSpec): RateLimiterAbstract {
  const redis = sharedRedis();
  const options = { points: spec.points, duration: spec.durationSeconds };
  if (!redis) return new RateLimiterMemory({ ...options, keyPrefix: spec.name });
  return new RateLimiterRedis({
    ...options,
    storeClient: redis.client,
    keyPrefix: `${redis.keyPrefix}limit:${spec.name}`,
    // Redis unreachable: count in this process instead (shared-redis.ts logs the outage), never a 500.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ ...options, keyPrefix: `insurance:${spec.name}` }),
  });
}

function limiterFor(spec: LimitSpec): RateLimiterAbstract {
  const redis = sharedRedis();
  const id = [redis?.keyPrefix ?? 'memory', spec.name, spec.points, spec.durationSeconds].join('|');
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = buildLimiter(spec);
    limiters.set(id, limiter);
  }
  return limiter;
}

const toCount = (allowed: boolean, result: RateLimiterRes): LimitCount => ({
  allowed,
  count: result.consumedPoints,
  msBeforeReset: result.msBeforeNext,
});

/**
 * Counts one hit (or `weight`) for `key`: in Redis when REDIS_URL is set, so every CMS instance shares the
 * count, otherwise in this process.
 */
export async function countHit(spec: LimitSpec, key: string, weight = 1): Promise<LimitCount> {
  try {
    return toCount(true, await limiterFor(spec).consume(key, weight));
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return toCount(false, rejection);
    throw rejection;
  }
}

/** Takes back `weight` hits, e.g. for a request that should not have counted. */
export async function forgiveHit(spec: LimitSpec, key: string, weight = 1): Promise<void> {
  await limiterFor(spec).reward(key, weight);
}
