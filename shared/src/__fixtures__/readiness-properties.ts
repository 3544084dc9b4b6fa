/** Shared generators and helpers for the readiness property tests (not part of the build). */
import fc from 'fast-check';
import type { Precaution, PrecautionAdvice } from '../precaution';
import type { TimeUnit } from '../range';
import { evaluateReadiness, type ReadinessItem, type ReadinessStatus } from '../readiness';
import { parseLocalDateTime } from '../readiness/local-date-time';
import { localToInstant } from '../readiness/time-zone';

export const NUM_RUNS = 200;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
] as const;
export const WITHOUT_SUMMER_TIME = new Set<string>(['UTC', 'Asia/Kolkata']);

// ---- helpers --------------------------------------------------------------------------------------

export const textOf = (naiveMinutes: number) => new Date(naiveMinutes * MINUTE).toISOString().slice(0, 16);
export const naiveOf = (text: string) => Date.parse(`${text}Z`) / MINUTE;
export const isoOf = (instant: number) => new Date(instant).toISOString();

export function instantOf(text: string, zone: string): number {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok) throw new Error(`not a local date-time: ${text}`);
  return localToInstant(parsed.value, zone);
}

/** ready < too-recent = not-eligible; lower is better. */
export const rank = (status: ReadinessStatus | undefined) => (status === 'ready' ? 0 : 1);

export interface Check {
  zone: string;
  precaution: Precaution;
  appointment: string;
  lastUse: string | null;
  /** ISO instant; defaults to the last use (or the appointment) so that both are valid. */
  now?: string;
}

export function verdict({ zone, precaution, appointment, lastUse, now }: Check): ReadinessItem {
  const result = evaluateReadiness({
    precautions: [precaution],
    appointmentAt: appointment,
    timeZone: zone,
    lastOccurrences: { [precaution.subject]: lastUse },
    now: now ?? isoOf(instantOf(lastUse ?? appointment, zone)),
  });
  const [item] = result.items;
  if (!item) throw new Error('no item');
  return item;
}

// ---- arbitraries ----------------------------------------------------------------------------------

export const APPROX_MINUTES: Record<TimeUnit, number> = { hour: 60, day: 1440, week: 10_080, month: 43_830 };

export const windowArb = fc.oneof(
  fc.record({ windowUnit: fc.constant<TimeUnit>('hour'), windowValue: fc.integer({ min: 1, max: 96 }) }),
  fc.record({ windowUnit: fc.constant<TimeUnit>('day'), windowValue: fc.integer({ min: 1, max: 45 }) }),
  fc.record({ windowUnit: fc.constant<TimeUnit>('week'), windowValue: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ windowUnit: fc.constant<TimeUnit>('month'), windowValue: fc.integer({ min: 1, max: 24 }) }),
);

export const adviceArb = fc.constantFrom<PrecautionAdvice>('avoid', 'consult', 'not-eligible');

export const beforeArb = fc.tuple(windowArb, adviceArb).map(([window, advice]): Precaution => ({
  subject: 'Subject',
  kind: 'medication',
  relation: 'before',
  advice,
  ...window,
}));

/** Local wall-clock changes of the zones under test (2026–2028), where the interesting cases live. */
export const CHANGE_DAYS = Object.values({
  'Europe/Berlin': ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29'],
  'America/New_York': ['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07', '2028-03-12', '2028-11-05'],
  'Australia/Lord_Howe': ['2026-04-05', '2026-10-04', '2027-04-04', '2027-10-03', '2028-04-02', '2028-10-01'],
}).flat();

export const FROM = naiveOf('2026-01-01T00:00');
export const TO = naiveOf('2029-12-31T23:59');

/** A wall-clock time as naive minutes: anywhere, near a change (or a window after one), or at a month end. */
export const naiveArb = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc
    .tuple(
      fc.constantFrom(...CHANGE_DAYS),
      fc.integer({ min: -2, max: 70 }),
      fc.integer({ min: 0, max: 5 * 60 }),
    )
    .map(([day, daysLater, minutes]) => naiveOf(`${day}T00:00`) + daysLater * 1440 + minutes),
  fc
    .tuple(
      fc.integer({ min: 2026, max: 2029 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 4 }),
    )
    .map(([year, month, daysBack]) => Date.UTC(year, month, 1 - daysBack, 10) / MINUTE),
);

/** A zone, a before-precaution, an appointment and a last use up to about twice the window earlier. */
export const scenarioArb = fc
  .tuple(fc.constantFrom(...ZONES), beforeArb, naiveArb)
  .chain(([zone, precaution, appointment]) =>
    fc.record({
      zone: fc.constant<string>(zone),
      precaution: fc.constant(precaution),
      appointmentNaive: fc.constant(appointment),
      back: fc.integer({
        min: 0,
        max: 2 * precaution.windowValue * APPROX_MINUTES[precaution.windowUnit] + 2880,
      }),
      spare: fc.integer({
        min: 0,
        max: 2 * precaution.windowValue * APPROX_MINUTES[precaution.windowUnit] + 2880,
      }),
    }),
  );

// ---- properties -----------------------------------------------------------------------------------
