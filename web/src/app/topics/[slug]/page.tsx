import type { Metadata } from 'next';
import { ArticleList } from '@/components/article/article-list';
import { pageMetadata } from '@/components/layout/site-metadata';
import { getTopicBySlug } from '@/lib/cms/topics';
import { redirectOrNotFound } from '@/lib/cms/redirects';
import { contentPath } from '@skinfacts/shared/site-routes';

interface TopicPageProps {
  params: Promise<{ slug: string }>;
}

/** None at build time: each topic renders on its first request and is then cached until its tags change. */
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function generateMetadata({ params }: TopicPageProps): Promise<Metadata> {
  const { slug } = await params;
  const topic = await getTopicBySlug(slug);
  if (!topic) return { title: 'Topic not found' };
  return pageMetadata({
    title: topic.name,
    description: topic.description || `Skinfacts articles about ${topic.name.toLowerCase()}.`,
    path: contentPath.topic(topic.slug),
  });
}

export default async function TopicPage({ params }: TopicPageProps) {
  const { slug } = await params;
  const topic = await getTopicBySlug(slug);
  if (!topic) return redirectOrNotFound('topic', slug);
  return (
    <>
      <p className="meta">Topic</p>
      <h1>{topic.name}</h1>
      {topic.description ? <p className="lead">{topic.description}</p> : null}
      <h2>
        Articles <span className="meta">({topic.articles.length})</span>
      </h2>
      <ArticleList
        articles={topic.articles}
        headingLevel={3}
        emptyMessage="No articles on this topic have been published yet."
      />
    </>
  );
}
