/**
 * The exact fields and relations each public treatment route serves: every route sets its own populate and
 * fields, never `*` and nothing deep by default.
 */
const range = { fields: ['min', 'max', 'unit'] };
const authorRef = { fields: ['name', 'slug', 'credentials'] };

const SUMMARY_POPULATE = {
  downtime: range,
  resultsOnset: range,
  performedBy: true,
  precautions: true,
};

export const TREATMENT_LIST_SHAPE = {
  fields: ['name', 'slug', 'summary', 'painLevel', 'publishedAt', 'updatedAt'],
  populate: SUMMARY_POPULATE,
};

export const TREATMENT_DETAIL_SHAPE = {
  fields: ['name', 'slug', 'summary', 'howItWorks', 'painLevel', 'publishedAt', 'updatedAt'],
  populate: {
    ...SUMMARY_POPULATE,
    aliases: true,
    benefits: true,
    references: true,
    medicalReview: { populate: { reviewer: authorRef } },
    articles: { fields: ['title', 'slug', 'excerpt', 'publishedAt'], sort: ['publishedAt:desc'] },
  },
};
