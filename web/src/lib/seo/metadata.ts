import type { Article, Media, Treatment } from '@skinfacts/shared';
import type { Metadata } from 'next';
import { pageMetadata, type PageImage } from '@/components/layout/site-metadata';
import { mediaUrl } from '@/components/ui/media-url';
import { contentPath } from '@skinfacts/shared/site-routes';
import { truncateText } from '@/lib/format/truncate';

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_LENGTH = 160;

export interface MetadataContext {
  /** The CMS origin, to make upload paths absolute for Open Graph. */
  cmsUrl: string;
  /** A draft preview: kept out of search engines. */
  draft?: boolean;
}

function shareImage(media: Media | null | undefined, cmsUrl: string): PageImage | null {
  if (!media) return null;
  return {
    url: mediaUrl(media.url, cmsUrl),
    width: media.width,
    height: media.height,
    alt: media.alternativeText,
  };
}

/**
 * Title, description (SEO description or excerpt), canonical /articles/<slug>, and Open Graph type
 * article with the share image (or cover), published and modified times, author and topics.
 */
export function articleMetadata(article: Article, context: MetadataContext): Metadata {
  const base = pageMetadata({
    title: article.seo?.metaTitle || article.title,
    description: article.seo?.metaDescription || truncateText(article.excerpt, DESCRIPTION_LENGTH),
    path: contentPath.article(article.slug),
    type: 'article',
    image: shareImage(article.seo?.shareImage ?? article.cover, context.cmsUrl),
    noIndex: context.draft ?? false,
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: article.author ? [article.author.name] : undefined,
      tags: article.topics.map((topic) => topic.name),
    },
  };
}

/** Title, description (the summary), canonical /treatments/<slug> and Open Graph for a treatment page. */
export function treatmentMetadata(treatment: Treatment, context: MetadataContext): Metadata {
  return pageMetadata({
    title: treatment.name,
    description: truncateText(treatment.summary, DESCRIPTION_LENGTH),
    path: contentPath.treatment(treatment.slug),
    noIndex: context.draft ?? false,
  });
}
