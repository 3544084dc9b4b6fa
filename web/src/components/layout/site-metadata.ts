import type { Metadata } from 'next';
import { FEED_PATH } from '@/lib/feed/article-feed';

export const SITE_NAME = 'Skinfacts';
export const SITE_DESCRIPTION =
  'Clear, reviewed facts about aesthetic skin treatments such as microneedling.';

/** The RSS link every page advertises (`<link rel="alternate" type="application/rss+xml">`). */
export const FEED_ALTERNATE = {
  'application/rss+xml': [{ url: FEED_PATH, title: `${SITE_NAME} — latest articles` }],
};

export interface PageImage {
  /** Absolute URL. */
  url: string;
  width?: number | null | undefined;
  height?: number | null | undefined;
  alt?: string | null | undefined;
}

export interface PageMetadataInput {
  /** The page's own title; the root layout's template appends " · Skinfacts". */
  title: string;
  description: string;
  /** Site path, e.g. "/articles?page=2"; resolved against metadataBase (SITE_URL). */
  path: string;
  type?: 'website' | 'article';
  image?: PageImage | null | undefined;
  /** Keep the page out of search engines (e.g. search results) while still following its links. */
  noIndex?: boolean;
}

/**
 * Title, description, canonical URL and Open Graph for one page. Next merges metadata shallowly, so a
 * page that sets `openGraph` or `alternates` must repeat the site-wide parts; this does that.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path, type = 'website', image, noIndex = false } = input;
  const images = image
    ? [
        {
          url: image.url,
          ...(image.width ? { width: image.width } : {}),
          ...(image.height ? { height: image.height } : {}),
          ...(image.alt ? { alt: image.alt } : {}),
        },
      ]
    : undefined;
  return {
    title,
    description,
    alternates: { canonical: path, types: FEED_ALTERNATE },
    openGraph: {
      siteName: SITE_NAME,
      locale: 'en_GB',
      type,
      url: path,
      title,
      description,
      ...(images ? { images } : {}),
    },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}
