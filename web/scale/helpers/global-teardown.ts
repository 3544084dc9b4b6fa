import { createClient } from '@redis/client';

/** Stops the stack, then removes what its site instances wrote in Redis (their key prefix, nothing else). */
export default async function globalTeardown() {
  const scale = globalThis.skinfactsScale;
  await scale?.stack.stop();
  await scale?.redisLink.close();
  await scale?.edge.close();
  const prefix = scale?.stack.redisKeyPrefix;
  if (!prefix) return;
  const redis = createClient({ url: process.env.REDIS_URL || 'redis://127.0.0.1:6379' });
  await redis.connect();
  for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
    if (keys.length > 0) await redis.del(keys);
  }
  await redis.quit();
}
