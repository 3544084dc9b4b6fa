import 'server-only';
import { articleSummarySchema, collectionResponse, treatmentSummarySchema } from '@skinfacts/shared';
import type { ArticleSummary, TreatmentSummary } from '@skinfacts/shared';
import { cmsFetch } from './client';

const articleResultsSchema = collectionResponse(articleSummarySchema);
const treatmentResultsSchema = collectionResponse(treatmentSummarySchema);

/** Results shown per type; the totals still count every match. */
export const RESULTS_PER_TYPE = 20;

export interface SearchMatches<Item> {
  items: Item[];
  /** Every match, including those beyond RESULTS_PER_TYPE. */
  total: number;
}

export interface SearchResults {
  query: string;
  articles: SearchMatches<ArticleSummary>;
  treatments: SearchMatches<TreatmentSummary>;
}

/** Strapi filters: a case-insensitive substring match on any of `fields` (dotted paths reach into components). */
function containsAny(fields: string[], query: string): Record<string, string> {
  return Object.fromEntries(
    fields.map((field, index) => {
      const path = field
        .split('.')
        .map((part) => `[${part}]`)
        .join('');
      return [`filters[$or][${index}]${path}[$containsi]`, query];
    }),
  );
}

/**
 * Published articles (by title or excerpt) and treatments (by name, summary or alias) containing `query`.
 * Not cached: every query is different, and caching each would let anyone fill the cache.
 */
export async function searchContent(query: string): Promise<SearchResults> {
  const pagination = { 'pagination[page]': 1, 'pagination[pageSize]': RESULTS_PER_TYPE };
  const [articles, treatments] = await Promise.all([
    cmsFetch('/api/articles', articleResultsSchema, {
      query: { ...containsAny(['title', 'excerpt'], query), sort: 'publishedAt:desc', ...pagination },
    }),
    cmsFetch('/api/treatments', treatmentResultsSchema, {
      query: { ...containsAny(['name', 'summary', 'aliases.name'], query), sort: 'name:asc', ...pagination },
    }),
  ]);
  return {
    query,
    articles: { items: articles.data, total: articles.meta.pagination.total },
    treatments: { items: treatments.data, total: treatments.meta.pagination.total },
  };
}
