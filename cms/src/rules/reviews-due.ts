import { reviewStatus } from '@skinfacts/shared';

export type ReviewedItem = {
  type: 'article' | 'treatment';
  documentId: string;
  title: string;
  slug: string | null;
  medicalReview?: {
    lastReviewedAt?: string | null;
    reviewIntervalMonths?: number | null;
    reviewer?: { name?: string | null } | null;
  } | null;
};

export type DueReview = {
  type: ReviewedItem['type'];
  documentId: string;
  title: string;
  slug: string | null;
  reviewer: string | null;
  lastReviewedAt: string | null;
  dueAt: string | null;
  /** never-reviewed: no review date yet; overdue: past its due date; due-soon: due within the window. */
  state: 'never-reviewed' | 'overdue' | 'due-soon';
};

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The editors' review queue: items never reviewed, overdue, or due within `withinDays` of `now`,
 * most urgent first (never reviewed, then by due date).
 */
export function reviewsDue(items: ReviewedItem[], now: Date, withinDays = 30): DueReview[] {
  const horizon = addDays(now.toISOString().slice(0, 10), withinDays);
  const due: DueReview[] = [];
  for (const item of items) {
    const status = reviewStatus(
      {
        lastReviewedAt: item.medicalReview?.lastReviewedAt ?? null,
        reviewIntervalMonths: item.medicalReview?.reviewIntervalMonths,
      },
      now,
    );
    const state =
      status.dueAt === null
        ? 'never-reviewed'
        : status.overdue
          ? 'overdue'
          : status.dueAt <= horizon
            ? 'due-soon'
            : null;
    if (!state) continue;
    due.push({
      type: item.type,
      documentId: item.documentId,
      title: item.title,
      slug: item.slug,
      reviewer: item.medicalReview?.reviewer?.name ?? null,
      lastReviewedAt: status.lastReviewedAt,
      dueAt: status.dueAt,
      state,
    });
  }
  return due.sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
}
