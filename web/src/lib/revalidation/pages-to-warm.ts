import { contentPath } from '@skinfacts/shared/site-routes';
import type { ContentChange } from '@skinfacts/shared';

/** Pages that list every document of a type: the entry points a visitor arrives on after a publish. */
const LISTINGS = {
  article: ['/', '/articles', '/feed.xml', '/sitemap.xml'],
  treatment: ['/', '/sitemap.xml'],
  topic: ['/', '/topics', '/sitemap.xml'],
  author: [],
} as const satisfies Record<string, readonly string[]>;

/** A change shown on hundreds of pages warms the first of them; the rest regenerate on their next visit. */
export const MAX_PAGES_TO_WARM = 50;

/**
 * The pages the site requests from itself right after a change, so that their first visitor sees it: the
 * changed document's own page under each slug, the listings of its type, then the other pages the CMS says
 * show it (an article's treatments and topics and the articles listing it as related, a treatment's
 * articles, …). Those pages only turn stale on a change, so that they keep being served while the CMS is
 * down; warming them makes the regeneration happen now rather than on the next visit. A comment change
 * warms the pages of the articles it names (an edge cache in front of the site has just dropped them).
 */
export function pagesToWarm(change: ContentChange): string[] {
  if (change.type === 'comment') {
    return [...new Set((change.articleSlugs ?? []).map(contentPath.article))].slice(0, MAX_PAGES_TO_WARM);
  }
  const ownPage = change.type === 'author' ? undefined : contentPath[change.type];
  const { articles = [], treatments = [], topics = [] } = change.shownOn;
  const pages = [
    ...(ownPage ? change.slugs.map(ownPage) : []),
    ...LISTINGS[change.type],
    ...treatments.map(contentPath.treatment),
    ...topics.map(contentPath.topic),
    ...articles.map(contentPath.article),
  ];
  return [...new Set(pages)].slice(0, MAX_PAGES_TO_WARM);
}
