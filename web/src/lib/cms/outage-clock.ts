/**
 * When a CMS read last found the CMS unreachable, slow or answering 5xx. web/server.js reads it to answer a
 * page that failed because of it with 503; the app's server bundle and web/server.js are separate module
 * graphs in one process, so the time lives in a global under this key (spelt the same in server.js).
 */
export const CMS_UNAVAILABLE_AT = Symbol.for('skinfacts.cms-unavailable-at');

export function noteCmsUnavailable(now = Date.now()): void {
  (globalThis as Record<symbol, unknown>)[CMS_UNAVAILABLE_AT] = now;
}
