import { precautionProblems, precautionSchema } from './precaution';
import { RETINOIDS } from './testing/precautions';

const retinoids = RETINOIDS;

describe('precautionSchema', () => {
  it('accepts a complete precaution and trims the subject', () => {
    expect(precautionSchema.parse({ ...retinoids, subject: '  Retinoids ', id: 9 })).toEqual(retinoids);
  });

  it('allows reason to be null or missing', () => {
    expect(precautionSchema.safeParse({ ...retinoids, reason: null }).success).toBe(true);
    const { reason: _reason, ...withoutReason } = retinoids;
    expect(precautionSchema.safeParse(withoutReason).success).toBe(true);
  });
});

describe('precautionProblems', () => {
  it('returns [] for a valid precaution', () => {
    expect(precautionProblems(retinoids)).toEqual([]);
  });

  it.each([0, -6, 1.5, Number.NaN, '6'])('rejects windowValue %p', (windowValue) => {
    expect(precautionProblems({ ...retinoids, windowValue })).toEqual([
      'windowValue must be a whole number greater than 0',
    ]);
  });

  it('names the allowed values of each enum', () => {
    const problems = precautionProblems({
      ...retinoids,
      kind: 'food',
      relation: 'during',
      windowUnit: 'year',
      advice: 'ignore',
    });
    expect(problems).toEqual([
      'kind must be one of medication, activity, condition, procedure',
      'relation must be one of before, after',
      'windowUnit must be one of hour, day, week, month',
      'advice must be one of avoid, consult, not-eligible',
    ]);
  });

  it('rejects an empty or oversize subject and an oversize reason', () => {
    expect(precautionProblems({ ...retinoids, subject: '   ' })).toEqual(['subject is required']);
    expect(precautionProblems({ ...retinoids, subject: 's'.repeat(81) })).toEqual([
      'subject must be at most 80 characters',
    ]);
    expect(precautionProblems({ ...retinoids, reason: 'r'.repeat(301) })).toEqual([
      'reason must be at most 300 characters',
    ]);
  });
});
