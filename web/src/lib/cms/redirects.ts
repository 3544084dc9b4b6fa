import 'server-only';
import { notFound, permanentRedirect } from 'next/navigation';
import {
  isSlug,
  slugRedirectPath,
  slugRedirectResponseSchema,
  type RedirectedDocumentType,
} from '@skinfacts/shared';
import { contentPath } from '@skinfacts/shared/site-routes';
import { CmsError, cmsFetch } from './client';
import { TAGS } from './tags';

const ITEM_TAG: Record<RedirectedDocumentType, (slug: string) => string> = {
  article: TAGS.article,
  treatment: TAGS.treatment,
  topic: TAGS.topic,
};

/**
 * The current slug of the document that had `slug` before a rename (GET /api/slug-redirects/:type/:slug), or
 * null. Cached under the old slug's own tag: the CMS names every old slug of a document when it changes, so
 * a cached answer is expired together with the page.
 */
export async function findSlugRedirect(type: RedirectedDocumentType, slug: string): Promise<string | null> {
  if (!isSlug(slug)) return null;
  try {
    const { data } = await cmsFetch(slugRedirectPath(type, slug), slugRedirectResponseSchema, {
      tags: [ITEM_TAG[type](slug)],
    });
    return data.toSlug === slug ? null : data.toSlug;
  } catch (error) {
    if (error instanceof CmsError && error.status === 404) return null;
    throw error;
  }
}

/** For a page whose slug names no document: a 308 to the page it was renamed to, else the 404 page. */
export async function redirectOrNotFound(type: RedirectedDocumentType, slug: string): Promise<never> {
  const toSlug = await findSlugRedirect(type, slug);
  if (toSlug) permanentRedirect(contentPath[type](toSlug));
  notFound();
}
