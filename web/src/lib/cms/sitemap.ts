import 'server-only';
import { articleSummarySchema, collectionResponse, topicSchema, treatmentSchema } from '@skinfacts/shared';
import type { z } from 'zod';
import type { SitemapContent, SitemapItem } from '@/lib/feed/sitemap-entries';
import { cmsFetch } from './client';
import { TAGS } from './tags';

/** The CMS's largest page size; the sitemap pages through anything longer. */
export const SITEMAP_PAGE_SIZE = 100;

const articleItem = articleSummarySchema.pick({ slug: true, updatedAt: true });
const treatmentItem = treatmentSchema.pick({ slug: true, updatedAt: true });
const topicItem = topicSchema.pick({ slug: true, updatedAt: true });

async function listAll(path: string, item: z.ZodType<SitemapItem>, tag: string): Promise<SitemapItem[]> {
  const schema = collectionResponse(item);
  const fetchPage = (page: number) =>
    cmsFetch(path, schema, {
      query: { 'pagination[page]': page, 'pagination[pageSize]': SITEMAP_PAGE_SIZE, sort: 'id:asc' },
      tags: [tag],
    });
  const first = await fetchPage(1);
  const pageNumbers = Array.from(
    { length: Math.max(first.meta.pagination.pageCount - 1, 0) },
    (_, i) => i + 2,
  );
  const rest = await Promise.all(pageNumbers.map(fetchPage));
  return [first, ...rest].flatMap((page) => page.data.map(({ slug, updatedAt }) => ({ slug, updatedAt })));
}

/** Every published article, treatment and topic, with its last change where the CMS serves it. */
export async function listSitemapContent(): Promise<SitemapContent> {
  const [articles, treatments, topics] = await Promise.all([
    listAll('/api/articles', articleItem, TAGS.articles),
    listAll('/api/treatments', treatmentItem, TAGS.treatments),
    listAll('/api/topics', topicItem, TAGS.topics),
  ]);
  return { articles, treatments, topics };
}
