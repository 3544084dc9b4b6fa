import type { Core } from '@strapi/strapi';
import { REDIRECTED_TYPES, forgetRedirect, publishedSlug, recordRedirect, SLUG_REDIRECT } from './store';

type Params = { documentId?: string; status?: string };

/** The actions that can change a document's published slug. */
function touchesPublishedSlug(action: string, status: string | undefined, draftAndPublish: boolean) {
  if (action === 'publish' || action === 'unpublish' || action === 'delete') return true;
  if (action === 'create' || action === 'update') return !draftAndPublish || status === 'published';
  return false;
}

/** The caller's transaction when there is one (the revalidation middleware's), else one of its own. */
function inOneTransaction<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(work) as Promise<T>;
}

function documentIdOf(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || !('documentId' in result)) return undefined;
  return typeof result.documentId === 'string' ? result.documentId : undefined;
}

/**
 * Old slugs keep working. Around every write that can change a published slug of an article, treatment or
 * topic, in the write's transaction:
 * - the published slug changed from A to B: A now leads to the document (the site answers 308). Redirects
 *   name the document, not a slug, so every older slug follows along: chains are one hop by construction;
 * - the published slug is now B: a redirect from B is dropped, whichever document it led to. Renaming back
 *   to an old slug therefore removes that redirect instead of making a loop, and a document that takes over
 *   someone's old slug ends that redirect;
 * - a deleted document's redirects are dropped.
 */
export function registerSlugRedirects(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const type = REDIRECTED_TYPES[context.uid];
    const params = context.params as Params;
    const draftAndPublish = context.contentType.options?.draftAndPublish === true;
    if (!type || !touchesPublishedSlug(context.action, params.status, draftAndPublish)) return next();

    const work = async () => {
      const before = params.documentId ? await publishedSlug(strapi, context.uid, params.documentId) : null;
      const result = await next();
      const documentId = params.documentId ?? documentIdOf(result);
      if (!documentId) return result;
      if (context.action === 'delete') {
        await strapi.db.query(SLUG_REDIRECT).deleteMany({ where: { targetDocumentId: documentId } });
        return result;
      }
      const after = await publishedSlug(strapi, context.uid, documentId);
      if (after) await forgetRedirect(strapi, type, after);
      if (before && after && before !== after) await recordRedirect(strapi, type, before, documentId);
      return result;
    };
    return inOneTransaction(strapi, work);
  });
}
