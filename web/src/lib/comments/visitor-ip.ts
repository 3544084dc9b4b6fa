import { VISITOR_IP_HEADER } from '@skinfacts/shared/headers';

/**
 * The visitor's IP, as web/server.js worked it out from the connection (and from X-Forwarded-For only when
 * the connection is a trusted proxy, see lib/http/trusted-proxies.js). The server replaces this header on
 * every request, so no client can choose it. Null without the server (`next dev`).
 */
export function visitorIp(headers: Headers): string | null {
  const value = headers.get(VISITOR_IP_HEADER)?.trim();
  return value ? value.slice(0, 64) : null;
}
