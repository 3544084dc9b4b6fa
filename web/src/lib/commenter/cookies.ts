import 'server-only';
import { siteIsHttps } from '@/lib/auth/session';

/** A cookie from a request's Cookie header, or null. */
export function cookieFrom(request: Request, name: string): string | null {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('=')) || null;
  }
  return null;
}

/**
 * A Set-Cookie value for the commenter's cookies: httpOnly, SameSite=Lax (the provider's redirect back is a
 * top-level navigation from another site, which must carry them), Secure when SITE_URL is https.
 */
export function commenterCookie(name: string, value: string, maxAgeSeconds: number, path = '/'): string {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${path}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (siteIsHttps()) parts.push('Secure');
  return parts.join('; ');
}
