import { z } from 'zod';
import { isSlug } from './slug';

/**
 * Old slugs keep working: when a published article, treatment or topic changes its slug, the CMS records the
 * old one (api::slug-redirect) and answers `GET /api/slug-redirects/:type/:slug` with the document's current
 * slug; the site turns that into a 308 to the current page.
 */
export const REDIRECTED_DOCUMENT_TYPES = ['article', 'treatment', 'topic'] as const;
export type RedirectedDocumentType = (typeof REDIRECTED_DOCUMENT_TYPES)[number];

export const SLUG_REDIRECT_ROUTE = 'GET /api/slug-redirects/:type/:slug';

const slugParam = z
  .string()
  .refine(isSlug, 'must be a slug: lowercase letters and digits joined by single dashes');

/** The route's path parameters. */
export const slugRedirectParamsSchema = z.strictObject({
  type: z.enum(REDIRECTED_DOCUMENT_TYPES),
  slug: slugParam,
});

/** The route takes no query parameters at all. */
export const slugRedirectQuerySchema = z.strictObject({});

/** The answer: the old slug and the document's slug now (one hop, whatever the chain of renames). */
export const slugRedirectSchema = z.object({
  type: z.enum(REDIRECTED_DOCUMENT_TYPES),
  fromSlug: slugParam,
  toSlug: slugParam,
});
export type SlugRedirect = z.output<typeof slugRedirectSchema>;

export const slugRedirectResponseSchema = z.object({ data: slugRedirectSchema });

/** The CMS path that answers for `slug` of `type` (both already valid). */
export const slugRedirectPath = (type: RedirectedDocumentType, slug: string) =>
  `/api/slug-redirects/${type}/${encodeURIComponent(slug)}`;
