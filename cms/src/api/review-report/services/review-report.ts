import type { Core } from '@strapi/strapi';
import { reviewsDue, type ReviewedItem } from '../../../rules/reviews-due';

const REVIEW_POPULATE = { medicalReview: { populate: { reviewer: { fields: ['name' as const] } } } };

type StoredReview = {
  slug?: string | null;
  medicalReview?: {
    lastReviewedAt?: unknown;
    reviewIntervalMonths?: number | null;
    reviewer?: { name?: string | null } | null;
  } | null;
};

function toReviewedItem(
  type: ReviewedItem['type'],
  documentId: string,
  title: string | null | undefined,
  stored: StoredReview,
): ReviewedItem {
  const review = stored.medicalReview;
  return {
    type,
    documentId,
    title: title ?? '(untitled)',
    slug: stored.slug ?? null,
    medicalReview: review
      ? {
          lastReviewedAt: typeof review.lastReviewedAt === 'string' ? review.lastReviewedAt : null,
          reviewIntervalMonths: review.reviewIntervalMonths,
          reviewer: review.reviewer,
        }
      : null,
  };
}

/** Published articles and treatments with their review data, for the editors' review queue. */
const reviewReportService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async due(now: Date, withinDays: number) {
    const [articles, treatments] = await Promise.all([
      strapi.documents('api::article.article').findMany({
        status: 'published',
        fields: ['title', 'slug'],
        populate: REVIEW_POPULATE,
      }),
      strapi.documents('api::treatment.treatment').findMany({
        status: 'published',
        fields: ['name', 'slug'],
        populate: REVIEW_POPULATE,
      }),
    ]);
    const items: ReviewedItem[] = [
      ...articles.map((article) => toReviewedItem('article', article.documentId, article.title, article)),
      ...treatments.map((treatment) =>
        toReviewedItem('treatment', treatment.documentId, treatment.name, treatment),
      ),
    ];
    return reviewsDue(items, now, withinDays);
  },
});

export default reviewReportService;

export type ReviewReportService = ReturnType<typeof reviewReportService>;

/** This service with its own type (Strapi's `strapi.service()` types every service's members as `any`). */
export const reviewReportOf = (strapi: Core.Strapi) =>
  strapi.service('api::review-report.review-report') as ReviewReportService;
