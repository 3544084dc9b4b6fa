import { authorRefSchema, authorSchema } from './author';
import { topicDetailSchema, topicRefSchema, topicSchema } from './topic';

describe('authorSchema', () => {
  const author = {
    id: 1,
    documentId: 'a1b2c3',
    name: 'Dr. Jane Doe',
    slug: 'jane-doe',
    credentials: 'MD, board-certified dermatologist',
    email: 'private@example.com',
  };

  it('parses an author, with bio and avatar optional, and strips unknown keys', () => {
    const parsed = authorSchema.parse(author);
    expect(parsed).toEqual({ ...author, email: undefined });
    expect(parsed).not.toHaveProperty('email');
  });

  it('accepts a null avatar and bio, rejects a missing credentials key', () => {
    expect(authorSchema.safeParse({ ...author, bio: null, avatar: null }).success).toBe(true);
    const { credentials: _c, ...noCredentials } = author;
    expect(authorSchema.safeParse(noCredentials).success).toBe(false);
  });

  it('parses a reference with or without credentials', () => {
    expect(authorRefSchema.parse({ name: 'Jane', slug: 'jane' })).toEqual({ name: 'Jane', slug: 'jane' });
    expect(authorRefSchema.safeParse({ name: 'Jane' }).success).toBe(false);
  });
});

describe('topicSchema', () => {
  it('parses a topic and its reference form', () => {
    const topic = { id: 2, documentId: 't1', name: 'Acne scars', slug: 'acne-scars', description: null };
    expect(topicSchema.parse(topic)).toEqual(topic);
    expect(topicRefSchema.parse(topic)).toEqual({ name: 'Acne scars', slug: 'acne-scars' });
    expect(topicSchema.safeParse({ ...topic, slug: 3 }).success).toBe(false);
  });
});

describe('topicDetailSchema', () => {
  const topic = {
    id: 2,
    documentId: 't1',
    name: 'Evidence',
    slug: 'evidence',
    description: 'What studies show.',
  };
  const article = {
    id: 4,
    documentId: 'ar4',
    title: 'Microneedling benefits',
    slug: 'microneedling-benefits',
    excerpt: 'Claims sorted by evidence.',
    publishedAt: '2026-11-23T20:23:46.766Z',
  };

  it('parses a topic with its articles', () => {
    const parsed = topicDetailSchema.parse({ ...topic, articles: [article] });
    expect(parsed.articles).toEqual([article]);
  });

  it('accepts an optional updatedAt and rejects a malformed one', () => {
    expect(topicSchema.parse({ ...topic, updatedAt: '2026-11-23T20:23:46.766Z' }).updatedAt).toBe(
      '2026-11-23T20:23:46.766Z',
    );
    expect(topicSchema.safeParse({ ...topic, updatedAt: 'yesterday' }).success).toBe(false);
  });

  it('requires the articles array and each article slug and publishedAt', () => {
    expect(topicDetailSchema.safeParse(topic).success).toBe(false);
    const { slug: _slug, ...noSlug } = article;
    expect(topicDetailSchema.safeParse({ ...topic, articles: [noSlug] }).success).toBe(false);
    expect(
      topicDetailSchema.safeParse({ ...topic, articles: [{ ...article, publishedAt: null }] }).success,
    ).toBe(false);
  });
});
