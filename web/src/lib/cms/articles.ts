import 'server-only';
import { articleSummarySchema, collectionResponse } from '@skinfacts/shared';
import type { ArticleSummary, Pagination } from '@skinfacts/shared';
import { cmsFetch } from './client';
import { TAGS } from './tags';

const articleListSchema = collectionResponse(articleSummarySchema);

export interface ArticlePage {
  articles: ArticleSummary[];
  pagination: Pagination;
}

export const MAX_PAGE_SIZE = 50;

function clampInt(value: number, min: number, max: number): number {
  return Number.isInteger(value) ? Math.min(Math.max(value, min), max) : min;
}

/** Published articles, newest first. Which fields and relations come back is the CMS route's choice. */
export async function listArticles({ page = 1, pageSize = 10 } = {}): Promise<ArticlePage> {
  const { data, meta } = await cmsFetch('/api/articles', articleListSchema, {
    query: {
      'pagination[page]': clampInt(page, 1, Number.MAX_SAFE_INTEGER),
      'pagination[pageSize]': clampInt(pageSize, 1, MAX_PAGE_SIZE),
      sort: 'publishedAt:desc',
    },
    tags: [TAGS.articles, TAGS.authors, TAGS.topics],
  });
  return { articles: data, pagination: meta.pagination };
}
