// @ts-check
'use strict';

const { URL } = require('node:url');
const { VISITOR_IP_HEADER } = require('@skinfacts/shared/headers');

const { bodyLimitFor, declaredLength, hasStreamedBody, holdStreamedBody } = require('./body-limit');
const { comesFromSite, declaresJson, needsSameOrigin } = require('./request-origin');
const { securityHeaders } = require('./security-headers');
const { parseTrustedProxies, visitorAddress } = require('./trusted-proxies');

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {{ status: number, error: string }} Refusal */

/**
 * @typedef {object} SiteDoorConfig
 * @property {string} siteOrigin the origin of SITE_URL: the only one whose pages may change anything
 * @property {import('./trusted-proxies').TrustedProxies} trustedProxies
 * @property {(pathname: string) => Record<string, string>} headersFor security headers by path
 */

/** @param {string | undefined} value @param {string} fallback @param {string} name */
function httpUrl(value, fallback, name) {
  const text = value || fallback;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name}: "${text}" is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name}: use an http(s) URL.`);
  return url.toString();
}

/**
 * The door's settings from the site's environment (web/.env): SITE_URL, CMS_PUBLIC_URL (else CMS_URL),
 * MEDIA_PUBLIC_URL and TRUSTED_PROXIES. Throws with the variable's name when one cannot be read, so the server does not start.
 * @param {Record<string, string | undefined>} env
 * @returns {SiteDoorConfig}
 */
function siteDoorConfig(env) {
  const siteUrl = httpUrl(env.SITE_URL, 'http://localhost:3000', 'SITE_URL');
  const cmsUrl = httpUrl(env.CMS_URL, 'http://127.0.0.1:1337', 'CMS_URL');
  const cmsPublicUrl = httpUrl(env.CMS_PUBLIC_URL, cmsUrl, 'CMS_PUBLIC_URL');
  const mediaPublicUrl = env.MEDIA_PUBLIC_URL
    ? httpUrl(env.MEDIA_PUBLIC_URL, '', 'MEDIA_PUBLIC_URL')
    : undefined;
  return {
    siteOrigin: new URL(siteUrl).origin,
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    headersFor: securityHeaders({ siteUrl, cmsPublicUrl, mediaPublicUrl }),
  };
}

/**
 * What is wrong with a request before any of its body is read, or null.
 * @param {IncomingMessage} request
 * @param {string} pathname
 * @param {SiteDoorConfig} config
 * @returns {Refusal | null}
 */
function refusalBeforeBody(request, pathname, config) {
  const limit = bodyLimitFor(pathname);
  const length = declaredLength(request);
  if (Number.isNaN(length)) return { status: 400, error: 'The Content-Length header is not a number.' };
  if (length !== null && length > limit) return tooLarge(limit);
  if (needsSameOrigin(request, pathname)) {
    if (!comesFromSite(request, config.siteOrigin)) {
      return {
        status: 403,
        error: `This request did not come from ${config.siteOrigin}; changes are accepted from the site's own pages only.`,
      };
    }
    if (!declaresJson(request)) {
      return { status: 415, error: 'Send the body as JSON, with Content-Type: application/json.' };
    }
  }
  return null;
}

/** @param {number} limit */
const tooLarge = (limit) => ({
  status: 413,
  error: `The request body is larger than ${limit / 1024} KB, the most this address accepts.`,
});

/**
 * @param {IncomingMessage} request
 * @param {ServerResponse} response
 * @param {Refusal} refusal
 */
function refuse(request, response, { status, error }) {
  // A body left unread would otherwise be read to its end before the connection could serve another request.
  const bodyPending = !request.complete;
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(bodyPending ? { Connection: 'close' } : {}),
  });
  response.end(JSON.stringify({ error }));
}

/** @param {IncomingMessage} request */
function pathnameOf(request) {
  try {
    return new URL(request.url ?? '/', 'http://site.invalid').pathname;
  } catch {
    return null;
  }
}

/**
 * The site's front door, in front of Next for every request: security headers on every response, the
 * visitor's address in one header the app can trust, body limits, and for state-changing requests the
 * same-origin and JSON checks. Resolves true when the request may go on to the app, false when the door
 * has answered it (or the client left). Call it synchronously from the server's 'request' event: a chunked
 * body is caught as it arrives. `beforeBody` runs once the request may send its body (for
 * `Expect: 100-continue`, the server sends 100 Continue then).
 * @param {SiteDoorConfig} config
 */
function createSiteDoor(config) {
  /**
   * @param {IncomingMessage} request
   * @param {ServerResponse} response
   * @param {() => void} [beforeBody]
   * @returns {Promise<boolean>}
   */
  return async function admit(request, response, beforeBody) {
    const pathname = pathnameOf(request);
    for (const [name, value] of Object.entries(config.headersFor(pathname ?? '/'))) {
      response.setHeader(name, value);
    }
    if (pathname === null) {
      refuse(request, response, { status: 400, error: 'The request URL cannot be read.' });
      return false;
    }
    // Whatever the client sent in this header is replaced: only the door knows the connection.
    const realIp = request.headers['x-real-ip'];
    const visitor = visitorAddress(
      {
        socketAddress: request.socket.remoteAddress,
        forwardedFor: [request.headers['x-forwarded-for'] ?? []].flat().join(','),
        realIp: typeof realIp === 'string' ? realIp : undefined,
      },
      config.trustedProxies,
    );
    if (visitor) request.headers[VISITOR_IP_HEADER] = visitor;
    else delete request.headers[VISITOR_IP_HEADER];

    const refusal = refusalBeforeBody(request, pathname, config);
    if (refusal) {
      refuse(request, response, refusal);
      return false;
    }
    const limit = bodyLimitFor(pathname);
    const held = hasStreamedBody(request) ? holdStreamedBody(request, limit) : null;
    beforeBody?.();
    const outcome = held ? await held : 'within';
    if (outcome === 'too-large') refuse(request, response, tooLarge(limit));
    return outcome === 'within';
  };
}

module.exports = { createSiteDoor, siteDoorConfig };
