import { evaluateReadiness, validateReadinessInput, type ReadinessInput } from '../readiness';
import { isotretinoin, microneedling, precaution, retinoids, sun } from '../__fixtures__/readiness-inputs';

/** The microneedling appointment on Friday 4 Dec 2026 at 10:00 in Berlin, checked on 3 Dec. */
function input(overrides: Partial<ReadinessInput> = {}): ReadinessInput {
  return {
    precautions: microneedling,
    appointmentAt: '2026-12-04T10:00',
    timeZone: 'Europe/Berlin',
    lastOccurrences: { Retinoids: null, 'Sun exposure': null, Isotretinoin: null },
    now: '2026-12-03T08:00:00Z',
    ...overrides,
  };
}

function problemsOf(raw: ReadinessInput) {
  const validation = validateReadinessInput(raw);
  if (validation.ok) throw new Error('expected problems');
  return validation.problems;
}

describe('validateReadinessInput', () => {
  it('reports a bad date, an unknown zone and empty answers together', () => {
    const problems = problemsOf(
      input({
        appointmentAt: '2026-02-30T10:00',
        timeZone: 'Mars/Base',
        lastOccurrences: { Retinoids: '', 'Sun exposure': '', Isotretinoin: null },
      }),
    );
    expect(problems).toEqual([
      {
        field: 'timeZone',
        message: 'The time zone "Mars/Base" is not recognised. Choose a time zone such as Europe/Berlin.',
      },
      {
        field: 'appointmentAt',
        message: 'The appointment uses a date that does not exist (2026-02-30). Check the day and the month.',
      },
      {
        field: 'Retinoids',
        message: 'The date for Retinoids must be a date and time written like 2026-12-04T10:00.',
      },
      {
        field: 'Sun exposure',
        message: 'The date for Sun exposure must be a date and time written like 2026-12-04T10:00.',
      },
    ]);
  });

  it('reports an appointment in the past and every last use in the future, in the precautions’ order', () => {
    const problems = problemsOf(
      input({
        appointmentAt: '2026-12-01T10:00',
        lastOccurrences: { Isotretinoin: '2027-01-01T10:00', Retinoids: '2026-12-25T10:00' },
      }),
    );
    expect(problems.map((problem) => problem.field)).toEqual(['appointmentAt', 'Retinoids', 'Isotretinoin']);
    expect(problems[0]?.message).toBe('The appointment date must be in the future.');
    expect(problems[2]?.message).toBe(
      "The date for Isotretinoin can't be in the future. Enter when it last happened, up to today.",
    );
  });

  it('reports a bad now and a broken precaution beside the dates, leaving past and future open', () => {
    const broken = { ...retinoids, windowValue: 0 };
    const problems = problemsOf(
      input({
        now: 'yesterday',
        precautions: [broken, sun],
        appointmentAt: '2000-01-01T10:00',
        lastOccurrences: { Retinoids: '2026-13-01T10:00', 'Sun exposure': '2099-01-01T10:00' },
      }),
    );
    expect(problems).toEqual([
      { field: 'now', message: 'The current time must be an ISO date-time such as 2026-11-23T12:00:00Z.' },
      {
        field: 'precautions',
        message: "The precaution for Retinoids has no valid time window, so it can't be checked.",
      },
      {
        field: 'Retinoids',
        message:
          'The date for Retinoids uses a date that does not exist (2026-13-01). Check the day and the month.',
      },
    ]);
  });

  it('checks one answer once, even for a subject listed twice', () => {
    const twice = [retinoids, precaution('Retinoids', 2, 'day')];
    const problems = problemsOf(
      input({ precautions: twice, lastOccurrences: { Retinoids: '2026-12-25T10:00' } }),
    );
    expect(problems.map((problem) => problem.field)).toEqual(['Retinoids']);
  });

  it('ignores answers for after-care and for subjects not listed', () => {
    const afterCare = precaution('Sun exposure', 2, 'week', { relation: 'after' });
    const validation = validateReadinessInput(
      input({
        precautions: [afterCare, isotretinoin],
        lastOccurrences: { 'Sun exposure': 'soon', Unlisted: 'never', Isotretinoin: '2026-09-01T12:00' },
      }),
    );
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    expect([...validation.input.lastUses.keys()]).toEqual(['Isotretinoin']);
  });

  it('reads a good input into instants', () => {
    const validation = validateReadinessInput(input({ lastOccurrences: { Retinoids: '2026-12-02T20:00' } }));
    expect(validation).toEqual({
      ok: true,
      input: {
        precautions: microneedling,
        timeZone: 'Europe/Berlin',
        now: Date.UTC(2026, 11, 3, 8, 0),
        appointment: Date.UTC(2026, 11, 4, 9, 0),
        lastUses: new Map([['Retinoids', Date.UTC(2026, 11, 2, 19, 0)]]),
      },
    });
  });

  it('is the path evaluateReadiness takes: it throws the first problem', () => {
    const raw = input({
      appointmentAt: '2026-12-01T10:00',
      lastOccurrences: { Retinoids: '2026-12-25T10:00' },
    });
    const [first] = problemsOf(raw);
    expect(() => evaluateReadiness(raw)).toThrow(first.message);
  });
});
