import fc from 'fast-check';
import { evaluateReadiness } from './readiness';
import { formatInstant } from './readiness/time-zone';
import type { Precaution } from './precaution';
import {
  NUM_RUNS,
  MINUTE,
  HOUR,
  ZONES,
  WITHOUT_SUMMER_TIME,
  textOf,
  isoOf,
  instantOf,
  verdict,
  windowArb,
  beforeArb,
  naiveArb,
  scenarioArb,
} from './__fixtures__/readiness-properties';

describe('readiness properties: times', () => {
  it('stopBy is before the appointment and keeps its wall-clock time for calendar windows where it exists', () => {
    fc.assert(
      fc.property(scenarioArb, ({ zone, precaution, appointmentNaive }) => {
        fc.pre(precaution.advice !== 'not-eligible');
        const appointment = textOf(appointmentNaive);
        const stopBy = verdict({ zone, precaution, appointment, lastUse: null }).stopBy ?? '';
        expect(instantOf(stopBy, zone)).toBeLessThan(instantOf(appointment, zone));
        if (precaution.windowUnit !== 'hour') {
          const wallTime = formatInstant(instantOf(appointment, zone), zone).slice(11);
          const sameTime = `${stopBy.slice(0, 10)}T${wallTime}`;
          const sameTimeExists = formatInstant(instantOf(sameTime, zone), zone) === sameTime;
          expect(stopBy === sameTime).toBe(sameTimeExists);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('earliestAppointment / eligibleFrom come after the appointment, and booking then is ready', () => {
    fc.assert(
      fc.property(scenarioArb, ({ zone, precaution, appointmentNaive, back }) => {
        const appointment = textOf(appointmentNaive);
        const lastUse = textOf(appointmentNaive - back);
        const item = verdict({ zone, precaution, appointment, lastUse });
        fc.pre(item.status !== 'ready');
        const waitUntil = item.status === 'not-eligible' ? item.eligibleFrom : item.earliestAppointment;
        expect(item.status).toBe(precaution.advice === 'not-eligible' ? 'not-eligible' : 'too-recent');
        expect(waitUntil).toBeDefined();
        const waitUntilInstant = instantOf(waitUntil ?? '', zone);
        expect(waitUntilInstant).toBeGreaterThan(instantOf(appointment, zone));
        expect(verdict({ zone, precaution, appointment: waitUntil ?? '', lastUse }).status).toBe('ready');
        // And it is the earliest such time, wherever the clocks do not change.
        if (WITHOUT_SUMMER_TIME.has(zone)) {
          const minuteBefore = formatInstant(waitUntilInstant - MINUTE, zone);
          expect(verdict({ zone, precaution, appointment: minuteBefore, lastUse }).status).not.toBe('ready');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('after-care gives avoidUntil after the appointment, is always ready and needs no answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), windowArb, naiveArb, (zone, window, appointmentNaive) => {
        const appointment = textOf(appointmentNaive);
        const precaution: Precaution = {
          subject: 'Sun',
          kind: 'activity',
          relation: 'after',
          advice: 'avoid',
          ...window,
        };
        const result = evaluateReadiness({
          precautions: [precaution],
          appointmentAt: appointment,
          timeZone: zone,
          lastOccurrences: {},
          now: isoOf(instantOf(appointment, zone)),
        });
        expect(result.overall).toBe('ready');
        const [item] = result.items;
        expect(item?.status).toBe('ready');
        const avoidUntil = instantOf(item?.avoidUntil ?? '', zone);
        const start = instantOf(appointment, zone);
        expect(avoidUntil).toBeGreaterThan(start);
        if (window.windowUnit === 'hour')
          expect(avoidUntil).toBeGreaterThanOrEqual(start + window.windowValue * HOUR);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('every output time exists in the zone and round-trips through parsing', () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), ({ zone, precaution, appointmentNaive, back }, after) => {
        const appointment = textOf(appointmentNaive);
        const lastUse = textOf(appointmentNaive - back);
        const item = verdict({
          zone,
          precaution: { ...precaution, relation: after ? 'after' : 'before' },
          appointment,
          lastUse,
        });
        const times = [item.stopBy, item.earliestAppointment, item.eligibleFrom, item.avoidUntil].filter(
          (time): time is string => time !== undefined,
        );
        const silent = !after && precaution.advice === 'not-eligible' && item.status === 'ready';
        expect(times.length).toBe(silent ? 0 : 1);
        for (const time of times) {
          expect(time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
          expect(formatInstant(instantOf(time, zone), zone)).toBe(time);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('overall follows the items, which keep the order of the precautions', () => {
    const entryArb = fc.record({
      precaution: beforeArb,
      relation: fc.constantFrom<'before' | 'after'>('before', 'before', 'after'),
      answer: fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer({ min: 0, max: 60 * 24 * 400 })),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        naiveArb,
        fc.array(entryArb, { maxLength: 6 }),
        (zone, appointmentNaive, entries) => {
          const appointment = textOf(appointmentNaive);
          const precautions = entries.map(({ precaution, relation }, index) => ({
            ...precaution,
            relation,
            subject: `S${index}`,
          }));
          const lastOccurrences: Record<string, string | null> = {};
          entries.forEach(({ answer }, index) => {
            if (answer !== undefined)
              lastOccurrences[`S${index}`] = answer === null ? null : textOf(appointmentNaive - answer);
          });
          const result = evaluateReadiness({
            precautions,
            appointmentAt: appointment,
            timeZone: zone,
            lastOccurrences,
            now: isoOf(instantOf(appointment, zone)),
          });
          expect(result.items.map((item) => item.subject)).toEqual(precautions.map((p) => p.subject));
          const statuses = result.items.map((item) => item.status);
          const blocked = statuses.some((status) => status === 'too-recent' || status === 'not-eligible');
          const open = statuses.includes('unknown');
          expect(result.overall).toBe(blocked ? 'not-ready' : open ? 'incomplete' : 'ready');
          result.items.forEach((item, index) => {
            const entry = entries[index];
            if (entry?.relation === 'after') expect(item.status).toBe('ready');
            else expect(item.status === 'unknown').toBe(entry?.answer === undefined);
          });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
