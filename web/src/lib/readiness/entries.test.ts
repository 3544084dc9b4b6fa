import type { ReadinessResult } from '@skinfacts/shared';
import { ISOTRETINOIN, RETINOIDS, SUN_AFTER } from '@skinfacts/shared/testing/precautions';
import { entriesOf } from './entries';

describe('entriesOf', () => {
  it('joins each verdict with its precaution’s kind, advice and relation', () => {
    const result: ReadinessResult = {
      overall: 'ready',
      items: [
        { subject: 'Retinoids', status: 'ready', stopBy: '2026-12-03T10:00' },
        { subject: 'Sun after treatment', status: 'ready', avoidUntil: '2026-12-18T10:00' },
      ],
    };
    expect(entriesOf([RETINOIDS, SUN_AFTER], result)).toEqual([
      {
        subject: 'Retinoids',
        status: 'ready',
        stopBy: '2026-12-03T10:00',
        kind: 'medication',
        advice: 'avoid',
        relation: 'before',
      },
      {
        subject: 'Sun after treatment',
        status: 'ready',
        avoidUntil: '2026-12-18T10:00',
        kind: 'activity',
        advice: 'avoid',
        relation: 'after',
      },
    ]);
  });

  it('falls back to the subject when positions differ, and drops what it cannot match', () => {
    const result: ReadinessResult = {
      overall: 'incomplete',
      items: [
        { subject: 'Isotretinoin', status: 'unknown' },
        { subject: 'Nobody knows', status: 'unknown' },
      ],
    };
    expect(entriesOf([RETINOIDS, ISOTRETINOIN], result)).toEqual([
      {
        subject: 'Isotretinoin',
        status: 'unknown',
        kind: 'medication',
        advice: 'not-eligible',
        relation: 'before',
      },
    ]);
  });
});
