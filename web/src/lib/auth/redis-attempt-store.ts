import { randomUUID } from 'node:crypto';
import type { AttemptStore } from './attempt-store';

/** The few sorted-set commands the store uses, as @redis/client offers them. */
export interface AttemptRedis {
  zRangeByScore(key: string, min: number | string, max: number | string): Promise<string[]>;
  multi(): AttemptTransaction;
  del(key: string): Promise<number>;
}
interface AttemptTransaction {
  zRemRangeByScore(key: string, min: number | string, max: number | string): AttemptTransaction;
  zAdd(key: string, member: { score: number; value: string }): AttemptTransaction;
  pExpire(key: string, ms: number): AttemptTransaction;
  exec(): Promise<unknown>;
}

/** The time an attempt was made, from its member `<ms>:<unique>`. */
const timeOf = (member: string) => Number(member.slice(0, member.indexOf(':')));

/**
 * Failed logins counted in Redis, one sorted set per key (scored by time), so that every site instance sees
 * the same count and the limit holds however the load balancer spreads the attempts. Each set expires with
 * its window. Errors (Redis down) propagate: the login route then refuses rather than lets an attempt through
 * uncounted.
 */
export function createRedisAttemptStore(redis: AttemptRedis, keyPrefix: string): AttemptStore {
  const keyOf = (key: string) => `${keyPrefix}${key}`;
  return {
    async recent(key, since) {
      const members = await redis.zRangeByScore(keyOf(key), since, '+inf');
      return members.map(timeOf);
    },
    async add(key, at, windowMs) {
      const stored = keyOf(key);
      await redis
        .multi()
        .zRemRangeByScore(stored, '-inf', at - windowMs)
        .zAdd(stored, { score: at, value: `${at}:${randomUUID()}` })
        .pExpire(stored, windowMs)
        .exec();
    },
    async clear(key) {
      await redis.del(keyOf(key));
    },
  };
}
