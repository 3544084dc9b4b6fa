import 'server-only';
import {
  articleSchema,
  articleSummarySchema,
  collectionResponse,
  isSlug,
  singleResponse,
} from '@skinfacts/shared';
import type { Article, ArticleSummary, Pagination } from '@skinfacts/shared';
import { CmsError, cmsFetch } from './client';
import { TAGS } from './tags';

const articleListSchema = collectionResponse(articleSummarySchema);
const articleResponse = singleResponse(articleSchema);

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

export interface ReadOptions {
  /** Draft mode: read the latest draft, uncached. */
  draft?: boolean;
}

/**
 * One article with everything its page shows, or null when there is no such (published) article.
 * A malformed slug is answered without asking the CMS. Other CMS failures throw.
 */
export async function getArticleBySlug(
  slug: string,
  { draft = false }: ReadOptions = {},
): Promise<Article | null> {
  if (!isSlug(slug)) return null;
  try {
    const { data } = await cmsFetch(`/api/articles/${encodeURIComponent(slug)}`, articleResponse, {
      tags: [TAGS.article(slug), TAGS.articles, TAGS.authors, TAGS.topics, TAGS.treatments],
      draft,
    });
    return data;
  } catch (error) {
    if (error instanceof CmsError && error.status === 404) return null;
    throw error;
  }
}

export const RELATED_ARTICLE_LIMIT = 3;

/**
 * Up to three other published articles sharing a topic or a treatment with `article`, newest first.
 * Filters use public fields only (topic and treatment slugs).
 */
export async function listRelatedArticles(
  article: Pick<Article, 'slug' | 'topics' | 'treatments'>,
): Promise<ArticleSummary[]> {
  const conditions = [
    ...article.topics.map((topic) => ({ relation: 'topics', slug: topic.slug })),
    ...article.treatments.map((treatment) => ({ relation: 'treatments', slug: treatment.slug })),
  ];
  if (conditions.length === 0) return [];
  const query: Record<string, string | number> = {
    'filters[slug][$ne]': article.slug,
    'pagination[page]': 1,
    'pagination[pageSize]': RELATED_ARTICLE_LIMIT,
    sort: 'publishedAt:desc',
  };
  conditions.forEach(({ relation, slug }, index) => {
    query[`filters[$or][${index}][${relation}][slug][$eq]`] = slug;
  });
  const { data } = await cmsFetch('/api/articles', articleListSchema, {
    query,
    tags: [TAGS.articles, TAGS.authors, TAGS.topics, TAGS.treatments],
  });
  return data.filter((related) => related.slug !== article.slug).slice(0, RELATED_ARTICLE_LIMIT);
}
