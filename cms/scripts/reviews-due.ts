/**
 * `npm run reviews:due [-- --days 60]`: published articles and treatments whose medical review is overdue,
 * due within the window (30 days by default) or missing. Same data as GET /api/reviews/due.
 */
import { formatReviewsDue } from '../src/rules/format-reviews-due';
import type { DueReview } from '../src/rules/reviews-due';
import { reviewReportOf } from '../src/api/review-report/services/review-report';
import { runWithStrapi } from './with-strapi';

const daysFlag = process.argv.indexOf('--days');
const withinDays = daysFlag === -1 ? 30 : Number(process.argv[daysFlag + 1]);
if (!Number.isInteger(withinDays) || withinDays < 0) {
  console.error('reviews:due: --days takes a whole number of days, e.g. --days 60');
  process.exit(2);
}

runWithStrapi('reviews:due', async (strapi) => {
  const due: DueReview[] = await reviewReportOf(strapi).due(new Date(), withinDays);
  console.log(formatReviewsDue(due, withinDays));
});
