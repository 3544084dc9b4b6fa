import { detectTimeZone, localToUtc } from './time-zone';

const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());

describe('localToUtc', () => {
  it.each([
    ['2026-12-04T10:00', 'Europe/Berlin', '2026-12-04T09:00:00.000Z'], // winter, UTC+1
    ['2027-06-10T10:00', 'Europe/Berlin', '2027-06-10T08:00:00.000Z'], // summer, UTC+2
    ['2027-03-27T11:00', 'Europe/Berlin', '2027-03-27T10:00:00.000Z'], // the day before spring forward
    ['2027-03-28T12:00', 'Europe/Berlin', '2027-03-28T10:00:00.000Z'], // spring-forward day, after the jump
    ['2027-10-30T13:00', 'Europe/Berlin', '2027-10-30T11:00:00.000Z'],
    ['2027-10-31T12:00', 'Europe/Berlin', '2027-10-31T11:00:00.000Z'], // fall-back day, after the change
    ['2027-03-14T12:00', 'America/New_York', '2027-03-14T16:00:00.000Z'],
    ['2027-01-03T09:30', 'Asia/Kolkata', '2027-01-03T04:00:00.000Z'],
    ['2027-01-03T09:30', 'UTC', '2027-01-03T09:30:00.000Z'],
  ])('%s in %s is %s', (text, zone, expected) => {
    expect(iso(localToUtc(text, zone))).toBe(expected);
  });

  it('takes a skipped wall-clock time to the moment the clocks jump, as the engine does', () => {
    expect(iso(localToUtc('2027-03-28T02:30', 'Europe/Berlin'))).toBe('2027-03-28T01:00:00.000Z');
  });

  it('takes the earlier pass through a repeated wall-clock time', () => {
    expect(iso(localToUtc('2027-10-31T02:30', 'Europe/Berlin'))).toBe('2027-10-31T00:30:00.000Z');
  });

  it('keeps 24 hours of elapsed time across the spring-forward change', () => {
    const before = localToUtc('2027-03-27T11:00', 'Europe/Berlin');
    const after = localToUtc('2027-03-28T12:00', 'Europe/Berlin');
    expect(before).not.toBeNull();
    expect((after ?? 0) - (before ?? 0)).toBe(24 * 3_600_000);
  });

  it('returns null for a malformed time or an unknown zone', () => {
    expect(localToUtc('2027-02-30T10:00', 'Europe/Berlin')).toBeNull();
    expect(localToUtc('2027-01-01T10:00', 'Mars/Base')).toBeNull();
  });
});

describe('detectTimeZone', () => {
  const original = Intl.DateTimeFormat;
  afterEach(() => {
    Intl.DateTimeFormat = original;
  });

  it('is the browser’s zone', () => {
    expect(detectTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('falls back to UTC when the browser names no usable zone', () => {
    const fake = jest.fn(() => ({ resolvedOptions: () => ({ timeZone: undefined }) }));
    Intl.DateTimeFormat = fake as unknown as typeof Intl.DateTimeFormat;
    expect(detectTimeZone()).toBe('UTC');
  });
});
