// @ts-check
'use strict';

const { xkeyFor } = require('./page-tags');

/** Varnish's xkey module reads a response's tags (space-separated) from this header. */
const XKEY_HEADER = 'xkey';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {(request: IncomingMessage, response: ServerResponse) => Promise<void> | void} RequestHandler */
/** @typedef {(statusCode: number, ...rest: unknown[]) => ServerResponse} WriteHead */

/** A response Next marked for shared caches (`s-maxage`), not private (draft mode, moderation, the API). */
function isSharedCacheable(/** @type {ServerResponse} */ response) {
  const cacheControl = String(response.getHeader('cache-control') ?? '');
  return /\bs-maxage=/.test(cacheControl) && !/\b(private|no-store)\b/.test(cacheControl);
}

/**
 * Gives every page read that shared caches may keep an `xkey` header with its cache tags (the strings of
 * src/lib/cms/tags.ts its reads carry), so an edge cache can purge it by the tags /api/revalidate expires.
 * The tags are the ones Next stored with the page (page-tags.js); Node sends every status line through
 * `response.writeHead`, so the header is added there, once Next has set Cache-Control.
 * @param {RequestHandler} handle
 * @returns {RequestHandler}
 */
function withXkeyHeader(handle) {
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return handle(request, response);
    const writeHead = /** @type {WriteHead} */ (response.writeHead.bind(response));
    /** @type {WriteHead} */
    const replacement = (statusCode, ...rest) => {
      if (isSharedCacheable(response)) {
        const pathname = (request.url ?? '/').split('?')[0] ?? '/';
        const tags = xkeyFor(pathname);
        if (tags) response.setHeader(XKEY_HEADER, tags);
      }
      return writeHead(statusCode, ...rest);
    };
    response.writeHead = /** @type {ServerResponse['writeHead']} */ (replacement);
    return handle(request, response);
  };
}

module.exports = { withXkeyHeader, XKEY_HEADER };
