import type { ArticleSummary } from '@skinfacts/shared';
import { newestDate, type RssChannel } from './rss';
import { contentPath } from '@skinfacts/shared/site-routes';
import { absoluteUrl } from './site-url';

export const FEED_PATH = '/feed.xml';
export const FEED_SIZE = 20;

type FeedArticle = Pick<ArticleSummary, 'title' | 'slug' | 'excerpt' | 'publishedAt' | 'updatedAt'>;

/** The site's RSS channel for the latest articles; `now` dates an empty feed. */
export function articleFeed(articles: FeedArticle[], siteUrl: string, now: Date): RssChannel {
  const changes = articles.flatMap((article) => [new Date(article.publishedAt), new Date(article.updatedAt)]);
  return {
    title: 'Skinfacts',
    link: absoluteUrl('/', siteUrl),
    description: 'New articles from Skinfacts: clear, reviewed facts about aesthetic skin treatments.',
    language: 'en',
    feedUrl: absoluteUrl(FEED_PATH, siteUrl),
    lastBuildDate: newestDate(changes, now),
    items: articles.map((article) => ({
      title: article.title,
      link: absoluteUrl(contentPath.article(article.slug), siteUrl),
      description: article.excerpt,
      pubDate: new Date(article.publishedAt),
    })),
  };
}
