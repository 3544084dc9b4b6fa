import 'server-only';
import type { ArticleSummary } from '@skinfacts/shared';
import { listArticles } from './articles';

export type LatestArticles = { ok: true; articles: ArticleSummary[] } | { ok: false };

/**
 * The home page's article list. A CMS failure is logged and reported as `{ ok: false }` so the
 * page can say so instead of crashing; the page is rendered per request, so it is not cached.
 */
export async function loadLatestArticles(pageSize = 10): Promise<LatestArticles> {
  try {
    const { articles } = await listArticles({ page: 1, pageSize });
    return { ok: true, articles };
  } catch (error) {
    console.error('Could not load the latest articles:', error);
    return { ok: false };
  }
}
