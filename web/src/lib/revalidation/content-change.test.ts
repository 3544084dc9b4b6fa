import { contentChangeSchema, tagsForChange } from './content-change';
import { TAGS } from '@/lib/cms/tags';

describe('tagsForChange', () => {
  it.each([
    ['article', TAGS.articles, TAGS.article],
    ['treatment', TAGS.treatments, TAGS.treatment],
    ['author', TAGS.authors, TAGS.author],
    ['topic', TAGS.topics, TAGS.topic],
  ] as const)('touches the %s pages under each slug, and the collection', (type, collection, item) => {
    expect(tagsForChange({ type, slugs: ['old-slug', 'new-slug'], shownOn: {} })).toEqual({
      pages: [item('old-slug'), item('new-slug')],
      shared: [collection],
    });
  });

  it('touches the collection alone when no slug is known, and each page once', () => {
    expect(tagsForChange({ type: 'topic', slugs: [], shownOn: {} })).toEqual({
      pages: [],
      shared: ['topics'],
    });
    expect(tagsForChange({ type: 'article', slugs: ['a', 'a'], shownOn: {} }).pages).toEqual(['article:a']);
  });
});

describe('contentChangeSchema', () => {
  it('accepts what the CMS sends and defaults the slugs and the other pages', () => {
    expect(contentChangeSchema.parse({ type: 'article', slugs: ['x'] })).toEqual({
      type: 'article',
      slugs: ['x'],
      shownOn: {},
    });
    expect(contentChangeSchema.parse({ type: 'author' })).toEqual({ type: 'author', slugs: [], shownOn: {} });
    const shown = { type: 'treatment', slugs: ['t'], shownOn: { articles: ['a', 'b'] } };
    expect(contentChangeSchema.parse(shown)).toEqual(shown);
    const unknownKind = { type: 'author', slugs: [], shownOn: { podcasts: ['p'], articles: ['a'] } };
    expect(contentChangeSchema.parse(unknownKind)).toMatchObject({ shownOn: { articles: ['a'] } });
    expect(contentChangeSchema.parse(unknownKind)).not.toHaveProperty('shownOn.podcasts');
  });

  it.each([
    {},
    { type: 'comment', slugs: [] },
    { type: 'article', slugs: 'x' },
    { type: 'article', slugs: [''] },
    { type: 'article', slugs: ['x'.repeat(201)] },
    { type: 'article', slugs: Array.from({ length: 101 }, (_, i) => `s${i}`) },
    { type: 'article', slugs: ['x'], shownOn: { topics: [''] } },
  ])('refuses %j', (body) => {
    expect(contentChangeSchema.safeParse(body).success).toBe(false);
  });
});

describe('comment changes', () => {
  it('expire the comments tag of each article, and nothing shared', () => {
    const change = contentChangeSchema.parse({ type: 'comment', articles: ['abc123', 'abc123', 'def456'] });
    expect(tagsForChange(change)).toEqual({ pages: ['comments:abc123', 'comments:def456'], shared: [] });
  });

  it('refuse article ids that are not document ids', () => {
    expect(contentChangeSchema.safeParse({ type: 'comment', articles: ['../x'] }).success).toBe(false);
  });
});
