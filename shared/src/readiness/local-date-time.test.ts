import {
  addDays,
  addMinutes,
  addMonths,
  daysInMonth,
  formatLocalDateTime,
  fromNaiveMs,
  parseLocalDateTime,
  toNaiveMs,
  type LocalDateTime,
} from './local-date-time';

function local(text: string): LocalDateTime {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok) throw new Error(`bad fixture ${text}`);
  return parsed.value;
}

describe('parseLocalDateTime', () => {
  it('reads every field of YYYY-MM-DDTHH:mm', () => {
    expect(parseLocalDateTime('2026-12-04T10:05')).toEqual({
      ok: true,
      value: { year: 2026, month: 12, day: 4, hour: 10, minute: 5 },
    });
  });

  it('accepts the leap day only in leap years', () => {
    expect(parseLocalDateTime('2028-02-29T00:00').ok).toBe(true);
    expect(parseLocalDateTime('2000-02-29T00:00').ok).toBe(true);
    expect(parseLocalDateTime('2027-02-29T00:00')).toEqual({ ok: false, problem: 'date' });
    expect(parseLocalDateTime('2100-02-29T00:00')).toEqual({ ok: false, problem: 'date' });
  });

  it('accepts only real dates and times (what the browser’s date wording relies on)', () => {
    expect(parseLocalDateTime('2028-02-29T08:15')).toEqual({
      ok: true,
      value: { year: 2028, month: 2, day: 29, hour: 8, minute: 15 },
    });
    expect(parseLocalDateTime('2027-02-29T08:15').ok).toBe(false);
    expect(parseLocalDateTime('2027-01-01T24:00').ok).toBe(false);
    expect(parseLocalDateTime('2027-01-01T10:60').ok).toBe(false);
    expect(parseLocalDateTime('2027-01-01 10:00').ok).toBe(false);
  });

  it.each([
    ['2026-13-01T10:00', 'date'],
    ['2026-00-10T10:00', 'date'],
    ['2026-02-30T10:00', 'date'],
    ['2026-04-31T10:00', 'date'],
    ['2026-01-00T10:00', 'date'],
    ['2026-01-01T24:00', 'time'],
    ['2026-01-01T10:60', 'time'],
    ['2026-01-01 10:00', 'format'],
    ['2026-01-01T10:00:00', 'format'],
    ['2026-01-01T10:00Z', 'format'],
    ['2026-1-01T10:00', 'format'],
    [' 2026-01-01T10:00', 'format'],
    ['', 'format'],
  ])('rejects %p (%s)', (text, problem) => {
    expect(parseLocalDateTime(text)).toEqual({ ok: false, problem });
  });
});

describe('formatLocalDateTime', () => {
  it('zero-pads every field', () => {
    expect(formatLocalDateTime({ year: 987, month: 3, day: 7, hour: 0, minute: 9 })).toBe('0987-03-07T00:09');
  });

  it('round-trips through parsing', () => {
    for (const text of ['2026-12-04T10:00', '2028-02-29T23:59', '2027-01-01T00:00']) {
      expect(formatLocalDateTime(local(text))).toBe(text);
    }
  });
});

describe('naive milliseconds', () => {
  it('treat the wall-clock time as if it were UTC', () => {
    expect(toNaiveMs(local('2026-12-04T10:00'))).toBe(Date.UTC(2026, 11, 4, 10, 0));
    expect(fromNaiveMs(Date.UTC(2028, 1, 29, 23, 59))).toEqual(local('2028-02-29T23:59'));
  });
});

describe('daysInMonth', () => {
  it('knows every month, with leap-year February', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2027, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe('addDays', () => {
  it('crosses month and year ends, both ways', () => {
    expect(formatLocalDateTime(addDays(local('2026-12-31T10:00'), 1))).toBe('2027-01-01T10:00');
    expect(formatLocalDateTime(addDays(local('2028-03-01T08:30'), -1))).toBe('2028-02-29T08:30');
    expect(formatLocalDateTime(addDays(local('2027-03-01T08:30'), -1))).toBe('2027-02-28T08:30');
    expect(formatLocalDateTime(addDays(local('2026-12-04T10:00'), -14))).toBe('2026-11-20T10:00');
  });
});

describe('addMinutes', () => {
  it('rolls over the hour and the day', () => {
    expect(formatLocalDateTime(addMinutes(local('2026-12-31T23:59'), 1))).toBe('2027-01-01T00:00');
  });
});

describe('addMonths', () => {
  it.each([
    ['2027-08-31T10:00', -6, '2027-02-28T10:00'],
    ['2028-08-31T10:00', -6, '2028-02-29T10:00'],
    ['2027-03-31T09:15', -1, '2027-02-28T09:15'],
    ['2028-03-31T09:15', -1, '2028-02-29T09:15'],
    ['2027-09-30T10:00', 1, '2027-10-30T10:00'],
    ['2027-09-30T10:00', 5, '2028-02-29T10:00'],
    ['2027-09-30T10:00', 17, '2029-02-28T10:00'],
    ['2028-02-29T10:00', 12, '2029-02-28T10:00'],
    ['2028-02-29T10:00', 48, '2032-02-29T10:00'],
    ['2027-01-31T00:00', 3, '2027-04-30T00:00'],
    ['2027-01-15T00:00', -13, '2025-12-15T00:00'],
    ['2026-12-04T10:00', 0, '2026-12-04T10:00'],
  ])('%s %+d months = %s', (start, months, expected) => {
    expect(formatLocalDateTime(addMonths(local(start), months))).toBe(expected);
  });
});
