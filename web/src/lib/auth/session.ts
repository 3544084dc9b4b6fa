import 'server-only';
import { MODERATOR_SESSION_SECONDS } from '@skinfacts/shared';

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

/** Secure when the browser reached the site over https (directly or through a proxy that says so). */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return (forwarded ?? new URL(request.url).protocol.replace(':', '')) === 'https';
}

export function sessionCookieOptions(request: Request, maxAge = SESSION_MAX_AGE_SECONDS): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: isHttps(request), path: '/', maxAge };
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

export const clearSessionCookie = (request: Request) =>
  serializeSessionCookie('', sessionCookieOptions(request, 0));
