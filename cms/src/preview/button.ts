import type { Core, UID } from '@strapi/strapi';
import { contentPath, type PreviewableContent } from '@skinfacts/shared';
import { signedPreviewUrl, type PreviewStatus } from '@skinfacts/shared/preview-link';
import { isRecord } from '../utils/is-record';

/** Content types whose drafts have a page on the site, and which kind of page (the route map is shared). */
const PREVIEW_PAGES: Partial<Record<UID.ContentType, PreviewableContent>> = {
  'api::article.article': 'article',
  'api::treatment.treatment': 'treatment',
};

/** How long a preview link from the admin panel opens draft mode; the draft-mode cookie then lasts the session. */
export const PREVIEW_LINK_TTL_SECONDS = 60 * 60;

/** A link to `path` that opens draft mode on the site for an hour. */
function signedPreviewLink(
  site: { url: string; secret: string },
  path: string,
  status: PreviewStatus,
  now = Date.now(),
): string {
  return signedPreviewUrl(site, path, status, Math.floor(now / 1000) + PREVIEW_LINK_TTL_SECONDS);
}

type HandlerParams = { documentId?: string; status?: string };
type PreviewHandler = (uid: string, params: HandlerParams) => Promise<string | null>;

function isPageType(uid: string): uid is UID.ContentType {
  return uid in PREVIEW_PAGES;
}

/** Builds the Preview button's handler: the site's preview link for an article or treatment, null otherwise. */
export function createPreviewHandler(
  site: { url: string; secret: string },
  getStrapi: () => Core.Strapi,
): PreviewHandler {
  return async (uid, { documentId, status }) => {
    if (!isPageType(uid) || !documentId) return null;
    const previewStatus: PreviewStatus = status === 'published' ? 'published' : 'draft';
    // The draft version is the row without publishedAt, the published version the one with it.
    const publishedAt = previewStatus === 'published' ? { $notNull: true } : { $null: true };
    const row: unknown = await getStrapi()
      .db.query(uid)
      .findOne({ where: { documentId, publishedAt }, select: ['slug'] });
    const slug = isRecord(row) ? row.slug : undefined;
    const kind = PREVIEW_PAGES[uid];
    if (typeof slug !== 'string' || slug === '' || !kind) return null;
    return signedPreviewLink(site, contentPath[kind](slug), previewStatus);
  };
}

type Env = { (key: string): string | undefined };

/**
 * `admin.preview` for config/admin.ts: on when the site's address (WEB_PUBLIC_URL, else WEB_URL) and
 * PREVIEW_SECRET are set. allowedOrigins lets the admin panel frame the site (Strapi adds it to frame-src).
 */
export function previewConfig(env: Env): NonNullable<Core.Config.Admin['preview']> {
  const url = env('WEB_PUBLIC_URL') || env('WEB_URL');
  const secret = env('PREVIEW_SECRET');
  if (!url || !secret || !URL.canParse(url)) {
    return { enabled: false, config: { handler: () => null } };
  }
  return {
    enabled: true,
    config: {
      allowedOrigins: [new URL(url).origin],
      handler: createPreviewHandler({ url, secret }, () => strapi),
    },
  };
}
