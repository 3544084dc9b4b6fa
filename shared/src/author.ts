import { z } from 'zod';
import { mediaSchema } from './media';

/** An author as the author routes return it. */
export const authorSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  credentials: z.string().nullable(),
  bio: z.string().nullable().optional(),
  avatar: mediaSchema.nullable().optional(),
});

/** An author populated inside another entry (article byline, medical reviewer). */
export const authorRefSchema = z.object({
  name: z.string(),
  slug: z.string(),
  credentials: z.string().nullable().optional(),
});

/**
 * An article's author as the article page shows it: the reference plus bio and avatar (the article
 * detail route populates both; other routes that embed an author may not).
 */
export const authorBylineSchema = authorRefSchema.extend({
  bio: z.string().nullable().optional(),
  avatar: mediaSchema.nullable().optional(),
});

export type Author = z.output<typeof authorSchema>;
export type AuthorRef = z.output<typeof authorRefSchema>;
export type AuthorByline = z.output<typeof authorBylineSchema>;
