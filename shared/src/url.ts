/**
 * True when `value` is an absolute http:// or https:// URL with a host and without embedded
 * credentials. Anything else (javascript:, data:, mailto:, protocol-relative, "https:host") is
 * rejected, so the value is safe to use as a link target.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || /[\s\p{Cc}]/u.test(value)) return false;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return false;
  }
  const httpLike = parsed.protocol === 'http:' || parsed.protocol === 'https:';
  return httpLike && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
