import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-list';
import { pageMetadata } from '@/components/layout/site-metadata';
import { PaginationNav } from '@/components/ui/pagination-nav';
import { listArticles } from '@/lib/cms/articles';
import { isPageInRange, pageHref, parsePageParam } from '@/lib/pagination';

const PAGE_SIZE = 10;
const BASE_PATH = '/articles';

interface ArticlesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: ArticlesPageProps): Promise<Metadata> {
  const page = parsePageParam((await searchParams).page) ?? 1;
  return pageMetadata({
    title: page === 1 ? 'Articles' : `Articles — page ${page}`,
    description:
      'Every Skinfacts article, newest first: treatments explained, evidence, preparation and aftercare.',
    path: pageHref(BASE_PATH, page),
  });
}

export default async function ArticlesPage({ searchParams }: ArticlesPageProps) {
  const page = parsePageParam((await searchParams).page);
  if (page === null) notFound();
  // Page 1 (cached, shared with /articles) tells whether the page exists before the CMS is asked for it,
  // so made-up page numbers neither reach the CMS nor fill the cache.
  const first = await listArticles({ page: 1, pageSize: PAGE_SIZE });
  if (!isPageInRange(page, first.pagination.pageCount)) notFound();
  const current = page === 1 ? first : await listArticles({ page, pageSize: PAGE_SIZE });

  return (
    <>
      <h1>Articles</h1>
      <p className="lead">
        {first.pagination.total === 1 ? '1 article' : `${first.pagination.total} articles`}, newest first.
      </p>
      <ArticleList articles={current.articles} headingLevel={2} />
      <PaginationNav
        basePath={BASE_PATH}
        page={page}
        pageCount={current.pagination.pageCount}
        label="Article pages"
      />
    </>
  );
}
