/**
 * What request body each route may carry. Multipart is parsed only where Strapi takes files: the media
 * library (`/upload…` for the admin, `/api/upload…` for API users) and the admin's logo settings. Every other
 * route refuses it before a byte reaches the disk.
 */

const KB = 1024;
const MB = 1024 * KB;

/** API routes and everything unknown: a comment, a login or a moderation decision is a few KB at most. */
export const API_JSON_LIMIT_BYTES = 64 * KB;
/**
 * Admin routes: an editor saves a whole article at once. The largest seeded article is about 7.6 KB of JSON
 * (src/seed/articles); 4 MB leaves room for articles hundreds of times longer.
 */
export const ADMIN_JSON_LIMIT_BYTES = 4 * MB;
/** Text fields that come with an upload (fileInfo, logo settings). */
export const MULTIPART_FIELDS_LIMIT_BYTES = 64 * KB;
export const MULTIPART_MAX_FIELDS = 20;

export type BodyRules = {
  /** Where multipart is accepted at all. */
  multipart: boolean;
  /** Largest JSON, urlencoded or text body, in bytes. */
  textLimitBytes: number;
};

const MULTIPART_PATHS = [/^\/upload(\/|$)/, /^\/api\/upload(\/|$)/, /^\/admin\/project-settings\/?$/];

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * `adminPrefixes` are the admin API's roots: `/admin` and one per plugin (`/content-manager`, `/upload`, …).
 * Only they get the editors' limit; the public API and any unknown path get the small one.
 */
export function bodyRulesFor(path: string, adminPrefixes: readonly string[]): BodyRules {
  return {
    multipart: MULTIPART_PATHS.some((pattern) => pattern.test(path)),
    textLimitBytes: adminPrefixes.some((prefix) => isUnder(path, prefix))
      ? ADMIN_JSON_LIMIT_BYTES
      : API_JSON_LIMIT_BYTES,
  };
}

export const describeBytes = (bytes: number) =>
  bytes >= MB ? `${bytes / MB} MB` : bytes >= KB ? `${bytes / KB} KB` : `${bytes} bytes`;
