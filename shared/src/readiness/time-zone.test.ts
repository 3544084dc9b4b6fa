import fc from 'fast-check';
import { formatLocalDateTime, parseLocalDateTime, type LocalDateTime } from './local-date-time';
import {
  formatInstant,
  formatNotBefore,
  instantToLocal,
  isKnownTimeZone,
  localDateTimeToUtc,
  localToInstant,
  offsetAt,
} from './time-zone';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'] as const;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function local(text: string): LocalDateTime {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok) throw new Error(`bad fixture ${text}`);
  return parsed.value;
}

const instantOf = (text: string, zone: string) => localToInstant(local(text), zone);
const iso = (instant: number) => new Date(instant).toISOString();

/** Wall-clock text by a route independent of the module: the Swedish locale prints ISO-like dates. */
function wallClock(instant: number, timeZone: string): string {
  return new Date(instant).toLocaleString('sv-SE', { timeZone }).slice(0, 16).replace(' ', 'T');
}

describe('isKnownTimeZone', () => {
  it('accepts IANA zones and UTC', () => {
    for (const zone of [...ZONES, 'Asia/Kathmandu']) expect(isKnownTimeZone(zone)).toBe(true);
  });

  it('rejects unknown or empty zones', () => {
    for (const zone of ['Mars/Base', '', '   ', 'Europe/Atlantis']) expect(isKnownTimeZone(zone)).toBe(false);
  });
});

describe('offsetAt', () => {
  it('reads summer and winter offsets', () => {
    expect(offsetAt('Europe/Berlin', Date.UTC(2027, 0, 15))).toBe(HOUR);
    expect(offsetAt('Europe/Berlin', Date.UTC(2027, 6, 15))).toBe(2 * HOUR);
    expect(offsetAt('America/New_York', Date.UTC(2027, 0, 15))).toBe(-5 * HOUR);
    expect(offsetAt('Asia/Kolkata', Date.UTC(2027, 6, 15))).toBe(5.5 * HOUR);
    expect(offsetAt('Australia/Lord_Howe', Date.UTC(2027, 0, 15))).toBe(11 * HOUR);
    expect(offsetAt('Australia/Lord_Howe', Date.UTC(2027, 6, 15))).toBe(10.5 * HOUR);
  });

  it('ignores seconds and milliseconds of the instant', () => {
    expect(offsetAt('Europe/Berlin', Date.UTC(2027, 0, 15, 10, 0, 59, 999))).toBe(HOUR);
  });
});

describe('localToInstant', () => {
  it('converts ordinary wall-clock times', () => {
    expect(iso(instantOf('2026-12-04T10:00', 'Europe/Berlin'))).toBe('2026-12-04T09:00:00.000Z');
    expect(iso(instantOf('2027-07-01T10:00', 'Europe/Berlin'))).toBe('2027-07-01T08:00:00.000Z');
    expect(iso(instantOf('2027-07-01T10:00', 'Asia/Kolkata'))).toBe('2027-07-01T04:30:00.000Z');
    expect(iso(instantOf('2027-07-01T10:00', 'UTC'))).toBe('2027-07-01T10:00:00.000Z');
  });

  it('maps a time in a spring-forward gap to the moment the clocks jump', () => {
    // Berlin, 28 Mar 2027: 02:00 CET → 03:00 CEST at 01:00Z.
    expect(iso(instantOf('2027-03-28T02:00', 'Europe/Berlin'))).toBe('2027-03-28T01:00:00.000Z');
    expect(iso(instantOf('2027-03-28T02:30', 'Europe/Berlin'))).toBe('2027-03-28T01:00:00.000Z');
    expect(iso(instantOf('2027-03-28T02:59', 'Europe/Berlin'))).toBe('2027-03-28T01:00:00.000Z');
    expect(iso(instantOf('2027-03-28T03:00', 'Europe/Berlin'))).toBe('2027-03-28T01:00:00.000Z');
    expect(iso(instantOf('2027-03-28T01:59', 'Europe/Berlin'))).toBe('2027-03-28T00:59:00.000Z');
    // New York, 14 Mar 2027: 02:00 EST → 03:00 EDT at 07:00Z.
    expect(iso(instantOf('2027-03-14T02:30', 'America/New_York'))).toBe('2027-03-14T07:00:00.000Z');
    // Lord Howe, 3 Oct 2027: 02:00 (+10:30) → 02:30 (+11) at 15:30Z on the 2nd.
    expect(iso(instantOf('2027-10-03T02:15', 'Australia/Lord_Howe'))).toBe('2027-10-02T15:30:00.000Z');
    expect(formatInstant(instantOf('2027-10-03T02:15', 'Australia/Lord_Howe'), 'Australia/Lord_Howe')).toBe(
      '2027-10-03T02:30',
    );
  });

  it('takes the earlier instant of a repeated fall-back time', () => {
    // Berlin, 31 Oct 2027: 03:00 CEST → 02:00 CET at 01:00Z; 02:00–02:59 happen twice.
    expect(iso(instantOf('2027-10-31T02:30', 'Europe/Berlin'))).toBe('2027-10-31T00:30:00.000Z');
    expect(iso(instantOf('2027-10-31T03:00', 'Europe/Berlin'))).toBe('2027-10-31T02:00:00.000Z');
    // New York, 7 Nov 2027: 01:00–01:59 happen twice.
    expect(iso(instantOf('2027-11-07T01:30', 'America/New_York'))).toBe('2027-11-07T05:30:00.000Z');
    // Lord Howe, 4 Apr 2027: 01:30–01:59 happen twice.
    expect(iso(instantOf('2027-04-04T01:45', 'Australia/Lord_Howe'))).toBe('2027-04-03T14:45:00.000Z');
  });

  it('is the first instant whose wall clock reaches the time (brute-force check)', () => {
    const localArb = fc
      .record({
        zone: fc.constantFrom(...ZONES),
        naive: fc.oneof(
          fc.integer({ min: Date.UTC(2026, 0, 1) / MINUTE, max: Date.UTC(2029, 11, 31) / MINUTE }),
          // around the 2027 changeovers of the zones under test
          fc
            .constantFrom(
              Date.UTC(2027, 2, 28, 2),
              Date.UTC(2027, 9, 31, 2),
              Date.UTC(2027, 2, 14, 2),
              Date.UTC(2027, 10, 7, 1),
              Date.UTC(2027, 3, 4, 1, 30),
              Date.UTC(2027, 9, 3, 2),
            )
            .chain((start) => fc.integer({ min: start / MINUTE - 90, max: start / MINUTE + 90 })),
        ),
      })
      .map(({ zone, naive }) => ({ zone, text: new Date(naive * MINUTE).toISOString().slice(0, 16) }));

    fc.assert(
      fc.property(localArb, ({ zone, text }) => {
        const result = localToInstant(local(text), zone);
        // Every instant whose wall clock reads `text`: offsets in these zones are multiples of 15 minutes.
        const naive = Date.parse(`${text}Z`);
        const matches: number[] = [];
        for (let instant = naive - 14 * HOUR; instant <= naive + 14 * HOUR; instant += 15 * MINUTE) {
          if (wallClock(instant, zone) === text) matches.push(instant);
        }
        if (matches.length > 0) {
          expect(result).toBe(Math.min(...matches));
        } else {
          expect(wallClock(result, zone) > text).toBe(true);
          expect(wallClock(result - MINUTE, zone) < text).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('instantToLocal', () => {
  it('agrees with Intl and round-trips through localToInstant', () => {
    const instantArb = fc.integer({
      min: Date.UTC(2026, 0, 1) / MINUTE,
      max: Date.UTC(2029, 11, 31) / MINUTE,
    });
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instantArb, (zone, minutes) => {
        const instant = minutes * MINUTE;
        const wall = instantToLocal(instant, zone);
        expect(formatLocalDateTime(wall)).toBe(wallClock(instant, zone));
        const back = localToInstant(wall, zone);
        // Equal, unless the instant is the second pass through a repeated time.
        expect(back <= instant).toBe(true);
        if (back !== instant) expect(formatInstant(back, zone)).toBe(formatInstant(instant, zone));
      }),
      { numRuns: 200 },
    );
  });
});

describe('formatNotBefore', () => {
  it('equals formatInstant for ordinary instants', () => {
    const instant = Date.UTC(2026, 11, 4, 9);
    expect(formatNotBefore(instant, 'Europe/Berlin')).toBe('2026-12-04T10:00');
    expect(formatInstant(instant, 'Europe/Berlin')).toBe('2026-12-04T10:00');
  });

  it('moves the second pass through a repeated time to the end of the repeated hour', () => {
    const secondPass = Date.UTC(2027, 9, 31, 1, 10); // 02:10 CET, after 02:10 CEST
    expect(formatInstant(secondPass, 'Europe/Berlin')).toBe('2027-10-31T02:10');
    expect(formatNotBefore(secondPass, 'Europe/Berlin')).toBe('2027-10-31T03:00');
    const lordHowe = Date.UTC(2027, 3, 3, 15, 10); // 01:40 at +10:30, after 01:40 at +11
    expect(formatNotBefore(lordHowe, 'Australia/Lord_Howe')).toBe('2027-04-04T02:00');
  });

  it('never reads back earlier than the instant', () => {
    const instantArb = fc.integer({
      min: Date.UTC(2027, 9, 30, 22) / MINUTE,
      max: Date.UTC(2027, 9, 31, 3) / MINUTE,
    });
    fc.assert(
      fc.property(instantArb, (minutes) => {
        const instant = minutes * MINUTE;
        const text = formatNotBefore(instant, 'Europe/Berlin');
        expect(instantOf(text, 'Europe/Berlin') >= instant).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('localDateTimeToUtc', () => {
  it('converts a local time, resolving a spring-forward gap to the jump', () => {
    expect(localDateTimeToUtc('2027-01-15T10:00', 'Europe/Berlin')).toBe(Date.UTC(2027, 0, 15, 9, 0));
    expect(localDateTimeToUtc('2027-03-28T02:30', 'Europe/Berlin')).toBe(Date.UTC(2027, 2, 28, 1, 0));
  });

  it('is null for malformed text or an unknown zone', () => {
    expect(localDateTimeToUtc('2027-02-30T10:00', 'Europe/Berlin')).toBeNull();
    expect(localDateTimeToUtc('2027-01-15T10:00', 'Mars/Base')).toBeNull();
  });

  const isoOrNull = (instant: number | null) => (instant === null ? null : iso(instant));

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
    expect(isoOrNull(localDateTimeToUtc(text, zone))).toBe(expected);
  });

  it('takes a skipped wall-clock time to the moment the clocks jump, as the engine does', () => {
    expect(isoOrNull(localDateTimeToUtc('2027-03-28T02:30', 'Europe/Berlin'))).toBe(
      '2027-03-28T01:00:00.000Z',
    );
  });

  it('takes the earlier pass through a repeated wall-clock time', () => {
    expect(isoOrNull(localDateTimeToUtc('2027-10-31T02:30', 'Europe/Berlin'))).toBe(
      '2027-10-31T00:30:00.000Z',
    );
  });

  it('keeps 24 hours of elapsed time across the spring-forward change', () => {
    const before = localDateTimeToUtc('2027-03-27T11:00', 'Europe/Berlin');
    const after = localDateTimeToUtc('2027-03-28T12:00', 'Europe/Berlin');
    expect(before).not.toBeNull();
    expect((after ?? 0) - (before ?? 0)).toBe(24 * HOUR);
  });

  it('is null for a date that does not exist or a zone nobody knows', () => {
    expect(localDateTimeToUtc('2027-02-30T10:00', 'Europe/Berlin')).toBeNull();
    expect(localDateTimeToUtc('2027-01-01T10:00', 'Mars/Base')).toBeNull();
  });
});
