import type { Block } from './blocks';

/** Seed data refers to other seed records by slug; the seed turns slugs into documentIds. */

export type Citation = { title: string; url?: string; publisher?: string; year?: number; note?: string };

export type MedicalReviewSeed = {
  /** Slug of the reviewing author (who must have credentials). */
  reviewer: string;
  lastReviewedAt: string;
  reviewIntervalMonths: number;
};

export type AuthorSeed = { name: string; slug: string; credentials?: string; bio: string };

export type TopicSeed = { name: string; slug: string; description: string };

export type Range = { min: number; max: number; unit: 'hour' | 'day' | 'week' | 'month' };

export type PrecautionSeed = {
  subject: string;
  kind: 'medication' | 'activity' | 'condition' | 'procedure';
  relation: 'before' | 'after';
  windowValue: number;
  windowUnit: Range['unit'];
  advice: 'avoid' | 'consult' | 'not-eligible';
  reason: string;
};

export type TreatmentSeed = {
  name: string;
  slug: string;
  aliases: string[];
  summary: string;
  howItWorks: Block[];
  benefits: Array<{ title: string; description: string }>;
  performedBy: Array<'aesthetician' | 'dermatologist' | 'plastic-surgeon' | 'nurse' | 'doctor'>;
  painLevel: 'none' | 'minimal' | 'mild' | 'moderate' | 'significant';
  downtime: Range;
  resultsOnset: Range;
  precautions: PrecautionSeed[];
  references: Citation[];
  medicalReview: MedicalReviewSeed;
};

export type ArticleSeed = {
  title: string;
  slug: string;
  excerpt: string;
  /** 'draft' creates a draft only; 'published' creates the document published. */
  status: 'published' | 'draft';
  author: string;
  topics: string[];
  treatments: string[];
  seo: { metaTitle: string; metaDescription: string };
  medicalReview?: MedicalReviewSeed;
  references: Citation[];
  commentsOpen: boolean;
  body: Block[];
};

export type CommentSeed = {
  /** Slug of the (published) article the comment belongs to. */
  article: string;
  authorName: string;
  authorEmail: string;
  authorUrl?: string;
  body: string;
  moderationStatus: 'pending' | 'approved';
  /** For a reply: the body of the comment it answers (same article). */
  replyTo?: string;
};

export type SeedKind = 'topic' | 'author' | 'treatment' | 'article' | 'comment' | 'image';

export type SeedSummary = Record<SeedKind, { created: number; existing: number }>;
