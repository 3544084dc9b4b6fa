import { createHash } from 'node:crypto';
import { Stores } from 'koa2-ratelimit';
import { countHit, forgiveHit, type LimitSpec } from './counters';

/** What koa2-ratelimit passes a store: its window (ms) and limit, as Strapi's route configured them. */
type WindowOptions = { interval: number; max: number };

const specFor = ({ interval, max }: WindowOptions): LimitSpec => ({
  name: 'strapi-auth',
  // koa2-ratelimit refuses once the count passes max; a limiter of `max` points refuses at the same hit.
  points: max,
  durationSeconds: Math.max(1, Math.ceil(interval / 1000)),
});

/** Strapi's keys hold the email address and IP; Redis only ever sees a hash of them. */
const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');

/**
 * A store for koa2-ratelimit, the limiter behind Strapi's own login limits (the admin's `/admin/login` and
 * `/admin/register-admin`, users-permissions' `/api/auth/*`, the admin's forgot-password via the email plugin).
 * Strapi builds that limiter on every request with the store its config names (config/admin.ts,
 * config/plugins.ts); with this one the counts live in Redis when REDIS_URL is set, so N instances allow
 * what one does. Strapi's own keys (email, path and `ctx.request.ip`, which src/middlewares/site-client-address.ts
 * has set to the visitor's address) and limits stay as they are.
 */
export class SharedLoginLimitStore extends Stores.Store {
  async incr(key: string, options: WindowOptions, weight: number) {
    const count = await countHit(specFor(options), hashed(key), weight);
    return { counter: count.count, dateEnd: Date.now() + count.msBeforeReset };
  }

  async decrement(key: string, options: WindowOptions, weight: number) {
    await forgiveHit(specFor(options), hashed(key), weight);
  }

  saveAbuse() {}
}

/** One store for the process: Strapi's limiter checks it with instanceof, so it must be this module's class. */
export const sharedLoginLimitStore = new SharedLoginLimitStore();
