import { env } from '@/env';
import { listArticles } from '@/lib/cms/articles';
import { articleFeed, FEED_SIZE } from '@/lib/feed/article-feed';
import { buildRss } from '@/lib/feed/rss';

// Built once, then cached until the articles' tags are revalidated (the read below is tagged).
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  const { articles } = await listArticles({ page: 1, pageSize: FEED_SIZE });
  const xml = buildRss(articleFeed(articles, env.SITE_URL, new Date()));
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
