import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleList } from '@/components/article/article-list';
import { pageMetadata, SITE_DESCRIPTION, SITE_NAME } from '@/components/layout/site-metadata';
import { TopicLinks } from '@/components/topic/topic-list';
import { TreatmentSummaryList } from '@/components/ui/treatment-summary-list';
import { listArticles } from '@/lib/cms/articles';
import { listTopics } from '@/lib/cms/topics';
import { listTreatments } from '@/lib/cms/treatments';

const LATEST_COUNT = 6;

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: '/' }),
  title: { absolute: `${SITE_NAME} — clear facts about aesthetic skin treatments` },
};

// Static, cached by tag: a CMS failure throws (error.tsx), and is never cached as an empty page.
export default async function HomePage() {
  const [latest, treatments, topics] = await Promise.all([
    listArticles({ page: 1, pageSize: LATEST_COUNT }),
    listTreatments(),
    listTopics(),
  ]);
  return (
    <>
      <h1>Clear facts about aesthetic skin treatments</h1>
      <p className="lead">
        What a treatment does, what the evidence says, how to prepare and what to expect afterwards — written
        plainly and medically reviewed.
      </p>

      <section aria-labelledby="latest">
        <h2 id="latest">Latest articles</h2>
        <ArticleList articles={latest.articles} headingLevel={3} />
        {latest.pagination.total > latest.articles.length ? (
          <p>
            <Link href="/articles">All {latest.pagination.total} articles</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="treatments">
        <h2 id="treatments">Treatments</h2>
        <TreatmentSummaryList treatments={treatments} headingLevel={3} />
      </section>

      <section aria-labelledby="topics">
        <h2 id="topics">Topics</h2>
        <TopicLinks topics={topics} />
      </section>
    </>
  );
}
