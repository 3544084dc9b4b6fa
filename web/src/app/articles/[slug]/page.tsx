import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { cache } from 'react';
import { ArticleView } from '@/components/article/article-view';
import { env } from '@/env';
import { getArticleBySlug, listRelatedArticles } from '@/lib/cms/articles';
import { listApprovedComments } from '@/lib/cms/comments';
import { redirectOrNotFound } from '@/lib/cms/redirects';
import { articlePageJsonLd } from '@/lib/seo/json-ld';
import { JsonLd } from '@/lib/seo/json-ld-script';
import { articleMetadata } from '@/lib/seo/metadata';

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

/** Pages render on first request and are then served from the cache until a CMS change revalidates their tags. */
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

/** Re-render once a day (from cached CMS data) so date-derived notices such as "review overdue" stay true. */
export const revalidate = 86400;

/** One read per request for the metadata and the page. */
const loadArticle = cache((slug: string, draft: boolean) => getArticleBySlug(slug, { draft }));

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const [{ slug }, { isEnabled: draft }] = await Promise.all([params, draftMode()]);
  const article = await loadArticle(slug, draft);
  return article ? articleMetadata(article, { cmsUrl: env.CMS_URL, draft }) : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const [{ slug }, { isEnabled: draft }] = await Promise.all([params, draftMode()]);
  const article = await loadArticle(slug, draft);
  if (!article) return redirectOrNotFound('article', slug);
  const [related, comments] = await Promise.all([
    listRelatedArticles(article),
    listApprovedComments(article.documentId),
  ]);
  return (
    <>
      <JsonLd data={articlePageJsonLd(article, { siteUrl: env.SITE_URL, cmsUrl: env.CMS_URL })} />
      <ArticleView article={article} related={related} comments={comments} now={new Date()} />
    </>
  );
}
