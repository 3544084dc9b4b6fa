/**
 * The browser origins that may call the CMS with credentials: the site (WEB_PUBLIC_URL, else WEB_URL), the
 * admin panel's own address (PUBLIC_URL) and any listed in CORS_ORIGINS (comma-separated). Everything else
 * gets no Access-Control-Allow-Origin, so a page elsewhere can't read an admin's token with their cookie.
 */
export function allowedOrigins(env: Record<string, string | undefined>): string[] {
  const site = env.WEB_PUBLIC_URL?.trim() || env.WEB_URL?.trim();
  const extra = (env.CORS_ORIGINS ?? '').split(',');
  const origins = [site, env.PUBLIC_URL, ...extra]
    .map((value) => value?.trim())
    .filter((value): value is string => Boolean(value))
    .map((value) => originOf(value));
  return [...new Set(origins)];
}

function originOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`CORS: "${value}" is not a URL; list origins like https://skinfacts.example`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`CORS: "${value}" must be an http(s) origin`);
  }
  return url.origin;
}
