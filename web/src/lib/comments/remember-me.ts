/**
 * The "Remember me" cookie: name, email and website of a commenter, stored in the browser only when the
 * visitor ticks the box. Client-side helpers; the value is JSON, URI-encoded. No zod here: this runs on every
 * article page, and zod is loaded only once a visitor uses the form.
 */

export const REMEMBER_COOKIE = 'skinfacts_commenter';
export const REMEMBER_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

export type RememberedCommenter = { authorName: string; authorEmail: string; authorUrl: string };

export function rememberCookie(values: RememberedCommenter): string {
  const value = encodeURIComponent(JSON.stringify(values));
  return `${REMEMBER_COOKIE}=${value}; Max-Age=${REMEMBER_MAX_AGE_SECONDS}; Path=/; SameSite=Lax`;
}

export function forgetCookie(): string {
  return `${REMEMBER_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
}

const textOrEmpty = (value: unknown) => (typeof value === 'string' ? value : '');

/** Reads the remembered commenter from a `document.cookie` string; anything malformed reads as nothing. */
export function readRemembered(cookieHeader: string): RememberedCommenter | null {
  const entry = cookieHeader
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${REMEMBER_COOKIE}=`));
  if (!entry) return null;
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(entry.slice(REMEMBER_COOKIE.length + 1)));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const values = parsed as Record<string, unknown>;
    return {
      authorName: textOrEmpty(values.authorName),
      authorEmail: textOrEmpty(values.authorEmail),
      authorUrl: textOrEmpty(values.authorUrl),
    };
  } catch {
    return null;
  }
}
