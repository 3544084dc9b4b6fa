import { articleSchema, articleSummarySchema } from './article';
import { microneedlingSummary } from './__fixtures__/treatment';

const summary = {
  id: 10,
  documentId: 'ar10p9o8i7u6y5t4r3e2w1q0',
  title: 'What to expect after microneedling',
  slug: 'what-to-expect-after-microneedling',
  excerpt: 'Redness, tightness and when to wear make-up again.',
  publishedAt: '2025-05-01T08:00:00.000Z',
  updatedAt: '2025-05-02T08:00:00.000+02:00',
};

describe('articleSummarySchema', () => {
  it('defaults topics to [] and leaves cover and author optional', () => {
    expect(articleSummarySchema.parse(summary)).toEqual({ ...summary, topics: [] });
  });

  it('parses cover, author and topics', () => {
    const parsed = articleSummarySchema.parse({
      ...summary,
      cover: { id: 1, documentId: 'm1', url: '/uploads/a.jpg', alternativeText: null },
      author: { name: 'Jane', slug: 'jane', credentials: null },
      topics: [{ name: 'Aftercare', slug: 'aftercare', id: 4 }],
    });
    expect(parsed.topics).toEqual([{ name: 'Aftercare', slug: 'aftercare' }]);
  });

  it('parses an optional whole readingMinutes', () => {
    expect(articleSummarySchema.parse({ ...summary, readingMinutes: 4 }).readingMinutes).toBe(4);
    expect(articleSummarySchema.safeParse({ ...summary, readingMinutes: 2.5 }).success).toBe(false);
    expect(articleSummarySchema.safeParse({ ...summary, readingMinutes: -1 }).success).toBe(false);
  });

  it.each(['title', 'slug', 'excerpt', 'publishedAt'])('requires %s', (key) => {
    expect(articleSummarySchema.safeParse({ ...summary, [key]: undefined }).success).toBe(false);
  });
});

describe('articleSchema', () => {
  const article = {
    ...summary,
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }],
    commentsOpen: true,
    references: [],
    treatments: [microneedlingSummary],
  };

  it('parses a full article with its treatments', () => {
    const parsed = articleSchema.parse({ ...article, seo: null, medicalReview: null });
    expect(parsed.treatments[0]?.slug).toBe('microneedling');
  });

  it("keeps the author's bio and avatar on the article page", () => {
    const avatar = {
      id: 1,
      documentId: 'm1',
      url: '/uploads/maya.png',
      alternativeText: 'Maya',
      width: 512,
      height: 512,
    };
    const author = {
      id: 1,
      name: 'Maya',
      slug: 'maya',
      credentials: 'MSc',
      bio: 'Writes about skin.',
      avatar,
    };
    const parsed = articleSchema.parse({ ...article, author });
    expect(parsed.author).toEqual({
      name: 'Maya',
      slug: 'maya',
      credentials: 'MSc',
      bio: 'Writes about skin.',
      avatar,
    });
    expect(
      articleSchema.parse({ ...article, author: { name: 'Maya', slug: 'maya' } }).author?.bio,
    ).toBeUndefined();
  });

  it('rejects a missing commentsOpen and a malformed body', () => {
    expect(articleSchema.safeParse({ ...article, commentsOpen: undefined }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, body: '<p>html</p>' }).success).toBe(false);
  });
});
