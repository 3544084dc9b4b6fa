import { contentChangeSchema, type ContentChangeInput } from './revalidation';

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
  it('carry the articles whose comments changed', () => {
    const sent: ContentChangeInput = { type: 'comment', articles: ['abc123', 'def456'] };
    expect(contentChangeSchema.parse(sent)).toEqual(sent);
  });

  it('may name the articles’ slugs, so the site can warm and purge their pages', () => {
    const sent: ContentChangeInput = { type: 'comment', articles: ['abc123'], articleSlugs: ['what-is-it'] };
    expect(contentChangeSchema.parse(sent)).toEqual(sent);
    const blank = { type: 'comment', articles: ['abc123'], articleSlugs: [''] };
    expect(contentChangeSchema.safeParse(blank).success).toBe(false);
  });

  it('refuse article ids that are not document ids', () => {
    expect(contentChangeSchema.safeParse({ type: 'comment', articles: ['../x'] }).success).toBe(false);
    expect(contentChangeSchema.safeParse({ type: 'comment', articles: [] }).success).toBe(false);
  });
});
