import { microneedlingSummary } from './__fixtures__/treatment';
import { treatmentSchema, treatmentSummarySchema } from './treatment';

const microneedling = {
  ...microneedlingSummary,
  aliases: [{ id: 1, name: 'Collagen induction therapy' }],
  howItWorks: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tiny needles…' }] }],
  benefits: [{ id: 1, title: 'Smoother texture', description: null }],
  references: [{ title: 'A review', url: 'https://example.org/review', year: 2020 }],
  medicalReview: { lastReviewedAt: '2025-06-01', reviewIntervalMonths: 12, reviewer: null },
  publishedAt: '2025-06-02T10:00:00.000Z',
  updatedAt: '2025-06-03T10:00:00.000Z',
};

describe('treatmentSummarySchema', () => {
  it('parses a summary and strips component ids', () => {
    const parsed = treatmentSummarySchema.parse(microneedlingSummary);
    expect(parsed.downtime).toEqual({ min: 1, max: 3, unit: 'day' });
    expect(parsed.performedBy).toEqual([{ role: 'dermatologist' }, { role: 'aesthetician' }]);
  });

  it('accepts missing ranges as null', () => {
    const parsed = treatmentSummarySchema.parse({
      ...microneedlingSummary,
      downtime: null,
      resultsOnset: null,
    });
    expect(parsed.downtime).toBeNull();
  });

  it.each([
    ['an unknown pain level', { painLevel: 'excruciating' }],
    ['an unknown performer role', { performedBy: [{ role: 'barber' }] }],
    ['an inverted range', { downtime: { min: 5, max: 1, unit: 'day' } }],
    [
      'a zero precaution window',
      { precautions: [{ ...microneedlingSummary.precautions[0], windowValue: 0 }] },
    ],
  ])('rejects %s', (_label, patch) => {
    expect(treatmentSummarySchema.safeParse({ ...microneedlingSummary, ...patch }).success).toBe(false);
  });
});

describe('treatmentSchema', () => {
  it('parses a full treatment', () => {
    const parsed = treatmentSchema.parse(microneedling);
    expect(parsed.aliases).toEqual([{ name: 'Collagen induction therapy' }]);
    expect(parsed.medicalReview?.reviewIntervalMonths).toBe(12);
  });

  it('accepts empty optional content', () => {
    const bare = { ...microneedling, howItWorks: null, medicalReview: null, aliases: [], references: [] };
    expect(treatmentSchema.safeParse(bare).success).toBe(true);
  });

  it('parses the articles about it, and defaults them to [] when the route leaves them out', () => {
    const article = {
      id: 6,
      documentId: 'ar6',
      title: 'Preparing for microneedling',
      slug: 'preparing-for-microneedling',
      excerpt: 'What to pause, and when.',
      publishedAt: '2026-11-23T20:26:23.639Z',
    };
    expect(treatmentSchema.parse({ ...microneedling, articles: [article] }).articles).toEqual([article]);
    expect(treatmentSchema.parse(microneedling).articles).toEqual([]);
    const untitled = [{ ...article, title: undefined }];
    expect(treatmentSchema.safeParse({ ...microneedling, articles: untitled }).success).toBe(false);
  });

  it('rejects a bad timestamp and a hostile reference link', () => {
    expect(treatmentSchema.safeParse({ ...microneedling, publishedAt: 'yesterday' }).success).toBe(false);
    const references = [{ title: 'x', url: 'javascript:alert(1)' }];
    expect(treatmentSchema.safeParse({ ...microneedling, references }).success).toBe(false);
  });
});
