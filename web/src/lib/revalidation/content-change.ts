import { z } from 'zod';
import { TAGS } from '@/lib/cms/tags';

/**
 * What the CMS posts to /api/revalidate (cms/src/revalidation/index.ts): the type of the document that
 * changed, every slug its own page had or has (old and new after a rename), and the other pages that show it.
 */
// Cache tags may be 256 characters long; slugs are at most 120.
const slugListSchema = z.array(z.string().trim().min(1).max(200)).max(100);

const documentChangeSchema = z.object({
  type: z.enum(['article', 'treatment', 'author', 'topic']),
  slugs: slugListSchema.default([]),
  /**
   * The site's other pages that show the document (cms/src/revalidation/pages.ts). A kind of page
   * this site does not know is ignored rather than refused, so that the change is still applied.
   */
  shownOn: z
    .object({
      articles: slugListSchema.optional(),
      treatments: slugListSchema.optional(),
      topics: slugListSchema.optional(),
    })
    .default({}),
});

/** A comment became visible or hidden (moderation, an admin's edit, a delete): the articles it belongs to. */
const commentChangeSchema = z.strictObject({
  type: z.literal('comment'),
  articles: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,64}$/))
    .min(1)
    .max(100),
});

export const contentChangeSchema = z.discriminatedUnion('type', [documentChangeSchema, commentChangeSchema]);

export type ContentChange = z.output<typeof contentChangeSchema>;
type DocumentChange = z.output<typeof documentChangeSchema>;

const TAGS_BY_TYPE: Record<DocumentChange['type'], { collection: string; item: (slug: string) => string }> = {
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
