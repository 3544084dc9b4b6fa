/** @jest-environment node */
import { XMLValidator } from 'fast-xml-parser';
import { articleFeed } from './article-feed';
import { buildRss } from './rss';

const articles = [
  {
    title: 'Preparing for microneedling',
    slug: 'preparing-for-microneedling',
    excerpt: 'What to stop & when.',
    publishedAt: '2026-05-01T08:00:00.000Z',
    updatedAt: '2026-05-03T08:00:00.000Z',
  },
  {
    title: 'What is microneedling?',
    slug: 'what-is-microneedling',
    excerpt: 'Collagen induction therapy explained.',
    publishedAt: '2026-04-01T08:00:00.000Z',
    updatedAt: '2026-04-01T08:00:00.000Z',
  },
];

describe('articleFeed', () => {
  it('links items to article pages on the site and dates the feed by the newest change', () => {
    const feed = articleFeed(articles, 'https://skinfacts.example', new Date('2030-01-01'));
    expect(feed.link).toBe('https://skinfacts.example/');
    expect(feed.feedUrl).toBe('https://skinfacts.example/feed.xml');
    expect(feed.lastBuildDate).toEqual(new Date('2026-05-03T08:00:00.000Z'));
    expect(feed.items[0]).toEqual({
      title: 'Preparing for microneedling',
      link: 'https://skinfacts.example/articles/preparing-for-microneedling',
      description: 'What to stop & when.',
      pubDate: new Date('2026-05-01T08:00:00.000Z'),
    });
    expect(XMLValidator.validate(buildRss(feed))).toBe(true);
  });

  it('dates an empty feed with now and handles a site URL with a trailing slash', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const feed = articleFeed([], 'https://skinfacts.example/', now);
    expect(feed.lastBuildDate).toBe(now);
    expect(feed.feedUrl).toBe('https://skinfacts.example/feed.xml');
    expect(feed.items).toEqual([]);
  });
});
