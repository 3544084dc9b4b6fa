import { authorBylineSchema } from './author';

describe('authorBylineSchema', () => {
  const byline = { name: 'Jane', slug: 'jane', credentials: 'MD', bio: null, avatar: null };

  it('parses a byline with an optional bio and avatar', () => {
    expect(authorBylineSchema.parse(byline)).toEqual(byline);
    expect(authorBylineSchema.parse({ name: 'Jane', slug: 'jane' })).toEqual({ name: 'Jane', slug: 'jane' });
    const avatar = { id: 1, documentId: 'm1', url: '/uploads/jane.png', width: 512, height: 512 };
    expect(authorBylineSchema.parse({ ...byline, avatar }).avatar).toEqual(avatar);
  });

  it('rejects a malformed avatar and a non-text bio', () => {
    expect(authorBylineSchema.safeParse({ ...byline, avatar: { url: 3 } }).success).toBe(false);
    expect(authorBylineSchema.safeParse({ ...byline, bio: 42 }).success).toBe(false);
  });
});
