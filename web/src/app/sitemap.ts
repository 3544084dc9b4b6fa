import type { MetadataRoute } from 'next';
import { env } from '@/env';
import { listSitemapContent } from '@/lib/cms/sitemap';
import { sitemapEntries } from '@/lib/feed/sitemap-entries';

/** /sitemap.xml: every published page; cached until a tag of what it lists is revalidated. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await listSitemapContent(), env.SITE_URL);
}
