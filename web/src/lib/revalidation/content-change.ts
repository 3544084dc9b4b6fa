import { z } from 'zod';
import { TAGS } from '@/lib/cms/tags';

/**
 * What the CMS posts to /api/revalidate (cms/src/bootstrap/revalidation.ts): the type of the document that
 * changed and every slug whose page may show it — old and new after a rename.
 */
export const contentChangeSchema = z.object({
  type: z.enum(['article', 'treatment', 'author', 'topic']),
  // Cache tags may be 256 characters long; slugs are at most 120.
  slugs: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
});

export type ContentChange = z.output<typeof contentChangeSchema>;

const TAGS_BY_TYPE: Record<ContentChange['type'], { collection: string; item: (slug: string) => string }> = {
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
  const { collection, item } = TAGS_BY_TYPE[change.type];
  return { pages: [...new Set(change.slugs.map(item))], shared: [collection] };
}
