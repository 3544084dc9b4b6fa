import { z } from 'zod';

const timestamp = z.iso.datetime({ offset: true });

export const topicSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable().optional(),
  /** Served by routes that select it (the sitemap's lastmod); optional so a narrower route still parses. */
  updatedAt: timestamp.optional(),
});

/** A topic populated inside another entry (an article's topic chips). */
export const topicRefSchema = z.object({
  name: z.string(),
  slug: z.string(),
});

/** An article as a topic page lists it (`GET /api/topics/:slug` populates title, slug, excerpt, publishedAt). */
export const topicArticleSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  excerpt: z.string(),
  publishedAt: timestamp,
});

/** A topic page: the topic and its published articles, newest first. */
export const topicDetailSchema = topicSchema.extend({
  articles: z.array(topicArticleSchema),
});

export type Topic = z.output<typeof topicSchema>;
export type TopicRef = z.output<typeof topicRefSchema>;
export type TopicArticle = z.output<typeof topicArticleSchema>;
export type TopicDetail = z.output<typeof topicDetailSchema>;
