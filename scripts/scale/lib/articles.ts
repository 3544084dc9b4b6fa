import { contentPath } from '@skinfacts/shared/site-routes';
import { adminLogin, publishArticleWith, type AdminSession } from '../../lib/cms-admin-api';

/** A published demo article, read from the CMS's public API. */
export async function publishedArticle(
  cmsUrl: string,
  slug: string,
): Promise<{ documentId: string; title: string }> {
  const response = await fetch(`${cmsUrl}/api/articles/${slug}`);
  if (!response.ok) throw new Error(`GET /api/articles/${slug} answered ${response.status}`);
  const body = (await response.json()) as { data: { documentId: string; title: string } };
  return body.data;
}

/** An editor on one CMS instance, publishing new titles of one article. */
export async function titleEditor(
  cmsUrl: string,
  credentials: { email: string; password: string },
  slug: string,
) {
  const session: AdminSession = await adminLogin(cmsUrl, credentials);
  const article = await publishedArticle(cmsUrl, slug);
  return {
    path: contentPath.article(slug),
    original: article.title,
    publish: (title: string) => publishArticleWith(session, article.documentId, { title }),
  };
}
