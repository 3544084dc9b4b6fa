// @ts-check
'use strict';

/**
 * Next's `cacheHandler` (next.config.ts): where pages, route responses and tagged fetches are cached.
 *
 * - With REDIS_URL: in Redis, shared by every site instance, through @fortedigital/nextjs-cache-handler's
 *   redis-strings handler (keys under REDIS_KEY_PREFIX). A revalidation on any instance deletes the tagged
 *   entries for all of them. Redis errors and timeouts read as a miss, so pages render instead of failing.
 * - Without it (`npm start`, and `next build`, whose prerendered pages land on disk as usual): Next's own file
 *   cache, unchanged.
 *
 * Either way it notes each page's cache tags on the way out (page-tags.js, for the edge's `xkey` header), and
 * offers /api/revalidate a way to record a tag expiry that reports failure (`expireTagsNow`, see
 * src/lib/revalidation/shared-cache.ts): Next calls the handler's revalidateTag only after the route has
 * answered, and ignores its errors.
 */

const { PHASE_PRODUCTION_BUILD } = require('next/constants');
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const { CacheHandler: ForteCacheHandler } = require('@fortedigital/nextjs-cache-handler');
const createRedisStringsHandler = require('@fortedigital/nextjs-cache-handler/redis-strings').default;
const { notePageTags } = require('./page-tags');
const { sharedRedisClient } = require('./redis-client');

/** Each Redis command; a page read makes up to three, so a hung Redis costs a render under a second more. */
const REDIS_COMMAND_TIMEOUT_MS = 300;
/** Recording a change's tag expiries, all of them; past this /api/revalidate answers 503 and is retried. */
const EXPIRE_TIMEOUT_MS = 3_000;

/** Read by src/lib/revalidation/shared-cache.ts, in the app's own module graph. */
const EXPIRE_TAGS_NOW = Symbol.for('skinfacts.expire-tags-now');

/** @typedef {{ expire?: number }} Durations */
/** @typedef {(tags: string[], durations: Durations) => Promise<void>} ExpireTags */

/** @param {ExpireTags} expire */
function offerExpireTagsNow(expire) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[EXPIRE_TAGS_NOW] = expire;
}

/** @param {Promise<void>} work @param {string} what */
function withinTimeout(work, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} took longer than ${EXPIRE_TIMEOUT_MS} ms`)),
      EXPIRE_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * @template T
 * @param {T} entry what a handler's get returns: `{ value, … }` or null
 * @param {string} key
 * @returns {T}
 */
function notingTags(entry, key) {
  if (typeof entry === 'object' && entry !== null && 'value' in entry) notePageTags(key, entry.value);
  return entry;
}

/**
 * Where a page's lifetime travels with it in Redis. Next keeps a page's lifetime (its `revalidate`) in the
 * memory of the instance that rendered it, and on any other instance takes it from the entry the handler
 * returns (`cacheControl`); the redis-strings handler stores no such field, so there every page would count
 * as 1 s old: served STALE, without Cache-Control, and rendered again on every visit.
 */
const CACHE_CONTROL_FIELD = 'skinfactsCacheControl';

/**
 * @template T
 * @param {T} value the entry Next stores
 * @param {unknown} ctx Next's context for it, with the page's `cacheControl`
 * @returns {T}
 */
function keepingCacheControl(value, ctx) {
  const cacheControl =
    typeof ctx === 'object' && ctx !== null && 'cacheControl' in ctx ? ctx.cacheControl : undefined;
  if (!cacheControl || typeof value !== 'object' || value === null) return value;
  return { ...value, [CACHE_CONTROL_FIELD]: cacheControl };
}

/**
 * @template T
 * @param {T} entry what the redis-strings handler read: `{ value, lastModified, … }` or null
 * @returns {T}
 */
function withCacheControl(entry) {
  if (typeof entry !== 'object' || entry === null || !('value' in entry)) return entry;
  const { value } = entry;
  if (typeof value !== 'object' || value === null || !(CACHE_CONTROL_FIELD in value)) return entry;
  const { [CACHE_CONTROL_FIELD]: cacheControl, ...stored } = /** @type {Record<string, unknown>} */ (value);
  return { ...entry, value: stored, cacheControl };
}

function redisCacheHandler() {
  const url = /** @type {string} */ (process.env.REDIS_URL);
  const keyPrefix = process.env.REDIS_KEY_PREFIX || 'skinfacts:';
  const client = sharedRedisClient(url);
  const redis = createRedisStringsHandler({
    client: /** @type {never} */ (client),
    keyPrefix,
    timeoutMs: REDIS_COMMAND_TIMEOUT_MS,
  });
  ForteCacheHandler.onCreation(() => ({ handlers: [redis] }));

  // The redis-strings handler throws when Redis is unreachable (the combined handler Next calls swallows it).
  offerExpireTagsNow((tags) =>
    withinTimeout(
      (async () => {
        for (const tag of tags) await redis.revalidateTag(tag);
      })(),
      'Recording the tag expiry in Redis',
    ),
  );

  return class SharedRedisCache extends ForteCacheHandler {
    /** @override @param {Parameters<ForteCacheHandler['get']>} args */
    async get(...args) {
      return notingTags(withCacheControl(await super.get(...args)), args[0]);
    }

    /** @override @param {Parameters<ForteCacheHandler['set']>} args */
    async set(...args) {
      const [key, value, ctx] = args;
      notePageTags(key, value);
      return super.set(key, keepingCacheControl(value, ctx), ctx);
    }
  };
}

function fileCacheHandler() {
  // Next's file cache keeps tag expiries in a map in this process; its revalidateTag reads nothing else.
  offerExpireTagsNow((tags, durations) =>
    FileSystemCache.prototype.revalidateTag.call(null, tags, durations),
  );

  return class NotingFileSystemCache extends FileSystemCache {
    /** @override @param {Parameters<FileSystemCache['get']>} args */
    async get(...args) {
      return notingTags(await super.get(...args), args[0]);
    }

    /** @override @param {Parameters<FileSystemCache['set']>} args */
    async set(...args) {
      notePageTags(args[0], args[1]);
      return super.set(...args);
    }
  };
}

const useRedis = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD;

module.exports = useRedis ? redisCacheHandler() : fileCacheHandler();
