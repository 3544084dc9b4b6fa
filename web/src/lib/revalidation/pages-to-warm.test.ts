import type { ContentChange } from '@skinfacts/shared';
import { MAX_PAGES_TO_WARM, pagesToWarm } from './pages-to-warm';

describe('pagesToWarm', () => {
  it('warms a changed article under each slug, then the pages that list articles', () => {
    expect(pagesToWarm({ type: 'article', slugs: ['old-slug', 'new-slug'], shownOn: {} })).toEqual([
      '/articles/old-slug',
      '/articles/new-slug',
      '/',
      '/articles',
      '/feed.xml',
      '/sitemap.xml',
    ]);
  });

  it('warms a treatment or topic page and the listings of its type', () => {
    expect(pagesToWarm({ type: 'treatment', slugs: ['microneedling'], shownOn: {} })).toEqual([
      '/treatments/microneedling',
      '/',
      '/sitemap.xml',
    ]);
    expect(pagesToWarm({ type: 'topic', slugs: ['evidence'], shownOn: {} })).toEqual([
      '/topics/evidence',
      '/',
      '/topics',
      '/sitemap.xml',
    ]);
  });

  it('warms nothing for authors (no page of their own) or comments that name no article page', () => {
    expect(pagesToWarm({ type: 'author', slugs: ['dr-ada'], shownOn: {} })).toEqual([]);
    expect(pagesToWarm({ type: 'comment', articles: ['abc123'] })).toEqual([]);
  });

  it('warms the article pages a comment change names', () => {
    const change: ContentChange = { type: 'comment', articles: ['abc123'], articleSlugs: ['a', 'b', 'a'] };
    expect(pagesToWarm(change)).toEqual(['/articles/a', '/articles/b']);
  });

  it('encodes odd slugs and lists each page once', () => {
    expect(pagesToWarm({ type: 'topic', slugs: ['a b', 'a b'], shownOn: {} })).toEqual([
      '/topics/a%20b',
      '/',
      '/topics',
      '/sitemap.xml',
    ]);
  });

  it('then warms the other pages that show the document, as the CMS names them', () => {
    const change: ContentChange = {
      type: 'article',
      slugs: ['a'],
      shownOn: { treatments: ['peel'], topics: ['evidence'] },
    };
    expect(pagesToWarm(change)).toEqual([
      '/articles/a',
      '/',
      '/articles',
      '/feed.xml',
      '/sitemap.xml',
      '/treatments/peel',
      '/topics/evidence',
    ]);
    expect(pagesToWarm({ type: 'author', slugs: ['dr-ada'], shownOn: { articles: ['one', 'two'] } })).toEqual(
      ['/articles/one', '/articles/two'],
    );
  });

  it(`warms at most ${MAX_PAGES_TO_WARM} pages, own page and listings first`, () => {
    const articles = Array.from({ length: 100 }, (_, i) => `article-${i}`);
    const pages = pagesToWarm({ type: 'treatment', slugs: ['peel'], shownOn: { articles } });
    expect(pages).toHaveLength(MAX_PAGES_TO_WARM);
    expect(pages.slice(0, 4)).toEqual(['/treatments/peel', '/', '/sitemap.xml', '/articles/article-0']);
  });
});
