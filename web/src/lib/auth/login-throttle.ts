import { siteAttemptStore } from './site-attempt-store';
import { createMemoryAttemptStore, type AttemptStore } from './attempt-store';

/**
 * Failed moderator logins per 15 minutes: 5 for one account from one address, 20 from one address over all
 * accounts. Nothing counts per account alone, so failures from one address never lock the account's owner
 * out on another.
 */
export const LOGIN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAccountAndAddress: 5,
  perAddress: 20,
} as const;

export type LoginLimits = { windowMs: number; perAccountAndAddress: number; perAddress: number };
export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type LoginThrottle = {
  /** Whether another attempt for `account` from `address` may go to the CMS now. */
  check(account: string, address: string): Promise<ThrottleVerdict>;
  recordFailure(account: string, address: string): Promise<void>;
  /** A correct password forgets that account's failures from that address (not the address's total). */
  recordSuccess(account: string, address: string): Promise<void>;
};

/** "Too many attempts. Try again in N minutes." — what the login form shows with a 429. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

const accountKey = (account: string, address: string) =>
  `login:account:${account.trim().toLowerCase()}|${address}`;
const addressKey = (address: string) => `login:address:${address}`;

export function createLoginThrottle({
  store = createMemoryAttemptStore(),
  now = Date.now,
  limits = LOGIN_LIMITS,
}: { store?: AttemptStore; now?: () => number; limits?: LoginLimits } = {}): LoginThrottle {
  /** Seconds until fewer than `limit` attempts remain in the window, or 0 when that is already so. */
  async function waitFor(key: string, limit: number): Promise<number> {
    const current = now();
    const times = await store.recent(key, current - limits.windowMs + 1);
    if (times.length < limit) return 0;
    const freedAt = (times[times.length - limit] ?? current) + limits.windowMs;
    return Math.max(1, Math.ceil((freedAt - current) / 1000));
  }

  return {
    async check(account, address) {
      const wait = Math.max(
        await waitFor(accountKey(account, address), limits.perAccountAndAddress),
        await waitFor(addressKey(address), limits.perAddress),
      );
      return wait === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: wait };
    },
    async recordFailure(account, address) {
      const at = now();
      await store.add(accountKey(account, address), at, limits.windowMs);
      await store.add(addressKey(address), at, limits.windowMs);
    },
    async recordSuccess(account, address) {
      await store.clear(accountKey(account, address));
    },
  };
}

/** The site's throttle for POST /api/moderation/session: shared by every instance with REDIS_URL. */
export const loginThrottle: LoginThrottle = createLoginThrottle({ store: siteAttemptStore() });
