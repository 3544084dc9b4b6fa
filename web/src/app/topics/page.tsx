import type { Metadata } from 'next';
import { pageMetadata } from '@/components/layout/site-metadata';
import { TopicDirectory } from '@/components/topic/topic-list';
import { listTopics } from '@/lib/cms/topics';

export const metadata: Metadata = pageMetadata({
  title: 'Topics',
  description:
    'Browse Skinfacts articles by topic: treatments explained, evidence, preparation and aftercare.',
  path: '/topics',
});

export default async function TopicsPage() {
  const topics = await listTopics();
  return (
    <>
      <h1>Topics</h1>
      <TopicDirectory topics={topics} />
    </>
  );
}
