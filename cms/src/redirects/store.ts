import type { Core, UID } from '@strapi/strapi';
import type { RedirectedDocumentType } from '@skinfacts/shared';
import { isRecord } from '../utils/is-record';

export const SLUG_REDIRECT = 'api::slug-redirect.slug-redirect';

/** The content types whose old slugs keep working, and the name the site knows each by. */
export const REDIRECTED_TYPES: Partial<Record<UID.ContentType, RedirectedDocumentType>> = {
  'api::article.article': 'article',
  'api::treatment.treatment': 'treatment',
  'api::topic.topic': 'topic',
};

export const UID_OF: Record<RedirectedDocumentType, UID.ContentType> = {
  article: 'api::article.article',
  treatment: 'api::treatment.treatment',
  topic: 'api::topic.topic',
};

/** The slug of the document's published version (its only version, for types without drafts), or null. */
export async function publishedSlug(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  documentId: string,
): Promise<string | null> {
  const draftAndPublish = strapi.getModel(uid).options?.draftAndPublish === true;
  const where: Record<string, unknown> = { documentId };
  if (draftAndPublish) where.publishedAt = { $notNull: true };
  const row: unknown = await strapi.db.query(uid).findOne({ where, select: ['slug'] });
  return isRecord(row) && typeof row.slug === 'string' && row.slug !== '' ? row.slug : null;
}

/** The published document of `type` that holds `slug` now, if any. */
export async function currentHolder(strapi: Core.Strapi, type: RedirectedDocumentType, slug: string) {
  const uid = UID_OF[type];
  const draftAndPublish = strapi.getModel(uid).options?.draftAndPublish === true;
  const where: Record<string, unknown> = { slug };
  if (draftAndPublish) where.publishedAt = { $notNull: true };
  const row: unknown = await strapi.db.query(uid).findOne({ where, select: ['documentId'] });
  return isRecord(row) && typeof row.documentId === 'string' ? row.documentId : null;
}

/** `fromSlug` of `type` now leads to `documentId`; an earlier redirect of that slug is replaced. */
export async function recordRedirect(
  strapi: Core.Strapi,
  type: RedirectedDocumentType,
  fromSlug: string,
  documentId: string,
) {
  await forgetRedirect(strapi, type, fromSlug);
  await strapi.db
    .query(SLUG_REDIRECT)
    .create({ data: { contentType: type, fromSlug, targetDocumentId: documentId } });
}

/** `slug` of `type` is a current URL again (renamed back, or taken over): it redirects nowhere. */
export async function forgetRedirect(strapi: Core.Strapi, type: RedirectedDocumentType, slug: string) {
  await strapi.db.query(SLUG_REDIRECT).deleteMany({ where: { contentType: type, fromSlug: slug } });
}

/** Every old slug that leads to `documentId`. */
export async function oldSlugsOf(
  strapi: Core.Strapi,
  type: RedirectedDocumentType,
  documentId: string,
): Promise<string[]> {
  const rows: unknown[] = await strapi.db.query(SLUG_REDIRECT).findMany({
    where: { contentType: type, targetDocumentId: documentId },
    select: ['fromSlug'],
  });
  return rows
    .filter(isRecord)
    .map((row) => row.fromSlug)
    .filter((slug): slug is string => typeof slug === 'string');
}

/** Where `slug` of `type` leads now: one hop to the target's current slug, or null (no redirect). */
export async function resolveRedirect(
  strapi: Core.Strapi,
  type: RedirectedDocumentType,
  slug: string,
): Promise<string | null> {
  // A published document that holds the slug wins: the URL is its page, not a redirect.
  if (await currentHolder(strapi, type, slug)) return null;
  const row: unknown = await strapi.db
    .query(SLUG_REDIRECT)
    .findOne({ where: { contentType: type, fromSlug: slug }, select: ['targetDocumentId'] });
  if (!isRecord(row) || typeof row.targetDocumentId !== 'string') return null;
  const toSlug = await publishedSlug(strapi, UID_OF[type], row.targetDocumentId);
  return toSlug && toSlug !== slug ? toSlug : null;
}
