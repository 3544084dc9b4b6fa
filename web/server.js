// @ts-check
/**
 * The site in production: Next's documented custom server (node_modules/next/dist/docs/01-app/02-guides/
 * custom-server.md) around `next start`'s own request handler, so that a page that cannot render because the
 * CMS is down answers 503 with Retry-After instead of 500. Plain JavaScript, so production runs it with plain
 * `node`: a TypeScript loader hooked into every `require` cost about a quarter of the warm article page's
 * throughput. Takes `next start`'s `-p/--port` and `-H/--hostname`; `npm run dev` stays on `next dev`.
 */
'use strict';

const { createServer } = require('node:http');
const { setTimeout } = require('node:timers');
const { parseArgs } = require('node:util');

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

/**
 * Next answers every failed render with 500 and offers no way to choose another status (only 404, 403 and
 * 401 have their own errors), so the status is changed on its way out: Node sends every status line
 * through `response.writeHead`, including the implicit one that `write()` and `end()` send.
 * @param {ServerResponse} response
 */
function answer503WhenCmsUnavailable(response) {
  const writeHead = /** @type {WriteHead} */ (response.writeHead.bind(response));
  /** @type {WriteHead} */
  const replacement = (statusCode, ...rest) => {
    if (statusCode !== 500 || !cmsUnavailableLately()) return writeHead(statusCode, ...rest);
    response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    // A reason phrase given for the 500 would contradict the 503; without one Node sends 503's own.
    const headers = typeof rest[0] === 'string' ? rest.slice(1) : rest;
    return writeHead(503, ...headers);
  };
  response.writeHead = /** @type {ServerResponse['writeHead']} */ (replacement);
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

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };

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
  const handle = withCmsOutageStatus(app.getRequestHandler());
  const server = createServer((request, response) => {
    Promise.resolve(handle(request, response)).catch((error) => {
      console.error(`Failed to handle request for ${request.url}`, error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });

  // Stop accepting connections and let open requests finish, as `next start` does for Docker's SIGTERM.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      server.close(() => process.exit(SIGNAL_EXIT_CODES[signal]));
      setTimeout(() => process.exit(SIGNAL_EXIT_CODES[signal]), 10_000).unref();
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

module.exports = { withCmsOutageStatus, RETRY_AFTER_SECONDS, OUTAGE_WINDOW_MS };
