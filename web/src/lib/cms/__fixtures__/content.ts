/**
 * Article and treatment responses shaped exactly as the CMS serves them (trimmed from the seeded demo
 * content, component ids included), for tests. Parse them with the shared schemas to get domain values.
 */
import { ISOTRETINOIN, RETINOIDS, SUN_EXPOSURE } from '@skinfacts/shared/testing/precautions';

const image = (name: string, width: number, height: number, alternativeText: string | null) => ({
  id: 4,
  documentId: `media-${name}`,
  url: `/uploads/${name}.png`,
  alternativeText,
  width,
  height,
  formats: { small: { url: `/uploads/small_${name}.png`, width: 500, height: 281, mime: 'image/png' } },
  mime: 'image/png',
});

const reviewer = {
  id: 2,
  documentId: 'au2',
  name: 'Dr. Amara Okafor',
  slug: 'amara-okafor',
  credentials: 'MD, FAAD — board-certified dermatologist',
};

/** The shared precautions as the CMS serves them: with component ids. */
export const rawPrecautions = [
  { id: 5, ...RETINOIDS, reason: 'Retinoids make the surface more reactive.' },
  { id: 7, ...SUN_EXPOSURE },
  { id: 8, ...ISOTRETINOIN },
];

export const rawTreatmentSummary = {
  id: 2,
  documentId: 'tr2',
  name: 'Microneedling',
  slug: 'microneedling',
  summary: 'Very fine needles make many tiny, shallow punctures in the skin.',
  painLevel: 'minimal',
  downtime: { id: 3, min: 1, max: 3, unit: 'day' },
  resultsOnset: { id: 4, min: 3, max: 12, unit: 'month' },
  performedBy: [
    { id: 4, role: 'aesthetician' },
    { id: 5, role: 'dermatologist' },
    { id: 6, role: 'plastic-surgeon' },
  ],
  precautions: rawPrecautions,
};

export const rawArticle = {
  id: 2,
  documentId: 'ar2',
  title: 'What is microneedling, and how does it work?',
  slug: 'what-is-microneedling',
  excerpt: 'Microneedling uses controlled micro-injuries to prompt the skin to repair itself.',
  commentsOpen: true,
  publishedAt: '2026-11-23T20:26:22.428Z',
  updatedAt: '2026-11-23T20:26:22.419Z',
  readingMinutes: 4,
  cover: image('cover_what_is_microneedling', 1600, 900, 'Soft circles and a field of fine dots'),
  topics: [{ id: 1, documentId: 'to1', name: 'Treatments explained', slug: 'treatments-explained' }],
  references: [
    {
      id: 17,
      title: 'Minimally invasive percutaneous collagen induction',
      url: null,
      publisher: 'Oral and Maxillofacial Surgery Clinics of North America',
      year: 2005,
      note: 'Early description of the technique.',
    },
    {
      id: 18,
      title: 'Microneedling: a review and practical guide',
      url: 'https://example.org/review',
      publisher: 'Dermatologic Surgery',
      year: 2018,
      note: null,
    },
  ],
  author: {
    id: 1,
    documentId: 'au1',
    name: 'Maya Lindqvist',
    slug: 'maya-lindqvist',
    credentials: 'MSc Science Communication',
    bio: 'Maya writes about skin treatments.',
    avatar: image('avatar_maya_lindqvist', 512, 512, 'Initials of Maya Lindqvist'),
  },
  treatments: [rawTreatmentSummary],
  seo: {
    id: 2,
    metaTitle: 'What is microneedling and how does it work?',
    metaDescription: 'Collagen induction therapy explained.',
    shareImage: null,
  },
  medicalReview: { id: 4, lastReviewedAt: '2026-02-20', reviewIntervalMonths: 12, reviewer },
  body: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'You may also meet it as ' },
        { type: 'text', text: 'collagen induction therapy', bold: true },
        { type: 'text', text: '.' },
      ],
    },
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'The idea in one sentence' }] },
  ],
};

export const rawTreatment = {
  ...rawTreatmentSummary,
  publishedAt: '2026-11-23T20:26:21.000Z',
  updatedAt: '2026-11-23T20:26:21.000Z',
  aliases: [
    { id: 3, name: 'Collagen induction therapy' },
    { id: 4, name: 'Skin needling' },
  ],
  howItWorks: [
    { type: 'paragraph', children: [{ type: 'text', text: 'A pen-shaped device is passed over the skin.' }] },
    { type: 'heading', level: 3, children: [{ type: 'text', text: 'The healing response' }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'Each channel is a controlled micro-injury.' }] },
  ],
  benefits: [
    { id: 7, title: 'Acne scars', description: 'The best-studied use.' },
    { id: 8, title: 'Enlarged pores', description: null },
  ],
  references: [
    {
      id: 7,
      title: 'Percutaneous collagen induction therapy',
      url: null,
      publisher: null,
      year: 2008,
      note: null,
    },
  ],
  medicalReview: { id: 2, lastReviewedAt: '2026-03-12', reviewIntervalMonths: 12, reviewer },
  articles: [
    {
      id: 6,
      documentId: 'ar6',
      title: 'Preparing for microneedling',
      slug: 'preparing-for-microneedling',
      excerpt: 'What to pause, and when.',
      publishedAt: '2026-11-23T20:26:23.639Z',
    },
  ],
};
