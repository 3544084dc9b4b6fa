import { formatReviewsDue } from './format-reviews-due';
import type { DueReview } from './reviews-due';

describe('formatReviewsDue (the `npm run reviews:due` report)', () => {
  it('says when nothing is due', () => {
    expect(formatReviewsDue([], 30)).toBe('Nothing needs a medical review in the next 30 days.');
  });

  it('prints one line per item, in the given order, with its state, due date and last reviewer', () => {
    const due: DueReview[] = [
      {
        type: 'treatment',
        documentId: 't1',
        title: 'Microneedling',
        slug: 'microneedling',
        state: 'overdue',
        lastReviewedAt: '2025-01-15',
        dueAt: '2026-01-15',
        reviewer: 'Dr. Amara Okafor',
      },
      {
        type: 'article',
        documentId: 'a1',
        title: 'Aftercare',
        slug: null,
        state: 'never-reviewed',
        lastReviewedAt: null,
        dueAt: null,
        reviewer: null,
      },
    ];
    expect(formatReviewsDue(due, 60).split('\n')).toEqual([
      '2 item(s) need a medical review (overdue or due within 60 days):',
      '- [OVERDUE] treatment "Microneedling" (microneedling) — due 2026-01-15, last reviewer Dr. Amara Okafor',
      '- [never reviewed] article "Aftercare" (a1) — no review date, no reviewer',
    ]);
  });
});
