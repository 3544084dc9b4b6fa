import { z } from 'zod';

export const topicSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  description: z.string().nullable().optional(),
});

/** A topic populated inside another entry (an article's topic chips). */
export const topicRefSchema = z.object({
  name: z.string(),
  slug: z.string(),
});

export type Topic = z.output<typeof topicSchema>;
export type TopicRef = z.output<typeof topicRefSchema>;
