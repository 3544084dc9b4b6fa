import 'server-only';
import { MODERATOR_SESSION_SECONDS } from '@skinfacts/shared';
import { env } from '@/env';

/** The moderator's users-permissions JWT lives in this cookie: httpOnly, so page JavaScript never sees it. */
export const SESSION_COOKIE = 'sf_moderator_session';
/** As long as the CMS's login behind it: a forgotten session ends within a working day. */
export const SESSION_MAX_AGE_SECONDS = MODERATOR_SESSION_SECONDS;

export type CookieOptions = {
  httpOnly: true;
  sameSite: 'strict';
  secure: boolean;
  path: '/';
  maxAge: number;
};

/**
 * Secure when the site's public address (SITE_URL) is https. Never decided by the request: a client-sent
 * X-Forwarded-Proto must not choose whether the session cookie may travel over plain http.
 */
export const siteIsHttps = () => new URL(env.SITE_URL).protocol === 'https:';

export function sessionCookieOptions(maxAge = SESSION_MAX_AGE_SECONDS): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: siteIsHttps(), path: '/', maxAge };
}

/** Reads the session JWT from a request's Cookie header. */
export function sessionFrom(request: Request): string | null {
  const header = request.headers.get('cookie') ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('=')) || null;
  }
  return null;
}

/** A Set-Cookie header value (route handlers build their own Response, so they set it by hand). */
export function serializeSessionCookie(value: string, options: CookieOptions): string {
  const parts = [
    `${SESSION_COOKIE}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAge}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

export const clearSessionCookie = () => serializeSessionCookie('', sessionCookieOptions(0));
