import type { Precaution, ReadinessItem } from '@skinfacts/shared';
import { ISOTRETINOIN, RETINOIDS, SUN_AFTER, SUN_EXPOSURE } from '@skinfacts/shared/testing/precautions';
import { describeVerdict, OVERALL_VERDICT, STATUS_ICON, STATUS_LABEL, toneOf } from './verdict-wording';

const item = (subject: string, rest: Omit<ReadinessItem, 'subject'>): ReadinessItem => ({ subject, ...rest });
const as = (precaution: Precaution, changes: Partial<Precaution>): Precaution => ({
  ...precaution,
  ...changes,
});

describe('describeVerdict', () => {
  it('words a ready stop-by time by kind', () => {
    const ready = item('x', { status: 'ready', stopBy: '2026-12-03T10:00' });
    expect(describeVerdict(ready, RETINOIDS)).toBe("Don't take it after Thursday 3 Dec, 10:00.");
    expect(describeVerdict(ready, SUN_EXPOSURE)).toBe('Avoid it after Thursday 3 Dec, 10:00.');
    expect(describeVerdict(ready, as(RETINOIDS, { kind: 'procedure' }))).toBe(
      "Don't have one after Thursday 3 Dec, 10:00.",
    );
    expect(describeVerdict(ready, as(RETINOIDS, { kind: 'condition' }))).toBe(
      'If it comes back after Thursday 3 Dec, 10:00, your appointment will need to move.',
    );
    expect(describeVerdict(ready, as(RETINOIDS, { advice: 'consult' }))).toBe(
      'If you take it after Thursday 3 Dec, 10:00, ask your practitioner first.',
    );
  });

  it('reminds a ready visitor how to stay eligible', () => {
    expect(describeVerdict(item('x', { status: 'ready' }), ISOTRETINOIN)).toBe(
      'Eligible. Taking it again before your appointment would make you ineligible.',
    );
  });

  it('gives the earliest safe appointment when the last use is too recent', () => {
    const tooRecent = item('x', { status: 'too-recent', earliestAppointment: '2026-12-04T12:00' });
    expect(describeVerdict(tooRecent, RETINOIDS)).toBe('Earliest safe appointment: Friday 4 Dec, 12:00.');
    expect(describeVerdict(tooRecent, as(RETINOIDS, { advice: 'consult' }))).toBe(
      'Ask your practitioner before this appointment, or move it to Friday 4 Dec, 12:00 or later.',
    );
  });

  it('says until when the visitor is not eligible, with the year', () => {
    const notEligible = item('x', { status: 'not-eligible', eligibleFrom: '2027-09-01T12:00' });
    expect(describeVerdict(notEligible, ISOTRETINOIN, 2027)).toBe('Not eligible until 1 Sep 2027, 12:00.');
  });

  it('asks for an answer, and still gives the stop-by time', () => {
    expect(describeVerdict(item('x', { status: 'unknown', stopBy: '2026-12-03T10:00' }), RETINOIDS)).toBe(
      "Answer the question to get a verdict. Either way: don't take it after Thursday 3 Dec, 10:00.",
    );
    expect(describeVerdict(item('x', { status: 'unknown' }), ISOTRETINOIN)).toBe(
      'Answer the question to get a verdict.',
    );
  });

  it('words after-care as "avoid until"', () => {
    const afterCare = item('x', { status: 'ready', avoidUntil: '2026-12-18T10:00' });
    expect(describeVerdict(afterCare, SUN_AFTER)).toBe('Avoid until Friday 18 Dec, 10:00.');
    expect(describeVerdict(afterCare, as(SUN_AFTER, { advice: 'consult', kind: 'medication' }))).toBe(
      'Until Friday 18 Dec, 10:00, ask your practitioner before taking it.',
    );
    expect(describeVerdict(afterCare, as(SUN_AFTER, { advice: 'not-eligible', kind: 'procedure' }))).toBe(
      'You are not eligible if you have one planned before Friday 18 Dec, 10:00. Tell your practitioner.',
    );
  });

  it('shows a year only when it differs from the appointment’s', () => {
    const ready = item('x', { status: 'ready', stopBy: '2026-12-31T10:00' });
    expect(describeVerdict(ready, RETINOIDS, 2027)).toBe("Don't take it after Thursday 31 Dec 2026, 10:00.");
  });
});

describe('status words', () => {
  it('pairs every status with a label and a symbol, never colour alone', () => {
    for (const tone of ['ready', 'too-recent', 'not-eligible', 'unknown', 'after-care'] as const) {
      expect(STATUS_LABEL[tone]).toMatch(/\w/);
      expect(STATUS_ICON[tone]).not.toBe('');
    }
    expect(toneOf(item('x', { status: 'ready' }), SUN_AFTER)).toBe('after-care');
    expect(toneOf(item('x', { status: 'too-recent' }), RETINOIDS)).toBe('too-recent');
  });

  it('words the overall verdicts', () => {
    expect(OVERALL_VERDICT).toEqual({
      ready: 'You look ready',
      'not-ready': 'Not ready yet',
      incomplete: 'Answer every question to get a verdict',
    });
  });
});
