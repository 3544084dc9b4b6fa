import { slugRedirectParamsSchema, slugRedirectPath, slugRedirectQuerySchema } from './slug-redirect';

describe('slug redirect route contract', () => {
  it('accepts the three content types with pages and a slug', () => {
    for (const type of ['article', 'treatment', 'topic']) {
      expect(slugRedirectParamsSchema.safeParse({ type, slug: 'old-one-2' }).success).toBe(true);
    }
  });

  it.each([
    [{ type: 'author', slug: 'x' }],
    [{ type: 'article', slug: 'Not-A-Slug' }],
    [{ type: 'article', slug: 'a--b' }],
    [{ type: 'article', slug: 'x'.repeat(121) }],
    [{ type: 'article', slug: 'ok', extra: 'no' }],
  ])('refuses %j', (params) => {
    expect(slugRedirectParamsSchema.safeParse(params).success).toBe(false);
  });

  it('takes no query parameters', () => {
    expect(slugRedirectQuerySchema.safeParse({}).success).toBe(true);
    expect(slugRedirectQuerySchema.safeParse({ populate: '*' }).success).toBe(false);
  });

  it('builds the CMS path', () => {
    expect(slugRedirectPath('topic', 'skin-care')).toBe('/api/slug-redirects/topic/skin-care');
  });
});
