import { ReadinessInputError } from './readiness';
import { retinoids, evaluate } from './__fixtures__/readiness-inputs';

describe('evaluateReadiness: input errors', () => {
  function errorOf(run: () => unknown): ReadinessInputError {
    try {
      run();
    } catch (error) {
      if (error instanceof ReadinessInputError) return error;
      throw error;
    }
    throw new Error('expected a ReadinessInputError');
  }

  it('rejects an appointment in the past', () => {
    const error = errorOf(() => evaluate({ appointmentAt: '2026-12-03T08:59' }));
    expect(error.field).toBe('appointmentAt');
    expect(error.message).toBe('The appointment date must be in the future.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ReadinessInputError');
  });

  it('accepts an appointment at exactly now', () => {
    expect(evaluate({ appointmentAt: '2026-12-03T09:00', precautions: [] }).overall).toBe('ready');
  });

  it('rejects a last use in the future, naming the subject', () => {
    const error = errorOf(() => evaluate({ lastOccurrences: { 'Sun exposure': '2026-12-03T09:01' } }));
    expect(error.field).toBe('Sun exposure');
    expect(error.message).toBe(
      "The date for Sun exposure can't be in the future. Enter when it last happened, up to today.",
    );
  });

  it('rejects an unknown time zone', () => {
    const error = errorOf(() => evaluate({ timeZone: 'Mars/Base' }));
    expect(error.field).toBe('timeZone');
    expect(error.message).toBe(
      'The time zone "Mars/Base" is not recognised. Choose a time zone such as Europe/Berlin.',
    );
  });

  it.each([
    [
      '2026-13-01T10:00',
      'The appointment uses a date that does not exist (2026-13-01). Check the day and the month.',
    ],
    [
      '2026-02-30T10:00',
      'The appointment uses a date that does not exist (2026-02-30). Check the day and the month.',
    ],
    [
      '2026-12-04T24:00',
      'The appointment uses a time that does not exist (24:00). Use a time from 00:00 to 23:59.',
    ],
    ['2026-01-01 10:00', 'The appointment must be a date and time written like 2026-12-04T10:00.'],
    ['', 'The appointment must be a date and time written like 2026-12-04T10:00.'],
  ])('rejects the appointment %p', (appointmentAt, message) => {
    const error = errorOf(() => evaluate({ appointmentAt }));
    expect(error.field).toBe('appointmentAt');
    expect(error.message).toBe(message);
  });

  it.each([
    [
      '2026-13-01T10:00',
      'The date for Retinoids uses a date that does not exist (2026-13-01). Check the day and the month.',
    ],
    [
      '2026-02-30T10:00',
      'The date for Retinoids uses a date that does not exist (2026-02-30). Check the day and the month.',
    ],
    ['2026-01-01 10:00', 'The date for Retinoids must be a date and time written like 2026-12-04T10:00.'],
  ])('rejects the last use %p, naming the subject', (lastUse, message) => {
    const error = errorOf(() => evaluate({ lastOccurrences: { Retinoids: lastUse } }));
    expect(error.field).toBe('Retinoids');
    expect(error.message).toBe(message);
  });

  it('rejects a malformed now', () => {
    for (const now of ['yesterday', '2026-12-03', '2026-12-03T08:00:00', '2026-02-30T08:00:00Z']) {
      expect(errorOf(() => evaluate({ now })).field).toBe('now');
    }
  });

  it('rejects a precaution without a usable window', () => {
    const broken = { ...retinoids, windowValue: 0 };
    expect(errorOf(() => evaluate({ precautions: [broken] })).field).toBe('precautions');
  });

  it('checks the zone before anything that depends on it', () => {
    expect(errorOf(() => evaluate({ timeZone: 'Mars/Base', appointmentAt: 'soon' })).field).toBe('timeZone');
  });
});
