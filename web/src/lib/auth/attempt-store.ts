/**
 * Where failed logins are counted. In memory for one site process; several instances share one in Redis
 * (redis-attempt-store.ts; site-attempt-store.ts picks).
 */
export interface AttemptStore {
  /** The times (ms) of the attempts recorded under `key` at or after `since`, oldest first. */
  recent(key: string, since: number): Promise<number[]>;
  /** Records an attempt at `at`; it is forgotten once older than `windowMs`. */
  add(key: string, at: number, windowMs: number): Promise<void>;
  clear(key: string): Promise<void>;
}

/** Beyond this many keys, keys with no attempt inside their window are dropped (then the oldest keys). */
const MAX_KEYS = 50_000;

type Entry = { times: number[]; expiresAt: number };

export function createMemoryAttemptStore(now: () => number = Date.now): AttemptStore {
  const entries = new Map<string, Entry>();

  function sweep() {
    const current = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= current) entries.delete(key);
    // Still full: a flood of distinct keys. Forget the oldest rather than grow without bound.
    for (const key of entries.keys()) {
      if (entries.size <= MAX_KEYS) break;
      entries.delete(key);
    }
  }

  return {
    recent(key, since) {
      return Promise.resolve((entries.get(key)?.times ?? []).filter((time) => time >= since));
    },
    add(key, at, windowMs) {
      const entry = entries.get(key);
      const times = [...(entry?.times ?? []).filter((time) => time > at - windowMs), at];
      entries.delete(key);
      entries.set(key, { times, expiresAt: at + windowMs });
      if (entries.size > MAX_KEYS) sweep();
      return Promise.resolve();
    },
    clear(key) {
      entries.delete(key);
      return Promise.resolve();
    },
  };
}
