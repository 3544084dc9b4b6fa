// @ts-check
/**
 * The site in production: Next's documented custom server (node_modules/next/dist/docs/01-app/02-guides/
 * custom-server.md) around `next start`'s own request handler, so that a page that cannot render because the
 * CMS is down answers 503 with Retry-After instead of 500, with a notice that shows without JavaScript; it
 * also compresses responses, which Next would otherwise do itself, and puts the site's front door
 * (src/lib/http/site-door.js: security headers, the visitor's address, body limits, same-origin checks) in
 * front of every request, where the connection and the unread body can still be seen; and it tells an edge
 * cache each page's cache tags in an `xkey` header (src/lib/cache/xkey-header.js). Plain JavaScript, so production runs it
 * with plain `node`: a TypeScript loader hooked into every `require` cost about a quarter of the warm article
 * page's throughput. Takes `next start`'s `-p/--port` and `-H/--hostname`; `npm run dev` stays on `next dev`.
 */
'use strict';

const { Buffer } = require('node:buffer');
const { createServer } = require('node:http');
const { setTimeout } = require('node:timers');
const { parseArgs } = require('node:util');
const compression = require('compression');
const { createSiteDoor, siteDoorConfig } = require('./src/lib/http/site-door');
const { withXkeyHeader } = require('./src/lib/cache/xkey-header');

/** How long a client or crawler is asked to wait before trying a page again while the CMS is down. */
const RETRY_AFTER_SECONDS = 30;

/**
 * A page that fails this soon after a CMS read found the CMS unavailable is taken to have failed because of
 * it. A time rather than a per-request mark: Next's response cache lets concurrent requests for one page
 * share a single render, so only one of them would carry the mark, and an AsyncLocalStorage per request cost
 * about a fifth of the warm article page's throughput on Node 20.
 */
const OUTAGE_WINDOW_MS = 10_000;

/** Set by the app's server bundle (web/src/lib/cms/outage-clock.ts), a separate module graph in this process. */
const CMS_UNAVAILABLE_AT = Symbol.for('skinfacts.cms-unavailable-at');

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {(request: IncomingMessage, response: ServerResponse) => Promise<void> | void} RequestHandler */
/** @typedef {(statusCode: number, ...rest: unknown[]) => ServerResponse} WriteHead */

function cmsUnavailableLately() {
  const at = /** @type {Record<symbol, unknown>} */ (globalThis)[CMS_UNAVAILABLE_AT];
  return typeof at === 'number' && Date.now() - at < OUTAGE_WINDOW_MS;
}

/** What a reader without JavaScript sees on the 503 page; with JavaScript, error.tsx is drawn in its place. */
const NO_SCRIPT_NOTICE =
  '<noscript><div class="notice" role="status"><h1>Content is temporarily unavailable</h1>' +
  '<p>We couldn’t load this page just now. Please try again in a moment.</p></div></noscript>';

/**
 * `chunk` with the notice inserted after its `<body…>` tag, or undefined when the tag is not in it. Buffers
 * are spliced as bytes, so a character split across two chunks stays intact.
 * @param {unknown} chunk
 * @returns {string | Buffer | undefined}
 */
function withNoScriptNotice(chunk) {
  if (typeof chunk === 'string') {
    const tag = /<body\b[^>]*>/i.exec(chunk);
    if (!tag) return undefined;
    const at = tag.index + tag[0].length;
    return chunk.slice(0, at) + NO_SCRIPT_NOTICE + chunk.slice(at);
  }
  if (!(chunk instanceof Uint8Array)) return undefined;
  const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const start = bytes.indexOf('<body');
  const end = start === -1 ? -1 : bytes.indexOf('>', start);
  if (end === -1) return undefined;
  return Buffer.concat([bytes.subarray(0, end + 1), Buffer.from(NO_SCRIPT_NOTICE), bytes.subarray(end + 1)]);
}

/**
 * Next answers every failed render with 500 and offers no way to choose another status (only 404, 403 and
 * 401 have their own errors), so the status is changed on its way out: Node sends every status line
 * through `response.writeHead`, including the implicit one that `write()` and `end()` send. Next's
 * document for a failed render has an empty body (the browser draws error.tsx), so the notice is written
 * into it for readers without JavaScript.
 * @param {ServerResponse} response
 */
function answer503WhenCmsUnavailable(response) {
  /** @type {boolean | undefined} Decided once: by writeHead, or by the first write or end (which call it). */
  let outage;
  /** @param {number} statusCode */
  const isOutage = (statusCode) => (outage ??= statusCode === 500 && cmsUnavailableLately());
  const isHtml = () => String(response.getHeader('content-type') ?? '').startsWith('text/html');

  const writeHead = /** @type {WriteHead} */ (response.writeHead.bind(response));
  /** @type {WriteHead} */
  const replacement = (statusCode, ...rest) => {
    if (!isOutage(statusCode)) return writeHead(statusCode, ...rest);
    response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    // The notice makes the body longer than Next declared. Without a declared length Node counts a body sent
    // by end() alone, and sends any other body chunked.
    if (isHtml()) response.removeHeader('content-length');
    // A reason phrase given for the 500 would contradict the 503; without one Node sends 503's own.
    const headers = typeof rest[0] === 'string' ? rest.slice(1) : rest;
    return writeHead(503, ...headers);
  };
  response.writeHead = /** @type {ServerResponse['writeHead']} */ (replacement);

  let noticeWritten = false;
  /** @param {unknown} chunk */
  const noticed = (chunk) => {
    if (noticeWritten || !isOutage(response.statusCode) || !isHtml()) return chunk;
    const changed = withNoScriptNotice(chunk);
    if (changed === undefined) return chunk;
    noticeWritten = true;
    return changed;
  };
  // The originals, bound to this response; they take the same arguments whichever overload is called.
  const write = /** @type {(...args: unknown[]) => boolean} */ (response.write.bind(response));
  const end = /** @type {(...args: unknown[]) => ServerResponse} */ (response.end.bind(response));
  /** @param {unknown[]} args */
  const writeNoticed = (...args) => write(noticed(args[0]), ...args.slice(1));
  /** @param {unknown[]} args */
  const endNoticed = (...args) => end(noticed(args[0]), ...args.slice(1));
  response.write = /** @type {ServerResponse['write']} */ (writeNoticed);
  response.end = /** @type {ServerResponse['end']} */ (endNoticed);
}

/**
 * Wraps a request handler so that a page read (GET or HEAD) that fails while the CMS is unavailable answers
 * 503 with Retry-After instead of 500, with the same friendly error page. Other failures keep 500; pages
 * served from the cache never render, so they keep their 200 while the CMS is down.
 * @param {RequestHandler} handle
 * @returns {RequestHandler}
 */
function withCmsOutageStatus(handle) {
  return (request, response) => {
    if (request.method === 'GET' || request.method === 'HEAD') answer503WhenCmsUnavailable(response);
    return handle(request, response);
  };
}

/** @typedef {(request: IncomingMessage, response: ServerResponse, next: () => void) => void} Middleware */

/**
 * Compresses responses as `next start` does (with the same `compression` package; Next's own is off in
 * next.config.ts). It sits outside withCmsOutageStatus, so the outage notice is written into a page before
 * the page is compressed.
 * @param {RequestHandler} handle
 * @returns {RequestHandler}
 */
function withCompression(handle) {
  const compress = /** @type {Middleware} */ (/** @type {unknown} */ (compression()));
  return (request, response) =>
    new Promise((resolve, reject) => {
      compress(request, response, () => {
        Promise.resolve(handle(request, response)).then(resolve, reject);
      });
    });
}

/**
 * The site's HTTP server around a Next request handler: the front door first (it may answer a request
 * itself), then compression and the CMS-outage status. `env` is the site's environment (SITE_URL,
 * CMS_PUBLIC_URL, TRUSTED_PROXIES).
 * `isDraining` says the process is shutting down: the health route then answers 503, so that load balancers
 * send no new requests here while the open ones finish.
 * @param {RequestHandler} nextHandler
 * @param {Record<string, string | undefined>} env
 * @param {{ isDraining?: () => boolean }} [options]
 */
function createSiteServer(nextHandler, env, options = {}) {
  const admit = createSiteDoor(siteDoorConfig(env));
  const handle = withCompression(withXkeyHeader(withCmsOutageStatus(nextHandler)));
  /** @param {IncomingMessage} request @param {ServerResponse} response @param {() => void} [beforeBody] */
  const onRequest = (request, response, beforeBody) => {
    if (request.url === HEALTH_PATH && options.isDraining?.()) {
      response.writeHead(503, { 'Cache-Control': 'no-store', Connection: 'close' }).end();
      return;
    }
    admit(request, response, beforeBody)
      .then((admitted) => (admitted ? handle(request, response) : undefined))
      .catch((error) => {
        console.error(`Failed to handle request for ${request.url}`, error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
  };
  const server = createServer(onRequest);
  // With `Expect: 100-continue` the client waits before sending its body: a request the door refuses on its
  // headers (too large, another origin, not JSON) is answered without ever asking for the body.
  server.on('checkContinue', (request, response) =>
    onRequest(request, response, () => response.writeContinue()),
  );
  return server;
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };

/** The site's health route (app/api/health), which load balancers and the edge probe. */
const HEALTH_PATH = '/api/health';

/**
 * SHUTDOWN_DRAIN_SECONDS in milliseconds: 0 when unset (one process, nothing probes it).
 * @param {string | undefined} value
 */
function drainMilliseconds(value) {
  if (value === undefined || value.trim() === '') return 0;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 60) {
    throw new Error(`SHUTDOWN_DRAIN_SECONDS must be a number of seconds from 0 to 60, got "${value}"`);
  }
  return seconds * 1000;
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname;
  // As `next start` does; React and Next pick their production builds from it when they load below.
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'production' });
  const { default: next } = await import('next');

  const app = next({ dev: false, dir: __dirname, hostname, port });
  await app.prepare();
  // After prepare(), which has loaded web/.env into process.env.
  let draining = false;
  const server = createSiteServer(app.getRequestHandler(), process.env, { isDraining: () => draining });
  const drainMs = drainMilliseconds(process.env.SHUTDOWN_DRAIN_SECONDS);

  // Behind a load balancer (SHUTDOWN_DRAIN_SECONDS), first fail its health probe while still serving; then
  // stop accepting connections and let open requests finish, as `next start` does for Docker's SIGTERM.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      draining = true;
      setTimeout(() => {
        server.close(() => process.exit(SIGNAL_EXIT_CODES[signal]));
        server.closeIdleConnections();
        setTimeout(() => process.exit(SIGNAL_EXIT_CODES[signal]), 10_000).unref();
      }, drainMs).unref();
    });
  }

  server.listen(port, hostname, () => {
    console.log(`▲ Skinfacts site ready on http://${hostname ?? 'localhost'}:${port}`);
  });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = {
  createSiteServer,
  drainMilliseconds,
  withCmsOutageStatus,
  withCompression,
  RETRY_AFTER_SECONDS,
  OUTAGE_WINDOW_MS,
};
