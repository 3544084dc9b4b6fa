import { z } from 'zod';

/**
 * The body of POST /api/revalidate on the site: what the CMS sends after every change that affects a page
 * (cms/src/revalidation/), parsed by the site's route (web/src/app/api/revalidate/route.ts). The CMS builds
 * a `ContentChangeInput`; the site reads the parsed `ContentChange`.
 */

/** The site's names for the content types that have pages. */
export const REVALIDATED_DOCUMENT_TYPES = ['article', 'treatment', 'author', 'topic'] as const;

/** The most slugs one list carries; the CMS leaves the rest to catch up on their next visit. */
export const MAX_REVALIDATED_SLUGS = 100;

// Cache tags may be 256 characters long; slugs are at most 120.
const slugListSchema = z.array(z.string().trim().min(1).max(200)).max(MAX_REVALIDATED_SLUGS);

/**
 * The type of the document that changed, every slug its own page had or has (old and new after a rename),
 * and the site's other pages that show it (cms/src/revalidation/pages.ts).
 */
const documentChangeSchema = z.object({
  type: z.enum(REVALIDATED_DOCUMENT_TYPES),
  slugs: slugListSchema.default([]),
  /**
   * Left out when no other page shows the document. A kind of page the site does not know is ignored
   * rather than refused, so that the change is still applied.
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
  /** documentIds of the articles whose approved comments may have changed. */
  articles: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,64}$/))
    .min(1)
    .max(100),
  /**
   * Slugs of those articles, so the site can warm their pages and the edge can purge them. Optional: a CMS
   * that leaves it out still gets the comments tag expired, and the page catches up on its next visit.
   */
  articleSlugs: slugListSchema.optional(),
});

export const contentChangeSchema = z.discriminatedUnion('type', [documentChangeSchema, commentChangeSchema]);

/** What the CMS sends. */
export type ContentChangeInput = z.input<typeof contentChangeSchema>;
/** What the site reads, defaults filled in. */
export type ContentChange = z.output<typeof contentChangeSchema>;
export type RevalidatedDocumentType = (typeof REVALIDATED_DOCUMENT_TYPES)[number];
/** Slugs of the site's other pages that show a document (before or after the change), by page kind. */
export type ShownOn = NonNullable<z.input<typeof documentChangeSchema>['shownOn']>;
