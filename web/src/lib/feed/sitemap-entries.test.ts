/** @jest-environment node */
import { sitemapEntries } from './sitemap-entries';

describe('sitemapEntries', () => {
  const content = {
    articles: [
      { slug: 'what-is-microneedling', updatedAt: '2026-04-01T08:00:00.000Z' },
      { slug: 'preparing-for-microneedling', updatedAt: '2026-05-03T08:00:00.000Z' },
    ],
    treatments: [{ slug: 'microneedling', updatedAt: '2026-06-01T08:00:00.000Z' }],
    topics: [{ slug: 'acne-scars', updatedAt: undefined }, { slug: 'evidence' }],
  };

  it('lists home, lists and every entry with absolute URLs', () => {
    const urls = sitemapEntries(content, 'https://skinfacts.example').map((entry) => entry.url);
    expect(urls).toEqual([
      'https://skinfacts.example/',
      'https://skinfacts.example/articles',
      'https://skinfacts.example/topics',
      'https://skinfacts.example/articles/what-is-microneedling',
      'https://skinfacts.example/articles/preparing-for-microneedling',
      'https://skinfacts.example/treatments/microneedling',
      'https://skinfacts.example/topics/acne-scars',
      'https://skinfacts.example/topics/evidence',
    ]);
  });

  it('gives entries their own lastmod and lists the newest change among what they list', () => {
    const byUrl = new Map(
      sitemapEntries(content, 'https://skinfacts.example/').map((entry) => [entry.url, entry.lastModified]),
    );
    expect(byUrl.get('https://skinfacts.example/')).toBe('2026-06-01T08:00:00.000Z');
    expect(byUrl.get('https://skinfacts.example/articles')).toBe('2026-05-03T08:00:00.000Z');
    expect(byUrl.get('https://skinfacts.example/treatments/microneedling')).toBe('2026-06-01T08:00:00.000Z');
  });

  it('leaves lastmod out where the date is unknown', () => {
    const entries = sitemapEntries(content, 'https://skinfacts.example');
    const topic = entries.find((entry) => entry.url.endsWith('/topics/evidence'));
    expect(topic).toEqual({ url: 'https://skinfacts.example/topics/evidence' });
    expect(entries.find((entry) => entry.url.endsWith('/topics'))).not.toHaveProperty('lastModified');
  });

  it('encodes odd slugs so they stay in their path segment', () => {
    const entries = sitemapEntries(
      { articles: [{ slug: 'a/../b?c' }], treatments: [], topics: [] },
      'https://skinfacts.example',
    );
    expect(entries.at(-1)?.url).toBe('https://skinfacts.example/articles/a%2F..%2Fb%3Fc');
  });
});
