import { connection } from 'next/server';
import { ArticleList } from '@/components/article/article-list';
import { ContentUnavailable } from '@/components/ui/content-unavailable';
import { loadLatestArticles } from '@/lib/cms/latest-articles';

export default async function HomePage() {
  // Render per request: `next build` never needs the CMS, and a failure is never cached.
  await connection();
  const latest = await loadLatestArticles();
  return (
    <>
      <h1>Latest articles</h1>
      {latest.ok ? <ArticleList articles={latest.articles} /> : <ContentUnavailable />}
    </>
  );
}
