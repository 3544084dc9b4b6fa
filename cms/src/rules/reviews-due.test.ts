import { reviewsDue, type ReviewedItem } from './reviews-due';

const item = (title: string, lastReviewedAt: string | null, reviewIntervalMonths = 12): ReviewedItem => ({
  type: 'article',
  documentId: title.toLowerCase(),
  title,
  slug: title.toLowerCase(),
  medicalReview:
    lastReviewedAt === null ? null : { lastReviewedAt, reviewIntervalMonths, reviewer: { name: 'Dr. R' } },
});

const NOW = new Date('2026-11-23T12:00:00Z');

describe('reviewsDue', () => {
  it('lists never reviewed, overdue and due-within-30-days items, most urgent first', () => {
    const due = reviewsDue(
      [
        item('Fresh', '2026-06-01'),
        item('Soon', '2025-12-20'),
        item('Overdue', '2025-08-14'),
        item('Never', null),
        item('Short interval', '2026-09-01', 3),
      ],
      NOW,
    );
    expect(due.map((entry) => [entry.title, entry.state, entry.dueAt])).toEqual([
      ['Never', 'never-reviewed', null],
      ['Overdue', 'overdue', '2026-08-14'],
      ['Short interval', 'due-soon', '2026-12-01'],
      ['Soon', 'due-soon', '2026-12-20'],
    ]);
  });

  it('counts the last day of the window in and the next day out', () => {
    expect(reviewsDue([item('Edge', '2025-12-23')], NOW)).toHaveLength(1);
    expect(reviewsDue([item('Past edge', '2025-12-24')], NOW)).toHaveLength(0);
  });

  it('is not overdue on its due date itself', () => {
    expect(reviewsDue([item('Due today', '2025-11-23')], NOW)[0]?.state).toBe('due-soon');
  });
});
