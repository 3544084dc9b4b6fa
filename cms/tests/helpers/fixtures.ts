import type { Core } from '@strapi/strapi';
import { precaution } from '@skinfacts/shared/testing/precautions';
import { articleData, documentsOf } from './loose-documents';

export type Fixtures = Awaited<ReturnType<typeof createFixtures>>;

/** A small world for API tests: published, closed and draft-only articles, a treatment, comments in each status. */
export async function createFixtures(strapi: Core.Strapi) {
  const docs = documentsOf(strapi);
  const author = await docs('api::author.author').create({
    data: { name: 'Test Writer', credentials: 'Health writer' },
  });
  const treatment = await docs('api::treatment.treatment').create({
    data: {
      name: 'Test Needling',
      summary: 'A treatment used in tests.',
      painLevel: 'minimal',
      resultsOnset: { min: 3, max: 12, unit: 'month' },
      medicalReview: { reviewer: author.documentId, lastReviewedAt: '2026-06-01', reviewIntervalMonths: 12 },
      references: [{ title: 'A test source', publisher: 'Test Journal', year: 2024 }],
      precautions: [precaution('Retinoids', 24, 'hour')],
    },
    status: 'published',
  });
  const article = (title: string, extra: Record<string, unknown> = {}) =>
    articleData(title, { author: author.documentId, treatments: [treatment.documentId], ...extra });

  const open = await docs('api::article.article').create({
    data: article('Open article'),
    status: 'published',
  });
  const second = await docs('api::article.article').create({
    data: article('Second article'),
    status: 'published',
  });
  const closed = await docs('api::article.article').create({
    data: article('Closed article', { commentsOpen: false }),
    status: 'published',
  });
  const draft = await docs('api::article.article').create({ data: article('Secret draft') });

  const comment = (
    articleId: string,
    moderationStatus: string,
    body: string,
    extra: Record<string, unknown> = {},
  ) =>
    docs('api::comment.comment').create({
      data: {
        article: articleId,
        authorName: `${moderationStatus} author`,
        authorEmail: `${moderationStatus}@example.com`,
        body,
        moderationStatus,
        ipHash: `hash-${moderationStatus}`,
        userAgent: 'jest',
        spamSignals: { reason: `signal-${moderationStatus}` },
        moderatedBy: 'moderator@example.com',
        ...extra,
      },
    });

  const approved = await comment(open.documentId, 'approved', 'An approved comment');
  const pending = await comment(open.documentId, 'pending', 'A pending comment');
  const rejected = await comment(open.documentId, 'rejected', 'A rejected comment');
  const spam = await comment(open.documentId, 'spam', 'A spam comment');
  const approvedOnSecond = await comment(second.documentId, 'approved', 'Approved on the second article');
  const pendingReply = await comment(open.documentId, 'pending', 'A pending reply', {
    parent: approved.documentId,
  });

  return {
    author,
    treatment,
    articles: { open, second, closed, draft },
    comments: { approved, pending, rejected, spam, approvedOnSecond, pendingReply },
  };
}

/** The admin's API-token service as the tests call it (`strapi.service()` types its members as `any`). */
type AdminApiTokens = {
  create(token: { name: string; type: 'full-access'; lifespan: null }): Promise<{ accessKey: string }>;
};

/** A full-access API token, as the site's preview would use. */
export async function createApiToken(strapi: Core.Strapi) {
  const token = await (strapi.service('admin::api-token') as AdminApiTokens).create({
    name: `test-${Date.now()}`,
    type: 'full-access',
    lifespan: null,
  });
  return token.accessKey;
}
