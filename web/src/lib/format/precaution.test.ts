import {
  PRECAUTION_ADVICE,
  PRECAUTION_KINDS,
  PRECAUTION_RELATIONS,
  TIME_UNITS,
  type Precaution,
} from '@skinfacts/shared';
import {
  ADVICE_LABELS,
  capitalize,
  describePrecaution,
  longestBeforeWindow,
  precautionTiming,
  sortByRelation,
} from './precaution';
import { RETINOIDS } from '@skinfacts/shared/testing/precautions';

const base: Precaution = { ...RETINOIDS, reason: null };

const timing = (patch: Partial<Precaution>) => precautionTiming({ ...base, ...patch });

describe('describePrecaution', () => {
  it('reads the examples from the content model', () => {
    expect(describePrecaution(base)).toBe('Retinoids — stop 24 hours before');
    expect(
      describePrecaution({
        ...base,
        subject: 'Isotretinoin',
        windowValue: 6,
        windowUnit: 'month',
        advice: 'not-eligible',
      }),
    ).toBe('Isotretinoin — not eligible if taken in the last 6 months');
    expect(describePrecaution({ ...base, subject: 'Sun exposure', kind: 'activity' })).toBe(
      'Sun exposure — avoid for 24 hours before',
    );
    expect(
      describePrecaution({ ...base, subject: 'Sun exposure', kind: 'activity', relation: 'after' }),
    ).toBe('Sun exposure — avoid for 24 hours after');
  });
});

describe('precautionTiming', () => {
  it.each([
    // relation before
    ['medication', 'before', 'avoid', 'stop 24 hours before'],
    ['activity', 'before', 'avoid', 'avoid for 24 hours before'],
    ['condition', 'before', 'avoid', 'must be clear for 24 hours before'],
    ['procedure', 'before', 'avoid', 'not within 24 hours before'],
    ['medication', 'before', 'consult', 'ask your practitioner if taken in the last 24 hours'],
    ['activity', 'before', 'consult', 'ask your practitioner if done in the last 24 hours'],
    ['condition', 'before', 'consult', 'ask your practitioner if present in the last 24 hours'],
    ['procedure', 'before', 'consult', 'ask your practitioner if done in the last 24 hours'],
    ['medication', 'before', 'not-eligible', 'not eligible if taken in the last 24 hours'],
    ['activity', 'before', 'not-eligible', 'not eligible if done in the last 24 hours'],
    ['condition', 'before', 'not-eligible', 'not eligible if present in the last 24 hours'],
    ['procedure', 'before', 'not-eligible', 'not eligible if done in the last 24 hours'],
    // relation after
    ['medication', 'after', 'avoid', 'avoid for 24 hours after'],
    ['activity', 'after', 'avoid', 'avoid for 24 hours after'],
    ['condition', 'after', 'avoid', 'avoid for 24 hours after'],
    ['procedure', 'after', 'avoid', 'avoid for 24 hours after'],
    ['medication', 'after', 'consult', 'ask your practitioner before taking it within 24 hours after'],
    ['activity', 'after', 'consult', 'ask your practitioner before doing it within 24 hours after'],
    ['condition', 'after', 'consult', 'tell your practitioner if present within 24 hours after'],
    ['procedure', 'after', 'consult', 'ask your practitioner before having one within 24 hours after'],
    ['medication', 'after', 'not-eligible', 'not eligible if needed within 24 hours after'],
    ['activity', 'after', 'not-eligible', 'not eligible if planned within 24 hours after'],
    ['condition', 'after', 'not-eligible', 'not eligible if expected within 24 hours after'],
    ['procedure', 'after', 'not-eligible', 'not eligible if planned within 24 hours after'],
  ] as const)('%s / %s / %s → "%s"', (kind, relation, advice, expected) => {
    expect(timing({ kind, relation, advice })).toBe(expected);
  });

  it('covers every kind, relation and advice with a phrase that names the window', () => {
    for (const kind of PRECAUTION_KINDS) {
      for (const relation of PRECAUTION_RELATIONS) {
        for (const advice of PRECAUTION_ADVICE) {
          const text = timing({ kind, relation, advice, windowValue: 3, windowUnit: 'week' });
          expect(text).toContain('3 weeks');
          expect(text.endsWith(relation) || text.includes('in the last')).toBe(true);
        }
      }
    }
  });

  it.each(TIME_UNITS)('uses the singular for exactly one %s and the plural otherwise', (unit) => {
    expect(timing({ windowValue: 1, windowUnit: unit })).toBe(`stop 1 ${unit} before`);
    expect(timing({ windowValue: 2, windowUnit: unit })).toBe(`stop 2 ${unit}s before`);
    expect(timing({ windowValue: 1, windowUnit: unit, relation: 'after' })).toBe(`avoid for 1 ${unit} after`);
  });

  it('says "in the last month", never "in the last 1 month"', () => {
    expect(timing({ advice: 'not-eligible', windowValue: 1, windowUnit: 'month' })).toBe(
      'not eligible if taken in the last month',
    );
    expect(timing({ advice: 'consult', windowValue: 1, windowUnit: 'day', kind: 'activity' })).toBe(
      'ask your practitioner if done in the last day',
    );
  });
});

describe('advice labels and capitalize', () => {
  it('labels every advice', () => {
    expect(ADVICE_LABELS).toEqual({
      avoid: 'Avoid',
      consult: 'Ask your practitioner',
      'not-eligible': 'Not eligible',
    });
  });

  it('upper-cases only the first letter', () => {
    expect(capitalize('stop 24 hours before')).toBe('Stop 24 hours before');
    expect(capitalize('')).toBe('');
  });
});

describe('longestBeforeWindow and sortByRelation', () => {
  const retinoids = base;
  const isotretinoin: Precaution = { ...base, subject: 'Isotretinoin', windowValue: 6, windowUnit: 'month' };
  const sunAfter: Precaution = {
    ...base,
    subject: 'Sun',
    relation: 'after',
    windowValue: 12,
    windowUnit: 'month',
  };

  it('finds the before-precaution reaching furthest back, ignoring after-care', () => {
    expect(longestBeforeWindow([retinoids, isotretinoin, sunAfter])?.subject).toBe('Isotretinoin');
    expect(
      longestBeforeWindow([
        { ...base, windowValue: 2, windowUnit: 'day' },
        { ...base, windowValue: 47 },
      ])?.windowValue,
    ).toBe(2);
    expect(longestBeforeWindow([sunAfter])).toBeNull();
  });

  it('lists before-precautions first, keeping order within each group', () => {
    expect(sortByRelation([sunAfter, retinoids, isotretinoin]).map((p) => p.subject)).toEqual([
      'Retinoids',
      'Isotretinoin',
      'Sun',
    ]);
  });
});
