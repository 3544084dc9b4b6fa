import { formatDateWithYear, formatWhen, yearOf } from './local-time-wording';

describe('formatWhen', () => {
  it.each([
    ['2026-12-03T10:00', 'Thursday 3 Dec, 10:00'],
    ['2026-12-04T12:00', 'Friday 4 Dec, 12:00'],
    ['2027-09-01T00:05', 'Wednesday 1 Sep, 00:05'],
    ['2028-02-29T23:59', 'Tuesday 29 Feb, 23:59'],
  ])('words %s as %p', (text, expected) => {
    expect(formatWhen(text)).toBe(expected);
  });

  it('shows the year only when it is not the reference year', () => {
    expect(formatWhen('2026-12-03T10:00', { referenceYear: 2026 })).toBe('Thursday 3 Dec, 10:00');
    expect(formatWhen('2027-01-04T09:30', { referenceYear: 2026 })).toBe('Monday 4 Jan 2027, 09:30');
  });

  it('reads the fields as they are, whatever zone the browser is in', () => {
    // 00:30 and 23:30 would move to another day if the text were read through a zone.
    expect(formatWhen('2027-03-28T00:30')).toBe('Sunday 28 Mar, 00:30');
    expect(formatWhen('2027-10-31T23:30')).toBe('Sunday 31 Oct, 23:30');
  });

  it('names the right weekday in years 0–99, which Date.UTC would move to the 1900s', () => {
    expect(formatWhen('0050-03-01T10:00', { referenceYear: 2026 })).toBe('Tuesday 1 Mar 50, 10:00');
  });

  it('gives back text that is not a local date-time unchanged', () => {
    expect(formatWhen('2026-02-30T10:00')).toBe('2026-02-30T10:00');
    expect(formatWhen('soon')).toBe('soon');
  });
});

describe('formatDateWithYear', () => {
  it('always carries the year: "1 Sep 2027, 12:00"', () => {
    expect(formatDateWithYear('2027-09-01T12:00')).toBe('1 Sep 2027, 12:00');
    expect(formatDateWithYear('nonsense')).toBe('nonsense');
  });
});

describe('yearOf', () => {
  it('is the year of a real date and time, else undefined', () => {
    expect(yearOf('2027-01-01T10:00')).toBe(2027);
    expect(yearOf('2027-02-29T10:00')).toBeUndefined();
    expect(yearOf('')).toBeUndefined();
  });
});
