// @ts-check
'use strict';

/**
 * The cache tags of each page the site last served or rendered, so that web/server.js can send them to the
 * edge cache as the `xkey` header. Next computes them (`x-next-cache-tags`, stored with each cached page) but
 * deletes the header from responses outside its "minimal mode"; every cached page passes through the cache
 * handler (cache-handler.js) on its way out, before its headers are written, so the handler notes them here.
 */

/** Next's own header, kept with every cached page and route. */
const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags';
/** Next's implicit tags (layouts, paths): internal to Next, never purged at the edge. */
const IMPLICIT_TAG_PREFIX = '_N_T_';
/** One entry per page; a flood of made-up URLs (cached as not found) forgets the oldest first. */
const MAX_PAGES = 10_000;

/** Shared by every copy of this module in the process (Next loads the cache handler by its own path). */
const REGISTRY = Symbol.for('skinfacts.page-cache-tags');

/** @returns {Map<string, string>} pathname → space-separated tags */
function registry() {
  const global = /** @type {Record<symbol, Map<string, string> | undefined>} */ (globalThis);
  return (global[REGISTRY] ??= /** @type {Map<string, string>} */ (new Map()));
}

/**
 * The pathname a response-cache key stands for: Next 16 stores pages under
 * `/route-cache/<kind>/<route hash>/$<page path>`, the home page as `/index`. Null for fetch-cache keys.
 * @param {string} key
 */
function pathnameOfCacheKey(key) {
  const match = /^\/route-cache\/[A-Z_]+\/[0-9a-f]+\/\$(\/.*)$/.exec(key);
  if (!match?.[1]) return null;
  return match[1] === '/index' ? '/' : match[1];
}

/**
 * Notes the tags of the page behind `key`, from what the cache handler read or is about to write.
 * @param {string} key
 * @param {unknown} value the cached page (`{ kind, headers, … }`), or null
 */
function notePageTags(key, value) {
  const pathname = pathnameOfCacheKey(key);
  if (pathname === null || typeof value !== 'object' || value === null || !('headers' in value)) return;
  const headers = /** @type {Record<string, unknown> | undefined} */ (value.headers);
  const tags = headers?.[NEXT_CACHE_TAGS_HEADER];
  if (typeof tags !== 'string') return;
  const own = tags.split(',').filter((tag) => tag !== '' && !tag.startsWith(IMPLICIT_TAG_PREFIX));
  const pages = registry();
  pages.delete(pathname);
  pages.set(pathname, own.join(' '));
  if (pages.size > MAX_PAGES) pages.delete(/** @type {string} */ (pages.keys().next().value));
}

/**
 * The `xkey` value for a page, or undefined when the page carries no CMS tag (or was not served from the
 * cache, e.g. a dynamic page).
 * @param {string} pathname as requested (percent-encoded)
 */
function xkeyFor(pathname) {
  const pages = registry();
  let tags = pages.get(pathname);
  if (tags === undefined) {
    try {
      tags = pages.get(decodeURIComponent(pathname));
    } catch {
      return undefined;
    }
  }
  return tags || undefined;
}

module.exports = { notePageTags, xkeyFor, pathnameOfCacheKey, NEXT_CACHE_TAGS_HEADER };
