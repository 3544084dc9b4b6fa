import { contentChangeSchema } from '@skinfacts/shared';
import { tagsForChange } from './content-change';
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

describe('comment changes', () => {
  it('expire the comments tag of each article, and nothing shared', () => {
    const change = contentChangeSchema.parse({ type: 'comment', articles: ['abc123', 'abc123', 'def456'] });
    expect(tagsForChange(change)).toEqual({ pages: ['comments:abc123', 'comments:def456'], shared: [] });
  });
});
