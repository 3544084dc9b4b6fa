import { z } from 'zod';
import { blocksSchema } from './blocks';
import { citationSchema } from './citation';
import { medicalReviewSchema } from './medical-review';
import { precautionSchema } from './precaution';
import { rangeSchema } from './range';

export const PERFORMER_ROLES = [
  'aesthetician',
  'dermatologist',
  'plastic-surgeon',
  'nurse',
  'doctor',
] as const;
export const PAIN_LEVELS = ['none', 'minimal', 'mild', 'moderate', 'significant'] as const;

export type PerformerRole = (typeof PERFORMER_ROLES)[number];
export type PainLevel = (typeof PAIN_LEVELS)[number];

const timestamp = z.iso.datetime({ offset: true });

/** What a treatment card or fact box needs (also used when populated inside an article). */
export const treatmentSummarySchema = z.object({
  id: z.number(),
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  summary: z.string(),
  painLevel: z.enum(PAIN_LEVELS),
  downtime: rangeSchema.nullable(),
  resultsOnset: rangeSchema.nullable(),
  performedBy: z.array(z.object({ role: z.enum(PERFORMER_ROLES) })),
  precautions: z.array(precautionSchema),
});

/** An article about a treatment, as the treatment page lists it (newest first). */
export const treatmentArticleSchema = z.object({
  id: z.number(),
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  excerpt: z.string(),
  publishedAt: timestamp,
});

/** A full treatment page. */
export const treatmentSchema = treatmentSummarySchema.extend({
  aliases: z.array(z.object({ name: z.string() })),
  howItWorks: blocksSchema.nullable(),
  benefits: z.array(z.object({ title: z.string(), description: z.string().nullable() })),
  references: z.array(citationSchema),
  medicalReview: medicalReviewSchema.nullable(),
  publishedAt: timestamp,
  updatedAt: timestamp,
  /** Published articles about the treatment; [] when the route leaves the relation out. */
  articles: z.array(treatmentArticleSchema).optional().default([]),
});

export type TreatmentSummary = z.output<typeof treatmentSummarySchema>;
export type Treatment = z.output<typeof treatmentSchema>;
export type TreatmentArticle = z.output<typeof treatmentArticleSchema>;
