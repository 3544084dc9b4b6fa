import { pagesToWarm } from './pages-to-warm';

describe('pagesToWarm', () => {
  it('warms a changed article under each slug, then the pages that list articles', () => {
    expect(pagesToWarm({ type: 'article', slugs: ['old-slug', 'new-slug'] })).toEqual([
      '/articles/old-slug',
      '/articles/new-slug',
      '/',
      '/articles',
      '/feed.xml',
      '/sitemap.xml',
    ]);
  });

  it('warms a treatment or topic page and the listings of its type', () => {
    expect(pagesToWarm({ type: 'treatment', slugs: ['microneedling'] })).toEqual([
      '/treatments/microneedling',
      '/',
      '/sitemap.xml',
    ]);
    expect(pagesToWarm({ type: 'topic', slugs: ['evidence'] })).toEqual([
      '/topics/evidence',
      '/',
      '/topics',
      '/sitemap.xml',
    ]);
  });

  it('warms nothing for authors (no page of their own) or comments (read fresh per article)', () => {
    expect(pagesToWarm({ type: 'author', slugs: ['dr-ada'] })).toEqual([]);
    expect(pagesToWarm({ type: 'comment', articles: ['abc123'] })).toEqual([]);
  });

  it('encodes odd slugs and lists each page once', () => {
    expect(pagesToWarm({ type: 'topic', slugs: ['a b', 'a b'] })).toEqual([
      '/topics/a%20b',
      '/',
      '/topics',
      '/sitemap.xml',
    ]);
  });
});
