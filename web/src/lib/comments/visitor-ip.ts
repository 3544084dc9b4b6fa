/**
 * The visitor's IP from the request headers. For X-Forwarded-For the rightmost entry counts: it is the one the
 * nearest proxy wrote (or, with no proxy, the connection's address that Next.js puts there), while entries to
 * its left are whatever the client claimed. Any other header (X-Real-IP, CF-Connecting-IP) is taken whole.
 */
export function visitorIp(headers: Headers, headerName: string): string | null {
  const value = headers.get(headerName);
  if (!value) return null;
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chosen = headerName.toLowerCase() === 'x-forwarded-for' ? entries.at(-1) : entries[0];
  return chosen ? chosen.slice(0, 64) : null;
}
