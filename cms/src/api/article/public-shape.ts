/**
 * The exact fields and relations each public article route serves: every route sets its own populate and
 * fields, never `*` and nothing deep by default. Callers cannot widen these; the site never sends `populate`.
 */
const image = { fields: ['url', 'alternativeText', 'width', 'height', 'formats', 'mime'] };
const authorRef = { fields: ['name', 'slug', 'credentials'] };
const topicRef = { fields: ['name', 'slug'] };
const range = { fields: ['min', 'max', 'unit'] };

export const ARTICLE_LIST_SHAPE = {
  // body is read to compute readingMinutes and removed before the response (see the article controller).
  fields: ['title', 'slug', 'excerpt', 'body', 'publishedAt', 'updatedAt'],
  populate: { cover: image, author: authorRef, topics: topicRef },
};

export const ARTICLE_DETAIL_SHAPE = {
  fields: ['title', 'slug', 'excerpt', 'body', 'commentsOpen', 'publishedAt', 'updatedAt'],
  populate: {
    cover: image,
    author: { fields: ['name', 'slug', 'credentials', 'bio'], populate: { avatar: image } },
    topics: topicRef,
    treatments: {
      fields: ['name', 'slug', 'summary', 'painLevel'],
      populate: { downtime: range, resultsOnset: range, performedBy: true, precautions: true },
    },
    seo: { populate: { shareImage: image } },
    medicalReview: { populate: { reviewer: authorRef } },
    references: true,
  },
};
