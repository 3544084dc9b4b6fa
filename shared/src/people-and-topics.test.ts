import { authorRefSchema, authorSchema } from './author';
import { topicRefSchema, topicSchema } from './topic';

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
