import { z } from 'zod';
import { authorBylineSchema, authorRefSchema } from './author';
import { blocksSchema } from './blocks';
import { citationSchema } from './citation';
import { mediaSchema } from './media';
import { medicalReviewSchema } from './medical-review';
import { seoSchema } from './seo';
import { topicRefSchema } from './topic';
import { treatmentSummarySchema } from './treatment';

const timestamp = z.iso.datetime({ offset: true });

/** What an article list item needs. */
export const articleSummarySchema = z.object({
  id: z.number(),
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  excerpt: z.string(),
  publishedAt: timestamp,
  updatedAt: timestamp,
  cover: mediaSchema.nullable().optional(),
  author: authorRefSchema.nullable().optional(),
  topics: z.array(topicRefSchema).optional().default([]),
  /** Derived by the CMS from the body (see reading-time.ts); optional until every route serves it. */
  readingMinutes: z.number().int().nonnegative().optional(),
});

/** A full article page. */
export const articleSchema = articleSummarySchema.extend({
  author: authorBylineSchema.nullable().optional(),
  body: blocksSchema,
  commentsOpen: z.boolean(),
  seo: seoSchema.nullable().optional(),
  medicalReview: medicalReviewSchema.nullable().optional(),
  references: z.array(citationSchema),
  treatments: z.array(treatmentSummarySchema),
});

export type ArticleSummary = z.output<typeof articleSummarySchema>;
export type Article = z.output<typeof articleSchema>;
