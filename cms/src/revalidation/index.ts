import type { Core, UID } from '@strapi/strapi';
import type { RevalidatedDocumentType as DocumentType } from '@skinfacts/shared';
import { notifySite, revalidationHandler, REVALIDATION_KIND } from './notify';
import { mergePages, publicPages } from './pages';
import { cmsEnv } from '../env';
import { revalidationSettings } from './settings';
import { commentChangeAround, isCommentWrite } from './comments';
import { outboxOf } from '../outbox';

/** Content types that appear on the site, and the name the site knows each by. */
const SITE_TYPES: Partial<Record<UID.ContentType, DocumentType>> = {
  'api::article.article': 'article',
  'api::treatment.treatment': 'treatment',
  'api::author.author': 'author',
  'api::topic.topic': 'topic',
};

/**
 * Document Service actions that can change what the public sees. `discardDraft` is not one: it resets the
 * draft to the published version, which stays as it was.
 */
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish']);

type Params = { documentId?: string; status?: string };

/**
 * On a draft & publish type only publish, unpublish, delete and a write with `status: 'published'` (REST
 * writes without `?status=draft`) touch the published version; saving a draft does not change any page.
 */
export function changesPublicContent(action: string, status: string | undefined, draftAndPublish: boolean) {
  if (!WRITE_ACTIONS.has(action)) return false;
  if (!draftAndPublish) return true;
  if (action === 'create' || action === 'update') return status === 'published';
  return true;
}

/**
 * Runs the write and the insert of its outbox message in one transaction (the caller's, when there is one: the
 * Document Service opens its own inside the middlewares, which then joins this one), so both commit or neither
 * does: no page change is lost to a process that dies between the write and the enqueue.
 */
function inOneTransaction<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(work) as Promise<T>;
}

function documentIdOf(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || !('documentId' in result)) return undefined;
  return typeof result.documentId === 'string' ? result.documentId : undefined;
}

/**
 * After every write that changes a public page — from the admin panel, REST or a script — POSTs
 * `{ type, slugs, shownOn }` to the site's /api/revalidate (old and new slug on a rename; the pages that show
 * the document, see pages.ts) through the outbox (src/outbox/): the message is stored in the write's
 * transaction and sent once it commits. The write never waits for the site and never fails because of it.
 * Off when WEB_URL is unset.
 * Writes made while Strapi boots are skipped: that is the demo seed filling an empty database.
 * Comments: a write that may change which approved comments an article shows sends
 * `{ type: 'comment', articles: [articleDocumentId], articleSlugs: [slug] }` (see comments.ts).
 */
export function registerRevalidation(strapi: Core.Strapi) {
  const settings = revalidationSettings(cmsEnv());
  if (!settings) {
    strapi.log.info('revalidation: WEB_URL is not set, so the site is not told about content changes');
    return;
  }
  outboxOf(strapi).handle(REVALIDATION_KIND, revalidationHandler(settings));

  strapi.documents.use((context, next) => {
    if (isCommentWrite(context.uid, context.action) && strapi.isLoaded) {
      const { documentId } = context.params as Params;
      return inOneTransaction(strapi, async () => {
        const { result, articles } = await commentChangeAround(strapi, documentId, next, documentIdOf);
        if (articles) await notifySite(strapi, { type: 'comment', ...articles });
        return result;
      });
    }

    const type = SITE_TYPES[context.uid];
    const params = context.params as Params;
    const draftAndPublish = context.contentType.options?.draftAndPublish === true;
    if (!type || !strapi.isLoaded || !changesPublicContent(context.action, params.status, draftAndPublish)) {
      return next();
    }

    return inOneTransaction(strapi, async () => {
      const before = await publicPages(strapi, context.uid, type, params.documentId, draftAndPublish);
      const result = await next();
      const documentId = params.documentId ?? documentIdOf(result);
      const after = await publicPages(strapi, context.uid, type, documentId, draftAndPublish);

      const { slugs, shownOn } = mergePages(before, after);
      // Nothing public before or after (e.g. deleting a draft that was never published): no page changed.
      if (slugs.length > 0 || !draftAndPublish) {
        const change = Object.keys(shownOn).length > 0 ? { type, slugs, shownOn } : { type, slugs };
        await notifySite(strapi, change);
      }
      return result;
    });
  });
}
