import type { DueReview } from './reviews-due';

const STATE_LABELS: Record<DueReview['state'], string> = {
  'never-reviewed': 'never reviewed',
  overdue: 'OVERDUE',
  'due-soon': 'due soon',
};

/** The `npm run reviews:due` report: one line per item, most urgent first. */
export function formatReviewsDue(due: DueReview[], withinDays: number): string {
  if (due.length === 0) return `Nothing needs a medical review in the next ${withinDays} days.`;
  const lines = due.map((item) => {
    const when = item.dueAt ? `due ${item.dueAt}` : 'no review date';
    const who = item.reviewer ? `last reviewer ${item.reviewer}` : 'no reviewer';
    return `- [${STATE_LABELS[item.state]}] ${item.type} "${item.title}" (${item.slug ?? item.documentId}) — ${when}, ${who}`;
  });
  return [
    `${due.length} item(s) need a medical review (overdue or due within ${withinDays} days):`,
    ...lines,
  ].join('\n');
}
