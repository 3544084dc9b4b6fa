import type { MetadataRoute } from 'next';
import { contentPath } from '@skinfacts/shared/site-routes';
import { absoluteUrl } from './site-url';

export interface SitemapItem {
  slug: string;
  /** ISO timestamp of the last change; omitted from the entry when the CMS does not serve it. */
  updatedAt?: string | undefined;
}

export interface SitemapContent {
  articles: SitemapItem[];
  treatments: SitemapItem[];
  topics: SitemapItem[];
}

function newest(items: SitemapItem[]): string | undefined {
  return items.reduce<string | undefined>((latest, { updatedAt }) => {
    if (!updatedAt) return latest;
    return !latest || Date.parse(updatedAt) > Date.parse(latest) ? updatedAt : latest;
  }, undefined);
}

function entry(
  siteUrl: string,
  path: string,
  lastModified: string | undefined,
): MetadataRoute.Sitemap[number] {
  return lastModified
    ? { url: absoluteUrl(path, siteUrl), lastModified }
    : { url: absoluteUrl(path, siteUrl) };
}

/**
 * Every public page: home, the article list, the topics index, and each article, treatment and topic.
 * List pages take the newest change among what they list as their lastmod.
 */
export function sitemapEntries(content: SitemapContent, siteUrl: string): MetadataRoute.Sitemap {
  const everything = [...content.articles, ...content.treatments, ...content.topics];
  return [
    entry(siteUrl, '/', newest(everything)),
    entry(siteUrl, '/articles', newest(content.articles)),
    entry(siteUrl, '/topics', newest(content.topics)),
    ...content.articles.map((item) => entry(siteUrl, contentPath.article(item.slug), item.updatedAt)),
    ...content.treatments.map((item) => entry(siteUrl, contentPath.treatment(item.slug), item.updatedAt)),
    ...content.topics.map((item) => entry(siteUrl, contentPath.topic(item.slug), item.updatedAt)),
  ];
}
