import 'server-only';
import { env } from '@/env';
import { visitorIp } from '@/lib/comments/visitor-ip';

/** The address a login counts against when the visitor's own cannot be told. */
export const UNKNOWN_ADDRESS = 'unknown';

/** The visitor's address — the one place the moderator login reads it. */
export function clientAddressOf(request: Request): string {
  return visitorIp(request.headers, env.CLIENT_IP_HEADER) ?? UNKNOWN_ADDRESS;
}
