/** @jest-environment node */
import { notePageTags, pathnameOfCacheKey, xkeyFor } from './page-tags';

const HASH = 'a'.repeat(64);
const pageKey = (path: string) => `/route-cache/APP_PAGE/${HASH}/$${path}`;
const page = (tags: string) => ({ kind: 'APP_PAGE', html: '', headers: { 'x-next-cache-tags': tags } });

describe('pathnameOfCacheKey', () => {
  it('reads the page path out of Next 16’s response-cache keys, the home page included', () => {
    expect(pathnameOfCacheKey(pageKey('/articles/a'))).toBe('/articles/a');
    expect(pathnameOfCacheKey(`/route-cache/APP_ROUTE/${HASH}/$/feed.xml`)).toBe('/feed.xml');
    expect(pathnameOfCacheKey(pageKey('/index'))).toBe('/');
  });

  it('ignores fetch-cache keys', () => {
    expect(pathnameOfCacheKey('4c6f3e2a9b')).toBeNull();
  });
});

describe('notePageTags and xkeyFor', () => {
  it('keep the CMS tags a page was stored with, without Next’s implicit ones', () => {
    notePageTags(
      pageKey('/articles/noted'),
      page('_N_T_/layout,_N_T_/articles/[slug]/page,article:noted,articles,comments:abc123'),
    );
    expect(xkeyFor('/articles/noted')).toBe('article:noted articles comments:abc123');
  });

  it('find a page requested percent-encoded, and know nothing of pages never seen', () => {
    notePageTags(pageKey('/topics/a b'), page('topic:a b,topics'));
    expect(xkeyFor('/topics/a%20b')).toBe('topic:a b topics');
    expect(xkeyFor('/never-seen')).toBeUndefined();
    expect(xkeyFor('/%E0%A4%A')).toBeUndefined();
  });

  it('take the latest version of a page, and leave pages without tags or values alone', () => {
    notePageTags(pageKey('/changing'), page('articles'));
    notePageTags(pageKey('/changing'), page('articles,treatments'));
    notePageTags(pageKey('/changing'), null);
    notePageTags(pageKey('/changing'), { kind: 'FETCH', data: {} });
    expect(xkeyFor('/changing')).toBe('articles treatments');
    notePageTags(pageKey('/only-implicit'), page('_N_T_/layout'));
    expect(xkeyFor('/only-implicit')).toBeUndefined();
  });
});
