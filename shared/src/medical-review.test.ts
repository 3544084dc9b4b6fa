import { addMonths, medicalReviewSchema, reviewStatus } from './medical-review';

describe('medicalReviewSchema', () => {
  it('defaults the interval to 12 months when missing or null', () => {
    expect(medicalReviewSchema.parse({ lastReviewedAt: '2025-01-15' }).reviewIntervalMonths).toBe(12);
    expect(
      medicalReviewSchema.parse({ lastReviewedAt: null, reviewIntervalMonths: null }).reviewIntervalMonths,
    ).toBe(12);
  });

  it('parses a reviewer reference', () => {
    const review = medicalReviewSchema.parse({
      reviewer: { name: 'Dr. Jane Doe', slug: 'jane-doe', credentials: 'MD' },
      lastReviewedAt: '2025-01-15',
      reviewIntervalMonths: 6,
    });
    expect(review.reviewer?.credentials).toBe('MD');
  });

  it.each(['2025-13-01', '2025-02-30', '15/01/2025', '2025-01-15T00:00:00Z'])(
    'rejects the date %s',
    (lastReviewedAt) => {
      expect(medicalReviewSchema.safeParse({ lastReviewedAt }).success).toBe(false);
    },
  );

  it('rejects a zero or fractional interval', () => {
    for (const reviewIntervalMonths of [0, -1, 1.5]) {
      expect(medicalReviewSchema.safeParse({ lastReviewedAt: null, reviewIntervalMonths }).success).toBe(
        false,
      );
    }
  });
});

describe('addMonths', () => {
  it('adds calendar months and clamps the day', () => {
    expect(addMonths('2025-01-15', 12)).toBe('2026-01-15');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('returns null for an impossible date', () => {
    expect(addMonths('2025-02-30', 1)).toBeNull();
    expect(addMonths('nonsense', 1)).toBeNull();
  });
});

describe('reviewStatus', () => {
  const review = { lastReviewedAt: '2025-01-15', reviewIntervalMonths: 12 };

  it('is not overdue on or before the due date', () => {
    expect(reviewStatus(review, new Date('2026-01-15T23:59:59Z'))).toEqual({
      lastReviewedAt: '2025-01-15',
      dueAt: '2026-01-15',
      overdue: false,
    });
  });

  it('is overdue the day after the due date', () => {
    expect(reviewStatus(review, new Date('2026-01-16T00:00:00Z')).overdue).toBe(true);
  });

  it('uses 12 months when no interval is given', () => {
    expect(reviewStatus({ lastReviewedAt: '2025-03-01' }, new Date()).dueAt).toBe('2026-03-01');
  });

  it('never calls a missing review overdue', () => {
    const never = { lastReviewedAt: null, dueAt: null, overdue: false };
    expect(reviewStatus(null, new Date())).toEqual(never);
    expect(reviewStatus(undefined, new Date())).toEqual(never);
    expect(reviewStatus({ lastReviewedAt: null, reviewIntervalMonths: 6 }, new Date())).toEqual(never);
  });
});
