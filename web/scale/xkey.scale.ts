import { publishedArticle, scale } from './helpers/scale';

const SLUG = 'preparing-for-microneedling';
/** The tag strings of web/src/lib/cms/tags.ts. */
const CMS_TAG =
  /^(articles|treatments|topics|authors|(article|treatment|topic|author):[\w-]+|comments:[A-Za-z0-9]+)$/;

const xkeyOf = (response: Response) => response.headers.get('xkey')?.split(' ') ?? [];

describe('the xkey header, for the edge cache', () => {
  it('names the tags of an article page’s reads, on every instance, first render or not', async () => {
    const { documentId } = await publishedArticle(SLUG);
    const expected = [`article:${SLUG}`, 'articles', `comments:${documentId}`];
    for (const site of [scale.siteA, scale.siteB, scale.siteA]) {
      const response = await fetch(`${site}/articles/${SLUG}`);
      // Whole, so that a failure shows how Next served it. Site B serves what site A rendered as a fresh HIT: the
      // page's lifetime is stored with it (a STALE copy would go out without Cache-Control, and uncached).
      expect({
        status: response.status,
        cache: response.headers.get('x-nextjs-cache'),
        xkey: xkeyOf(response),
      }).toEqual({
        status: 200,
        cache: expect.stringMatching(site === scale.siteA ? /^(HIT|MISS)$/ : /^HIT$/) as unknown,
        xkey: expect.arrayContaining(expected) as unknown,
      });
      for (const tag of xkeyOf(response)) expect(tag).toMatch(CMS_TAG);
    }
  });

  it('names the collections a listing shows, and the feed’s', async () => {
    expect(xkeyOf(await fetch(`${scale.siteB}/`))).toEqual(
      expect.arrayContaining(['articles', 'treatments']),
    );
    expect(xkeyOf(await fetch(`${scale.siteB}/feed.xml`))).toContain('articles');
  });

  it('is left off what no shared cache may keep', async () => {
    for (const path of ['/moderation', '/api/moderation/session']) {
      const response = await fetch(`${scale.siteA}${path}`);
      expect(response.headers.get('xkey')).toBeNull();
    }
  });

  it('leaves Next’s own caching headers as they were: static assets stay immutable', async () => {
    const html = await (await fetch(`${scale.siteA}/articles/${SLUG}`)).text();
    const asset = /\/_next\/static\/[^"'?]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const response = await fetch(`${scale.siteA}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('xkey')).toBeNull();
  });
});
