import type { Core } from '@strapi/strapi';
import { COMMENT_UID } from '../api/comment/uid';
import { isRecord } from '../utils/is-record';

const COMMENT_WRITES = new Set(['create', 'update', 'delete']);

/** What decides whether a comment shows on its article page, and that page's slug. */
type Visibility = { approved: boolean; article: string | null; articleSlug: string | null };

/** Comment rows of `documentId` (no draft & publish: one row) with their status and article; [] on a miss or error. */
async function visibility(strapi: Core.Strapi, documentId: string | undefined): Promise<Visibility[]> {
  if (!documentId) return [];
  try {
    const rows: unknown[] = await strapi.db.query(COMMENT_UID).findMany({
      where: { documentId },
      select: ['moderationStatus'],
      populate: { article: { select: ['documentId', 'slug'] } },
    });
    return rows.filter(isRecord).map((row) => {
      const article = isRecord(row.article) ? row.article : {};
      return {
        approved: row.moderationStatus === 'approved',
        article: typeof article.documentId === 'string' ? article.documentId : null,
        articleSlug: typeof article.slug === 'string' && article.slug !== '' ? article.slug : null,
      };
    });
  } catch (error) {
    strapi.log.warn(`revalidation: could not read comment ${documentId}: ${String(error)}`);
    return [];
  }
}

export const isCommentWrite = (uid: string, action: string) =>
  uid === COMMENT_UID && COMMENT_WRITES.has(action);

/** The articles whose approved comments changed (documentIds) and the slugs of their pages. */
export type CommentChangeArticles = { articles: string[]; articleSlugs: string[] };

/**
 * Articles whose approved comments may change with this write: an approved comment before or after it
 * (a status change to or from approved, an admin's edit of an approved comment, its deletion).
 * Returns null when no public page changes (e.g. a visitor's new pending comment, pending → spam).
 */
export async function commentChangeAround<T>(
  strapi: Core.Strapi,
  documentId: string | undefined,
  write: () => T,
  documentIdOf: (result: unknown) => string | undefined,
): Promise<{ result: Awaited<T>; articles: CommentChangeArticles | null }> {
  const before = await visibility(strapi, documentId);
  const result = await write();
  const after = await visibility(strapi, documentId ?? documentIdOf(result));
  const visible = [...before, ...after].filter((row) => row.approved && row.article !== null);
  if (visible.length === 0) return { result, articles: null };
  // The article of every version (a comment moved to another article changes both pages).
  const rows = [...before, ...after];
  const articles = rows.map((row) => row.article).filter((id): id is string => id !== null);
  const articleSlugs = rows.map((row) => row.articleSlug).filter((slug): slug is string => slug !== null);
  return { result, articles: { articles: [...new Set(articles)], articleSlugs: [...new Set(articleSlugs)] } };
}
