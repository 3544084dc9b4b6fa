import type { TimeUnit } from '../range';
import { parseLocalDateTime } from './local-date-time';
import { formatInstant, localToInstant } from './time-zone';
import { addWindow, earliestReadyAppointment, subtractWindow } from './window';

function at(text: string, zone: string): number {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok) throw new Error(`bad fixture ${text}`);
  return localToInstant(parsed.value, zone);
}

const w = (windowValue: number, windowUnit: TimeUnit) => ({ windowValue, windowUnit });

function before(text: string, zone: string, windowValue: number, windowUnit: TimeUnit): string {
  return formatInstant(subtractWindow(at(text, zone), zone, w(windowValue, windowUnit)), zone);
}

function after(text: string, zone: string, windowValue: number, windowUnit: TimeUnit): string {
  return formatInstant(addWindow(at(text, zone), zone, w(windowValue, windowUnit)), zone);
}

describe('hours are elapsed time', () => {
  it.each([
    ['Europe/Berlin', '2027-03-28T12:00', '2027-03-27T11:00'], // spring forward: 24 h back is 11:00
    ['Europe/Berlin', '2027-10-31T12:00', '2027-10-30T13:00'], // fall back: 24 h back is 13:00
    ['America/New_York', '2027-03-14T12:00', '2027-03-13T11:00'],
    ['America/New_York', '2027-11-07T12:00', '2027-11-06T13:00'],
    ['Australia/Lord_Howe', '2027-10-03T12:00', '2027-10-02T11:30'], // a 30-minute change
    ['Europe/Berlin', '2027-06-10T12:00', '2027-06-09T12:00'],
    ['UTC', '2027-03-28T12:00', '2027-03-27T12:00'],
  ])('%s: 24 hours before %s is %s', (zone, appointment, expected) => {
    expect(before(appointment, zone, 24, 'hour')).toBe(expected);
  });

  it('measures forwards the same way', () => {
    expect(after('2027-03-27T12:00', 'Europe/Berlin', 24, 'hour')).toBe('2027-03-28T13:00');
    expect(after('2027-10-30T12:00', 'Europe/Berlin', 24, 'hour')).toBe('2027-10-31T11:00');
  });
});

describe('days and weeks keep the wall-clock time', () => {
  it.each([
    ['Europe/Berlin', '2027-03-28T12:00', 1, 'day', '2027-03-27T12:00'],
    ['Europe/Berlin', '2027-10-31T12:00', 1, 'day', '2027-10-30T12:00'],
    ['America/New_York', '2027-03-14T12:00', 1, 'day', '2027-03-13T12:00'],
    ['Australia/Lord_Howe', '2027-10-03T12:00', 1, 'day', '2027-10-02T12:00'],
    ['Europe/Berlin', '2027-04-04T09:30', 2, 'week', '2027-03-21T09:30'],
    ['Asia/Kolkata', '2027-01-03T09:30', 3, 'day', '2026-12-31T09:30'],
  ] as const)('%s: %s − %d %s = %s', (zone, appointment, value, unit, expected) => {
    expect(before(appointment, zone, value, unit)).toBe(expected);
  });

  it('lands a skipped wall-clock time on the moment the clocks jump', () => {
    expect(before('2027-03-29T02:30', 'Europe/Berlin', 1, 'day')).toBe('2027-03-28T03:00');
    expect(before('2027-04-04T02:30', 'Europe/Berlin', 1, 'week')).toBe('2027-03-28T03:00');
    expect(after('2027-03-13T02:30', 'America/New_York', 1, 'day')).toBe('2027-03-14T03:00');
  });

  it('takes the earlier pass through a repeated wall-clock time', () => {
    const boundary = subtractWindow(at('2027-11-01T02:30', 'Europe/Berlin'), 'Europe/Berlin', w(1, 'day'));
    expect(new Date(boundary).toISOString()).toBe('2027-10-31T00:30:00.000Z'); // 02:30 CEST
  });
});

describe('months are calendar months clamped to the month end', () => {
  it.each([
    ['2027-08-31T10:00', 6, '2027-02-28T10:00'],
    ['2028-08-31T10:00', 6, '2028-02-29T10:00'],
    ['2027-03-31T10:00', 1, '2027-02-28T10:00'],
    ['2028-03-31T10:00', 1, '2028-02-29T10:00'],
    ['2027-12-04T10:00', 6, '2027-06-04T10:00'], // across the spring-forward change
  ])('%s − %d months = %s', (appointment, months, expected) => {
    expect(before(appointment, 'Europe/Berlin', months, 'month')).toBe(expected);
  });

  it('clamps forwards too', () => {
    expect(after('2027-09-30T10:00', 'Europe/Berlin', 5, 'month')).toBe('2028-02-29T10:00');
    expect(after('2028-02-29T10:00', 'Europe/Berlin', 12, 'month')).toBe('2029-02-28T10:00');
    expect(after('2027-01-31T10:00', 'Europe/Berlin', 1, 'month')).toBe('2027-02-28T10:00');
  });
});

describe('earliestReadyAppointment', () => {
  const zone = 'Europe/Berlin';
  const earliest = (lastUse: string, value: number, unit: TimeUnit) =>
    formatInstant(earliestReadyAppointment(at(lastUse, zone), zone, w(value, unit)), zone);

  it('is last use + window when nothing is clamped', () => {
    expect(earliest('2026-09-01T12:00', 6, 'month')).toBe('2027-03-01T12:00');
    expect(earliest('2026-12-02T20:00', 24, 'hour')).toBe('2026-12-03T20:00');
    expect(earliest('2027-03-27T12:00', 1, 'day')).toBe('2027-03-28T12:00');
  });

  it('moves to the next day when month clamping would make the window too short', () => {
    // 31 Aug + 6 months clamps to 28 Feb, but 28 Feb − 6 months is 28 Aug: still too recent.
    expect(earliest('2026-08-31T12:00', 6, 'month')).toBe('2027-03-01T00:00');
    expect(earliest('2027-08-30T12:00', 6, 'month')).toBe('2028-03-01T00:00');
    expect(earliest('2028-02-29T09:00', 12, 'month')).toBe('2029-03-01T00:00');
    expect(earliest('2027-01-31T08:00', 1, 'month')).toBe('2027-03-01T00:00');
    expect(earliest('2027-08-29T12:00', 6, 'month')).toBe('2028-02-29T12:00'); // leap year: fits
  });

  it('gives an appointment whose window starts at or after the last use', () => {
    for (const [lastUse, value, unit] of [
      ['2026-08-31T12:00', 6, 'month'],
      ['2027-03-27T02:30', 1, 'day'],
      ['2027-10-30T02:30', 24, 'hour'],
      ['2028-02-29T09:00', 12, 'month'],
    ] as const) {
      const appointment = earliestReadyAppointment(at(lastUse, zone), zone, w(value, unit));
      expect(subtractWindow(appointment, zone, w(value, unit))).toBeGreaterThanOrEqual(at(lastUse, zone));
      expect(subtractWindow(appointment - 60_000, zone, w(value, unit))).toBeLessThan(at(lastUse, zone));
    }
  });
});
