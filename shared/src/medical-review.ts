import { z } from 'zod';
import { authorRefSchema } from './author';

export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

/** The medicalReview component. Whether a review is overdue is derived (reviewStatus). */
export const medicalReviewSchema = z.object({
  reviewer: authorRefSchema.nullable().optional(),
  lastReviewedAt: z.iso.date({ error: 'lastReviewedAt must be a date (YYYY-MM-DD)' }).nullable(),
  reviewIntervalMonths: z
    .number()
    .int({ error: 'reviewIntervalMonths must be a whole number' })
    .positive({ error: 'reviewIntervalMonths must be greater than 0' })
    .nullish()
    .transform((months) => months ?? DEFAULT_REVIEW_INTERVAL_MONTHS),
});

export type MedicalReview = z.output<typeof medicalReviewSchema>;

export interface ReviewStatus {
  lastReviewedAt: string | null;
  /** The date (YYYY-MM-DD) the next review is due, or null when never reviewed. */
  dueAt: string | null;
  /** True once the UTC calendar date of `now` is after dueAt. Never reviewed is not overdue. */
  overdue: boolean;
}

/** What reviewStatus needs; a parsed MedicalReview fits, and so does raw CMS data. */
export interface ReviewInput {
  lastReviewedAt: string | null;
  reviewIntervalMonths?: number | null;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds whole calendar months; the day is clamped to the target month (Jan 31 + 1 → Feb 28/29). */
export function addMonths(isoDate: string, months: number): string | null {
  const match = DATE_PATTERN.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = new Date(Date.UTC(year, month, day));
  if (toIsoDate(start) !== isoDate) return null;
  const daysInTarget = new Date(Date.UTC(year, month + months + 1, 0)).getUTCDate();
  return toIsoDate(new Date(Date.UTC(year, month + months, Math.min(day, daysInTarget))));
}

/** When the next medical review is due and whether it is overdue on `now`. */
export function reviewStatus(review: ReviewInput | null | undefined, now: Date): ReviewStatus {
  const lastReviewedAt = review?.lastReviewedAt ?? null;
  const months = review?.reviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS;
  const dueAt = lastReviewedAt === null ? null : addMonths(lastReviewedAt, months);
  return { lastReviewedAt, dueAt, overdue: dueAt !== null && toIsoDate(now) > dueAt };
}
