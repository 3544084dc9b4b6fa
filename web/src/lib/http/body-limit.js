// @ts-check
'use strict';

const { Buffer } = require('node:buffer');

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */

/** The most any request body may hold: the site's forms and moderation calls send a few kilobytes. */
const DEFAULT_BODY_LIMIT_BYTES = 32 * 1024;
/** The CMS's revalidation webhook names the pages a change affects, which can run longer. */
const REVALIDATE_BODY_LIMIT_BYTES = 128 * 1024;

/**
 * The body limit for a path. Every path has one, not only /api/: no page takes a body either.
 * @param {string} pathname
 */
function bodyLimitFor(pathname) {
  return pathname === '/api/revalidate' ? REVALIDATE_BODY_LIMIT_BYTES : DEFAULT_BODY_LIMIT_BYTES;
}

/**
 * The declared Content-Length, null when there is none (a chunked body, or no body), NaN when unreadable.
 * @param {IncomingMessage} request
 */
function declaredLength(request) {
  const header = request.headers['content-length'];
  if (header === undefined) return null;
  return /^\d{1,15}$/.test(header) ? Number(header) : Number.NaN;
}

/** @param {IncomingMessage} request */
const hasStreamedBody = (request) =>
  request.headers['transfer-encoding'] !== undefined && declaredLength(request) === null;

/**
 * Holds back a body of unknown length (chunked) until it has all arrived, counting its bytes; the app is
 * handed the request only afterwards. Resolves 'too-large' as soon as the count passes `limit` (at most
 * `limit` bytes are ever held and the rest is dropped unread), 'gone' when the client went away, 'within'
 * once the whole body is back in the request for the app to read.
 *
 * Node's HTTP parser delivers a body by calling the request's `push()`; catching it there, rather than
 * reading the stream, leaves the stream undisturbed (never read), which Next requires to wrap it in a
 * web Request, and its end still ahead for the app to see. Must be called synchronously in the 'request'
 * event, before the parser delivers any of the body.
 * @param {IncomingMessage} request
 * @param {number} limit
 * @returns {Promise<'within' | 'too-large' | 'gone'>}
 */
function holdStreamedBody(request, limit) {
  const push = request.push.bind(request);
  /** @type {Buffer[]} */
  const held = [];
  let total = request.readableLength;
  return new Promise((resolve) => {
    /** @param {'within' | 'too-large' | 'gone'} outcome */
    const settle = (outcome) => {
      request.off('close', onGone);
      resolve(outcome);
    };
    const onGone = () => settle('gone');
    /** @param {unknown} chunk */
    const holding = (chunk) => {
      if (total > limit) return true;
      if (chunk === null) {
        request.push = push;
        if (total > 0) push(Buffer.concat(held, total));
        push(null);
        settle('within');
        return false;
      }
      const bytes = /** @type {Buffer} */ (chunk);
      total += bytes.length;
      if (total > limit) {
        held.length = 0;
        settle('too-large');
      } else held.push(bytes);
      return true;
    };
    // Already whole (the parser is done with it): the stream holds it all, so only its size is left to judge.
    if (request.complete) return resolve(total > limit ? 'too-large' : 'within');
    request.push = /** @type {IncomingMessage['push']} */ (holding);
    request.on('close', onGone);
  });
}

module.exports = {
  DEFAULT_BODY_LIMIT_BYTES,
  REVALIDATE_BODY_LIMIT_BYTES,
  bodyLimitFor,
  declaredLength,
  hasStreamedBody,
  holdStreamedBody,
};
