/** @jest-environment node */
/**
 * The login throttle over the real Redis (REDIS_URL, default 127.0.0.1:6379), as two site instances use it:
 * each with its own connection, both under one random key prefix that the test removes afterwards.
 */
import { randomBytes } from 'node:crypto';
import { createClient } from '@redis/client';
import { createLoginThrottle, LOGIN_LIMITS } from './login-throttle';
import { createRedisAttemptStore } from './redis-attempt-store';

const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const prefix = `skinfacts-test-${randomBytes(6).toString('hex')}:`;
const instances = [createClient({ url }), createClient({ url })];

beforeAll(() => Promise.all(instances.map((client) => client.connect())));
afterAll(async () => {
  const [client] = instances;
  const keys = (await client?.keys(`${prefix}*`)) ?? [];
  if (keys.length > 0) await client?.del(keys);
  await Promise.all(instances.map((client) => client.quit()));
});

describe('the login throttle with attempts counted in Redis', () => {
  it('holds across site instances: failures alternating between two reach the limit', async () => {
    const [a, b] = instances.map((client) =>
      createLoginThrottle({ store: createRedisAttemptStore(client, prefix) }),
    );
    if (!a || !b) throw new Error('two instances expected');
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAccountAndAddress; attempt += 1) {
      const site = attempt % 2 === 0 ? a : b;
      expect(await site.check('mod@example.com', '203.0.113.7')).toEqual({ allowed: true });
      await site.recordFailure('mod@example.com', '203.0.113.7');
    }
    for (const site of [a, b]) {
      expect(await site.check('mod@example.com', '203.0.113.7')).toMatchObject({ allowed: false });
    }
    // Another address is not held back, and a success on one instance frees the account on both.
    expect(await b.check('mod@example.com', '198.51.100.2')).toEqual({ allowed: true });
    await a.recordSuccess('mod@example.com', '203.0.113.7');
    expect(await b.check('mod@example.com', '203.0.113.7')).toEqual({ allowed: true });
  });

  it('forgets attempts outside the window, and lets Redis expire the key with it', async () => {
    const [client] = instances;
    if (!client) throw new Error('an instance expected');
    const store = createRedisAttemptStore(client, prefix);
    const now = Date.now();
    await store.add('window', now - 10_000, 60_000);
    await store.add('window', now, 5_000);
    expect(await store.recent('window', now - 60_000)).toEqual([now]);
    const ttl = await client.pTTL(`${prefix}window`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
  });
});
