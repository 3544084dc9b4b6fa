import { previewSignature, type PreviewStatus } from '@skinfacts/shared/preview-link';
import { isPreviewPath } from '@skinfacts/shared/site-routes';
import { safeEqual } from '@/lib/safe-equal';

export type PreviewLinkCheck =
  | { ok: true; path: string; previewStatus: PreviewStatus }
  | { ok: false; httpStatus: 400 | 401; reason: string };

const refuse = (httpStatus: 400 | 401, reason: string): PreviewLinkCheck => ({
  ok: false,
  httpStatus,
  reason,
});

/**
 * Checks a link from the CMS's Preview button: `?path&status&expires&signature`, signed as
 * @skinfacts/shared/preview-link says. The signature is checked first (401), so nothing else is revealed to
 * whoever lacks one; then the expiry (401) and the path (400).
 */
export function checkPreviewLink(
  params: URLSearchParams,
  secret: string | undefined,
  now = Date.now(),
): PreviewLinkCheck {
  if (!secret) return refuse(401, 'Draft preview is off on this site (PREVIEW_SECRET is not set).');
  const path = params.get('path') ?? '';
  const status = params.get('status');
  const expiresText = params.get('expires') ?? '';
  const signature = params.get('signature') ?? '';
  const expires = /^\d{1,12}$/.test(expiresText) ? Number(expiresText) : NaN;
  if ((status !== 'draft' && status !== 'published') || Number.isNaN(expires) || !signature) {
    return refuse(401, 'This is not a valid preview link. Open the preview from the CMS.');
  }
  if (!safeEqual(signature, previewSignature(secret, path, status, expires))) {
    return refuse(401, 'This is not a valid preview link. Open the preview from the CMS.');
  }
  if (expires * 1000 < now)
    return refuse(401, 'This preview link has expired. Open the preview again from the CMS.');
  if (!isPreviewPath(path)) return refuse(400, 'Only article and treatment pages can be previewed.');
  return { ok: true, path, previewStatus: status };
}
