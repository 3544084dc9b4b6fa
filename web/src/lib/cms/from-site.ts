import 'server-only';
import { isIP } from 'node:net';
import { CLIENT_IP_HEADER, WEB_SECRET_HEADER } from '@skinfacts/shared/headers';
import { env } from '@/env';

/**
 * Headers that prove a call comes from the site. With them the CMS takes `clientAddress` as the caller's
 * address (its per-IP limits then count visitors, not the site); a value that is not an IP is not sent.
 */
export function fromSiteHeaders(clientAddress?: string | null): Record<string, string> {
  if (!env.WEB_TO_CMS_SECRET) return {};
  const headers: Record<string, string> = { [WEB_SECRET_HEADER]: env.WEB_TO_CMS_SECRET };
  if (clientAddress && isIP(clientAddress)) headers[CLIENT_IP_HEADER] = clientAddress;
  return headers;
}
