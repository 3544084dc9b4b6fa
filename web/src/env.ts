import 'server-only';
import { z } from 'zod';

const serverEnvSchema = z.object({
  CMS_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:1337'),
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  /**
   * Where browsers reach the CMS, when that differs from CMS_URL (docker-compose: CMS_URL=http://cms:1337).
   * Read by web/server.js for the Content-Security-Policy (images from the CMS, its Preview frame).
   */
  CMS_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Where CMS uploads are served when the CMS keeps them on S3-compatible storage (its UPLOAD_S3_PUBLIC_URL).
   * Read by next.config.ts (next/image may load from it) and web/server.js (the CSP's img-src).
   */
  MEDIA_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * Addresses and CIDR ranges of proxies in front of the site, whose X-Forwarded-For / X-Real-IP are believed
   * (web/server.js, lib/http/trusted-proxies.js). Empty: none, the connection's address is the visitor's.
   */
  TRUSTED_PROXIES: z.string().optional(),
  /** Strapi API token for draft reads in draft mode only; published reads go without one. */
  CMS_PREVIEW_TOKEN: z.string().min(1).optional(),
  /** Bearer secret the CMS sends to POST /api/revalidate. Unset: every revalidation request is refused. */
  REVALIDATE_SECRET: z.string().min(1).optional(),
  /** Key of the CMS's signed preview links (GET /api/preview). Unset: draft preview is off. */
  PREVIEW_SECRET: z.string().min(1).optional(),
  /**
   * Shared with the CMS: proves the site's comment calls come from the site, so the CMS trusts the visitor IP
   * they carry, and keys the visitors' own-comment tokens. Unset: comments are posted without the visitor's IP
   * (the CMS then counts the site's address) and "awaiting moderation" is not shown after a reload.
   */
  WEB_TO_CMS_SECRET: z.string().min(1).optional(),
  CMS_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  /**
   * Base URLs of the edge caches in front of the site (Varnish with xkey), comma-separated: /api/revalidate
   * purges each of them by tag, then warms the changed pages through them. Unset: no edge (`npm start`).
   */
  EDGE_PURGE_URLS: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ''))))
    .default([]),
  /**
   * Redis shared by every site instance: Next's page and fetch cache (cache-handler.js) and the moderation
   * login throttle. Unset: Next's own file cache and an in-process throttle (one instance).
   */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Prefix of every Redis key the site writes, so several sites (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z.string().min(1).default('skinfacts:'),
  /**
   * Addresses (or CIDR ranges) on a private network that the avatar route may fetch commenters' pictures
   * from, comma-separated. Empty (the default): only public addresses, so a picture address cannot make this
   * server call inside its own network. Tests allow loopback, where their sign-in provider runs.
   */
  AVATAR_ALLOWED_PRIVATE_ADDRESSES: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()])))
    .default([]),
  /**
   * Commenters' sign-in (README, "Signing in to comment"): each provider is offered when its client id and
   * secret are set. The redirect URI to register is `<SITE_URL>/api/auth/callback/<provider>`.
   */
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  FACEBOOK_CLIENT_ID: z.string().min(1).optional(),
  FACEBOOK_CLIENT_SECRET: z.string().min(1).optional(),
  X_CLIENT_ID: z.string().min(1).optional(),
  X_CLIENT_SECRET: z.string().min(1).optional(),
  GITHUB_CLIENT_ID: z.string().min(1).optional(),
  GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
  WORDPRESS_CLIENT_ID: z.string().min(1).optional(),
  WORDPRESS_CLIENT_SECRET: z.string().min(1).optional(),
  /** Any OpenID Connect provider, by its issuer URL (discovery); OIDC_NAME labels its button. */
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).max(40).default('OpenID Connect'),
});

export type ServerEnv = z.output<typeof serverEnvSchema>;

/** Empty strings (e.g. `CMS_PREVIEW_TOKEN=` in an .env file) count as unset. */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = serverEnvSchema.safeParse(withoutEmpty(source));
  if (!parsed.success) {
    throw new Error(`Invalid server environment:\n${z.prettifyError(parsed.error)}`);
  }
  return { ...parsed.data, CMS_URL: parsed.data.CMS_URL.replace(/\/+$/, '') };
}

/** The server's environment, parsed once when this module loads. */
export const env: ServerEnv = parseServerEnv(process.env);
