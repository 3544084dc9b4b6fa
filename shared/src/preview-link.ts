import { createHmac } from 'node:crypto';

/**
 * The link the CMS's Preview button opens on the site: `<site>/api/preview?path&status&expires&signature`,
 * signed with HMAC-SHA256 over path, status and expiry under PREVIEW_SECRET. The CMS makes it
 * (cms/src/preview/button.ts); the site checks it (web/src/lib/preview/preview-link.ts). The secret itself
 * never reaches the editor's browser.
 *
 * Server code only: it uses node:crypto, so it is an entry of its own (`@skinfacts/shared/preview-link`),
 * never re-exported from the main entry, which browser code may load.
 */

export const PREVIEW_STATUSES = ['draft', 'published'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

/** The site's route that checks a preview link and turns on draft mode. */
export const PREVIEW_ROUTE = '/api/preview';

export function previewSignature(
  secret: string,
  path: string,
  status: PreviewStatus,
  expires: number,
): string {
  return createHmac('sha256', secret).update(`${path}\n${status}\n${expires}`).digest('base64url');
}

/** A signed link to `path` on the site at `siteUrl`, valid until `expires` (seconds since the epoch). */
export function signedPreviewUrl(
  site: { url: string; secret: string },
  path: string,
  status: PreviewStatus,
  expires: number,
): string {
  const url = new URL(`${site.url.replace(/\/+$/, '')}${PREVIEW_ROUTE}`);
  url.searchParams.set('path', path);
  url.searchParams.set('status', status);
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('signature', previewSignature(site.secret, path, status, expires));
  return url.toString();
}
