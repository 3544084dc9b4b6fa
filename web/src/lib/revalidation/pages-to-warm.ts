import { contentPath } from '@/lib/feed/site-url';
import type { ContentChange } from './content-change';

/** Pages that list every document of a type: the entry points a visitor arrives on after a publish. */
const LISTINGS = {
  article: ['/', '/articles', '/feed.xml', '/sitemap.xml'],
  treatment: ['/', '/sitemap.xml'],
  topic: ['/', '/topics', '/sitemap.xml'],
  author: [],
} as const satisfies Record<string, readonly string[]>;

const OWN_PAGE = {
  article: contentPath.article,
  treatment: contentPath.treatment,
  topic: contentPath.topic,
} as const;

/**
 * The pages the site requests from itself right after a change, so that their first visitor sees it: the
 * changed document's own page under each slug, and the listings of its type. Listings only turn stale on a
 * change (so that they keep being served while the CMS is down); warming them makes the regeneration happen
 * now rather than on the next visit. Other pages that embed the document (related articles, an author's
 * articles) regenerate on their next visit. A comment changes one article's comments, read fresh on its
 * next view.
 */
export function pagesToWarm(change: ContentChange): string[] {
  if (change.type === 'comment') return [];
  const ownPage = change.type === 'author' ? undefined : OWN_PAGE[change.type];
  const ownPages = ownPage ? change.slugs.map(ownPage) : [];
  return [...new Set([...ownPages, ...LISTINGS[change.type]])];
}
