// @ts-check
'use strict';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */

const STATE_CHANGING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Server-to-server routes that prove who calls them with their own secret, and so take no Origin check:
 * the CMS's revalidation webhook (a Bearer secret, see app/api/revalidate/route.ts), and the one-click
 * unsubscribe of mails (RFC 8058: mail providers POST a form from anywhere; the signed token in the URL is the
 * proof, see app/api/email/unsubscribe/route.ts).
 */
const ORIGIN_EXEMPT_PATHS = new Set(['/api/revalidate', '/api/email/unsubscribe']);

/** @param {IncomingMessage} request @param {string} pathname */
const needsSameOrigin = (request, pathname) =>
  STATE_CHANGING_METHODS.has(String(request.method).toUpperCase()) && !ORIGIN_EXEMPT_PATHS.has(pathname);

/**
 * Whether a state-changing request was sent by this site's own pages. Browsers send `Origin` with every
 * POST, PUT, PATCH and DELETE, so it must be the site's (SITE_URL); where it is missing, Fetch Metadata must
 * say the request did not come from another site. Neither header (a script, not a browser): refused too,
 * since the site's routes serve its own pages only.
 * @param {IncomingMessage} request
 * @param {string} siteOrigin
 */
function comesFromSite(request, siteOrigin) {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin === siteOrigin;
  const fetchSite = request.headers['sec-fetch-site'];
  return fetchSite === 'same-origin' || fetchSite === 'none';
}

/**
 * Whether the body is declared as JSON, the only kind the site's routes read. An HTML form or a
 * cross-site `fetch` without a CORS preflight cannot send that type.
 * @param {IncomingMessage} request
 */
function declaresJson(request) {
  const type = request.headers['content-type'];
  if (!type) return false;
  return (type.split(';')[0] ?? '').trim().toLowerCase() === 'application/json';
}

module.exports = { needsSameOrigin, comesFromSite, declaresJson };
