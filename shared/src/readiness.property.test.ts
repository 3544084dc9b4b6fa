import fc from 'fast-check';
import { addDays, addMonths, formatLocalDateTime, parseLocalDateTime } from './readiness/local-date-time';
import { formatInstant } from './readiness/time-zone';
import { subtractWindow } from './readiness/window';
import {
  NUM_RUNS,
  HOUR,
  WITHOUT_SUMMER_TIME,
  textOf,
  isoOf,
  instantOf,
  rank,
  verdict,
  scenarioArb,
} from './__fixtures__/readiness-properties';

describe('readiness properties: verdicts', () => {
  it('a later last use never gives a better verdict', () => {
    fc.assert(
      fc.property(scenarioArb, ({ zone, precaution, appointmentNaive, back, spare }) => {
        const appointment = textOf(appointmentNaive);
        const later = textOf(appointmentNaive - Math.min(back, spare));
        const earlier = textOf(appointmentNaive - Math.max(back, spare));
        const now = isoOf(instantOf(later, zone));
        const base = { zone, precaution, appointment, now };
        expect(rank(verdict({ ...base, lastUse: earlier }).status)).toBeLessThanOrEqual(
          rank(verdict({ ...base, lastUse: later }).status),
        );
        expect(verdict({ ...base, lastUse: null }).status).toBe('ready');
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('a later appointment never gives a worse verdict', () => {
    fc.assert(
      fc.property(scenarioArb, ({ zone, precaution, appointmentNaive, back, spare }) => {
        const lastUse = textOf(appointmentNaive - back);
        const base = { zone, precaution, lastUse };
        const sooner = verdict({ ...base, appointment: textOf(appointmentNaive) });
        const later = verdict({ ...base, appointment: textOf(appointmentNaive + spare) });
        expect(rank(later.status)).toBeLessThanOrEqual(rank(sooner.status));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('ready iff the last use is at or before the boundary, and stopBy reads back at or before it', () => {
    fc.assert(
      fc.property(scenarioArb, ({ zone, precaution, appointmentNaive, back }) => {
        const appointment = textOf(appointmentNaive);
        const lastUse = textOf(appointmentNaive - back);
        const item = verdict({ zone, precaution, appointment, lastUse });
        const boundary = subtractWindow(instantOf(appointment, zone), zone, precaution);
        expect(item.status === 'ready').toBe(instantOf(lastUse, zone) <= boundary);
        if (precaution.advice === 'not-eligible') {
          expect(item.stopBy).toBeUndefined();
        } else if (item.status === 'ready') {
          const stopBy = instantOf(item.stopBy ?? '', zone);
          expect(stopBy).toBeLessThanOrEqual(boundary);
          // Earlier only when the boundary is the second pass through a repeated wall-clock time.
          if (stopBy !== boundary) expect(formatInstant(boundary, zone)).toBe(item.stopBy);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('agrees with plain arithmetic: elapsed hours, and wall-clock calendar maths where there is no summer time', () => {
    fc.assert(
      fc.property(scenarioArb, ({ zone, precaution, appointmentNaive, back }) => {
        const appointment = textOf(appointmentNaive);
        const lastUse = textOf(appointmentNaive - back);
        const ready = verdict({ zone, precaution, appointment, lastUse }).status === 'ready';
        const { windowValue, windowUnit } = precaution;
        if (windowUnit === 'hour') {
          const elapsed = instantOf(appointment, zone) - instantOf(lastUse, zone);
          expect(ready).toBe(elapsed >= windowValue * HOUR);
        } else if (WITHOUT_SUMMER_TIME.has(zone)) {
          const parsed = parseLocalDateTime(appointment);
          if (!parsed.ok) throw new Error('unreachable');
          const boundary =
            windowUnit === 'month'
              ? addMonths(parsed.value, -windowValue)
              : addDays(parsed.value, -windowValue * (windowUnit === 'week' ? 7 : 1));
          expect(ready).toBe(lastUse <= formatLocalDateTime(boundary));
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
