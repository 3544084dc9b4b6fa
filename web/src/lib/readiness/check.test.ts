import { PRECAUTIONS } from '@skinfacts/shared/testing/precautions';
import { checkReadiness } from './check';
import type { ReadinessForm } from './form';

const context = { timeZone: 'Europe/Berlin', now: '2026-11-30T12:00:00Z' };

function form(answers: ReadinessForm['answers'], date = '2026-12-04', time = '10:00'): ReadinessForm {
  return { appointment: { date, time }, answers };
}

describe('checkReadiness', () => {
  it('returns the engine’s verdicts and the answers they came from', () => {
    const outcome = checkReadiness(
      form({
        Retinoids: { choice: 'last', date: '2026-12-02', time: '20:00' },
        'Sun exposure': { choice: 'never', date: '', time: '' },
        Isotretinoin: { choice: 'last', date: '2026-09-01', time: '12:00' },
      }),
      PRECAUTIONS,
      { ...context, now: '2026-12-03T08:00:00Z' },
    );
    expect(outcome.kind).toBe('result');
    if (outcome.kind !== 'result') return;
    expect(outcome.result.overall).toBe('not-ready');
    expect(outcome.result.items.map((item) => item.status)).toEqual([
      'ready',
      'ready',
      'not-eligible',
      'ready',
    ]);
    expect(outcome.result.items[0]).toMatchObject({ stopBy: '2026-12-03T10:00' });
    expect(outcome.result.items[2]).toMatchObject({ eligibleFrom: '2027-03-01T12:00' });
    expect(outcome.result.items[3]).toMatchObject({ avoidUntil: '2026-12-18T10:00' });
    expect(outcome.answers).toEqual({
      appointmentAt: '2026-12-04T10:00',
      lastOccurrences: {
        Retinoids: '2026-12-02T20:00',
        'Sun exposure': null,
        Isotretinoin: '2026-09-01T12:00',
      },
      timeZone: 'Europe/Berlin',
      now: '2026-12-03T08:00:00Z',
    });
  });

  it('passes on the form’s own problems without calling the engine', () => {
    const outcome = checkReadiness(form({}, '', ''), PRECAUTIONS, context);
    expect(outcome).toEqual({
      kind: 'problems',
      problems: [
        { field: 'appointmentAt', part: 'both', message: 'Enter the date and time of your appointment.' },
      ],
    });
  });

  it('ties an appointment in the past to the appointment', () => {
    const outcome = checkReadiness(form({}, '2026-11-01'), PRECAUTIONS, context);
    expect(outcome).toEqual({
      kind: 'problems',
      problems: [
        { field: 'appointmentAt', part: 'both', message: 'The appointment date must be in the future.' },
      ],
    });
  });

  it('collects every last use in the future, and an appointment in the past, in one go', () => {
    const outcome = checkReadiness(
      form(
        {
          Retinoids: { choice: 'last', date: '2026-12-25', time: '10:00' },
          'Sun exposure': { choice: 'never', date: '', time: '' },
          Isotretinoin: { choice: 'last', date: '2027-01-01', time: '10:00' },
        },
        '2026-11-01',
      ),
      PRECAUTIONS,
      context,
    );
    expect(outcome.kind).toBe('problems');
    if (outcome.kind !== 'problems') return;
    expect(outcome.problems.map((problem) => problem.field)).toEqual([
      'appointmentAt',
      'Retinoids',
      'Isotretinoin',
    ]);
    expect(outcome.problems[1]?.message).toBe(
      "The date for Retinoids can't be in the future. Enter when it last happened, up to today.",
    );
  });

  it('collects future last uses when the appointment is fine', () => {
    const outcome = checkReadiness(
      form({
        Retinoids: { choice: 'last', date: '2026-12-01', time: '10:00' },
        Isotretinoin: { choice: 'last', date: '2026-12-02', time: '10:00' },
      }),
      PRECAUTIONS,
      context,
    );
    expect(outcome).toMatchObject({
      kind: 'problems',
      problems: [{ field: 'Retinoids' }, { field: 'Isotretinoin' }],
    });
  });

  it('reports impossible dates and a future one together, each beside its field', () => {
    const outcome = checkReadiness(
      form(
        {
          Retinoids: { choice: 'last', date: '2026-11-31', time: '10:00' },
          Isotretinoin: { choice: 'last', date: '2027-01-01', time: '10:00' },
        },
        '2026-02-30',
      ),
      PRECAUTIONS,
      context,
    );
    expect(outcome).toEqual({
      kind: 'problems',
      problems: [
        {
          field: 'appointmentAt',
          part: 'both',
          message:
            'The appointment uses a date that does not exist (2026-02-30). Check the day and the month.',
        },
        {
          field: 'Retinoids',
          part: 'both',
          message:
            'The date for Retinoids uses a date that does not exist (2026-11-31). Check the day and the month.',
        },
        {
          field: 'Isotretinoin',
          part: 'both',
          message:
            "The date for Isotretinoin can't be in the future. Enter when it last happened, up to today.",
        },
      ],
    });
  });

  it('names a broken precaution for the whole form and still points at the answers', () => {
    const broken = [{ ...PRECAUTIONS[0]!, windowValue: 0 }, ...PRECAUTIONS.slice(1)];
    const outcome = checkReadiness(
      form({ Isotretinoin: { choice: 'last', date: '2027-01-01', time: '10:00' } }),
      broken,
      context,
    );
    expect(outcome).toEqual({
      kind: 'problems',
      problems: [
        {
          field: 'Isotretinoin',
          part: 'both',
          message:
            "The date for Isotretinoin can't be in the future. Enter when it last happened, up to today.",
        },
      ],
      formProblem: "The precaution for Retinoids has no valid time window, so it can't be checked.",
    });
  });

  it('turns a zone the engine rejects into a message for the whole form', () => {
    const outcome = checkReadiness(form({}), PRECAUTIONS, { ...context, timeZone: 'Mars/Base' });
    expect(outcome).toMatchObject({
      kind: 'problems',
      problems: [],
      formProblem: expect.stringMatching(/time zone/) as unknown,
    });
  });

  it('never throws, even for a precaution the CMS would not serve', () => {
    const broken = [{ ...PRECAUTIONS[0]!, windowValue: 0 }];
    expect(checkReadiness(form({}), broken, context)).toMatchObject({
      kind: 'problems',
      formProblem: expect.any(String) as unknown,
    });
  });
});
