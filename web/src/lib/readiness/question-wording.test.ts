import { ISOTRETINOIN, RETINOIDS } from '@skinfacts/shared/testing/precautions';
import { describeAnswer, LAST_OCCURRENCE_LABEL, questionHint } from './question-wording';

describe('question wording', () => {
  it('asks about each kind in its own words', () => {
    expect(LAST_OCCURRENCE_LABEL).toEqual({
      medication: 'Last taken on',
      activity: 'Last time on',
      condition: 'Last had it on',
      procedure: 'Last had one on',
    });
  });

  it('states the rule behind each question', () => {
    expect(questionHint(RETINOIDS)).toBe('Avoid for 24 hours before your appointment.');
    expect(questionHint(ISOTRETINOIN)).toBe(
      'Not eligible if it was within 6 months before your appointment.',
    );
    expect(questionHint({ ...RETINOIDS, advice: 'consult', windowValue: 1, windowUnit: 'week' })).toBe(
      'Ask your practitioner if it was within 1 week before your appointment.',
    );
  });

  it('repeats the answer for the checklist', () => {
    expect(describeAnswer('medication', '2026-12-02T20:00')).toBe('Last taken Wednesday 2 Dec, 20:00');
    expect(describeAnswer('activity', '2026-12-02T20:00')).toBe('Last time Wednesday 2 Dec, 20:00');
    expect(describeAnswer('medication', '2026-12-02T20:00', 2027)).toBe(
      'Last taken Wednesday 2 Dec 2026, 20:00',
    );
    expect(describeAnswer('medication', null)).toBe('Never');
    expect(describeAnswer('medication', undefined)).toBe('Not answered');
  });
});
