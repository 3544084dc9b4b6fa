import 'server-only';
import { visitorIp } from '@/lib/comments/visitor-ip';

/** The address a login counts against when the visitor's own cannot be told (`next dev`, without server.js). */
export const UNKNOWN_ADDRESS = 'unknown';

/** The visitor's address — the one place the moderator login reads it. */
export function clientAddressOf(request: Request): string {
  return visitorIp(request.headers) ?? UNKNOWN_ADDRESS;
}
