import { rangeProblems, rangeSchema } from './range';

describe('rangeSchema', () => {
  it('accepts a valid range and strips unknown keys', () => {
    expect(rangeSchema.parse({ id: 4, min: 3, max: 12, unit: 'month' })).toEqual({
      min: 3,
      max: 12,
      unit: 'month',
    });
  });

  it('accepts min equal to max and zero', () => {
    expect(rangeSchema.safeParse({ min: 0, max: 0, unit: 'day' }).success).toBe(true);
  });

  it('rejects min greater than max on the max path', () => {
    const result = rangeSchema.safeParse({ min: 12, max: 3, unit: 'month' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['max'], message: 'Minimum must not be greater than maximum' }),
    ]);
  });

  it.each([
    { min: -1, max: 3, unit: 'day' },
    { min: 1.5, max: 3, unit: 'day' },
    { min: 1, max: 3, unit: 'year' },
    { min: '1', max: 3, unit: 'day' },
  ])('rejects %j', (value) => {
    expect(rangeSchema.safeParse(value).success).toBe(false);
  });
});

describe('rangeProblems', () => {
  it('returns [] for a valid range', () => {
    expect(rangeProblems({ min: 1, max: 3, unit: 'week' })).toEqual([]);
  });

  it('names both numbers when min > max', () => {
    expect(rangeProblems({ min: 12, max: 3, unit: 'month' })).toEqual([
      'min (12) must not be greater than max (3)',
    ]);
  });

  it('describes each broken field', () => {
    expect(rangeProblems({ min: -2, max: 0.5, unit: 'fortnight' })).toEqual([
      'min must be a whole number of 0 or more',
      'max must be a whole number of 0 or more',
      'unit must be one of hour, day, week, month',
    ]);
  });

  it('reports a missing value', () => {
    expect(rangeProblems(null)).toHaveLength(1);
  });
});
