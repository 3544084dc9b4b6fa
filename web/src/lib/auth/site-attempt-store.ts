import 'server-only';
import { env } from '@/env';
import { sharedRedisClient } from '@/lib/cache/redis-client';
import { createMemoryAttemptStore, type AttemptStore } from './attempt-store';
import { createRedisAttemptStore, type AttemptRedis } from './redis-attempt-store';

/** With REDIS_URL, the failed logins of every site instance in one place; else this process's memory. */
export function siteAttemptStore(): AttemptStore {
  if (!env.REDIS_URL) return createMemoryAttemptStore();
  const client: AttemptRedis = sharedRedisClient(env.REDIS_URL);
  return createRedisAttemptStore(client, `${env.REDIS_KEY_PREFIX}attempts:`);
}
