import type { ContentChange, RevalidatedDocumentType } from '@skinfacts/shared';
import { TAGS } from '@/lib/cms/tags';

/**
 * What the CMS posts to /api/revalidate (cms/src/revalidation/index.ts) is `contentChangeSchema` in
 * @skinfacts/shared; here, the cache tags each change touches.
 */
const TAGS_BY_TYPE: Record<RevalidatedDocumentType, { collection: string; item: (slug: string) => string }> =
  {
    article: { collection: TAGS.articles, item: TAGS.article },
    treatment: { collection: TAGS.treatments, item: TAGS.treatment },
    author: { collection: TAGS.authors, item: TAGS.author },
    topic: { collection: TAGS.topics, item: TAGS.topic },
  };

export type ChangeTags = {
  /** The changed document's own page(s), under every slug it had or has: rendered afresh on the next request. */
  pages: string[];
  /** The type's collection tag — every other read that shows documents of this type carries it. */
  shared: string[];
};

/**
 * The tags a change touches. Item tags also cover a page cached as "not found" before its slug existed.
 * They are split because the route expires them differently (see app/api/revalidate/route.ts).
 */
export function tagsForChange(change: ContentChange): ChangeTags {
  // Comments are read per article under TAGS.comments(articleDocumentId) only; nothing else shows them.
  if (change.type === 'comment')
    return { pages: [...new Set(change.articles.map(TAGS.comments))], shared: [] };
  const { collection, item } = TAGS_BY_TYPE[change.type];
  return { pages: [...new Set(change.slugs.map(item))], shared: [collection] };
}
