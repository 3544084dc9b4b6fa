/**
 * The readiness rule engine: precautions + an appointment + when the visitor last used each subject
 * → a verdict per precaution and overall. Pure: the same input always gives the same answer.
 */
import type { Precaution } from '../precaution';
import { checkPrecaution, readAppointment, readLastUse, readNow, readTimeZone } from './input';
import { formatInstant, formatNotBefore } from './time-zone';
import { addWindow, earliestReadyAppointment, subtractWindow } from './window';

export type ReadinessStatus = 'ready' | 'too-recent' | 'not-eligible' | 'unknown';
export type ReadinessOverall = 'ready' | 'not-ready' | 'incomplete';

/** One verdict per precaution. Every time is a wall-clock 'YYYY-MM-DDTHH:mm' in the input's zone. */
export interface ReadinessItem {
  subject: string;
  status: ReadinessStatus;
  /** `before` + avoid/consult, when ready or unanswered: the last moment a use still leaves the visitor ready. */
  stopBy?: string;
  /** too-recent: the earliest appointment for which the last use would be far enough back. */
  earliestAppointment?: string;
  /** not-eligible: the earliest appointment for which the visitor would be eligible. */
  eligibleFrom?: string;
  /** `after` precautions: when the after-care period ends. */
  avoidUntil?: string;
  /** The precaution's reason, when it has one. */
  reason?: string;
}

export interface ReadinessResult {
  overall: ReadinessOverall;
  items: ReadinessItem[];
}

export interface ReadinessInput {
  /** As the CMS serves them; items keep this order. */
  precautions: Precaution[];
  /** Wall-clock 'YYYY-MM-DDTHH:mm' in timeZone. */
  appointmentAt: string;
  /** IANA zone, e.g. 'Europe/Berlin'. */
  timeZone: string;
  /** subject → wall-clock 'YYYY-MM-DDTHH:mm' of the last use, null = never; a missing key = unanswered. */
  lastOccurrences: Record<string, string | null>;
  /** ISO instant, e.g. '2026-11-23T12:00:00Z': appointments must not be before it, uses not after it. */
  now: string;
}

function answerFor(
  lastOccurrences: Record<string, string | null>,
  subject: string,
): string | null | undefined {
  return Object.hasOwn(lastOccurrences, subject) ? lastOccurrences[subject] : undefined;
}

/**
 * Verdicts for an appointment. For a `before` precaution with window W the boundary is
 * appointment − W: never used, or last used at or before the boundary → ready; later → too-recent
 * (avoid, consult) or not-eligible. Unanswered → unknown.
 *
 * `after` precautions are after-care ("no sun for 2 weeks after"): they are always 'ready' with
 * `avoidUntil` = appointment + W, never block readiness and need no answer, so a missing key for
 * one never makes the result incomplete (and any answer given for it is ignored).
 *
 * Overall: not-ready if any item is too-recent or not-eligible; else incomplete if any is unknown;
 * else ready. Throws ReadinessInputError for an unknown zone, a malformed or impossible date-time,
 * an appointment before `now` or a last use after `now`.
 */
export function evaluateReadiness(input: ReadinessInput): ReadinessResult {
  const timeZone = readTimeZone(input.timeZone);
  const now = readNow(input.now);
  const appointment = readAppointment(input.appointmentAt, timeZone, now);

  const items = input.precautions.map((precaution): ReadinessItem => {
    checkPrecaution(precaution);
    const { subject, relation, advice } = precaution;
    const reason = precaution.reason ? { reason: precaution.reason } : {};

    if (relation === 'after') {
      const avoidUntil = formatNotBefore(addWindow(appointment, timeZone, precaution), timeZone);
      return { subject, status: 'ready', avoidUntil, ...reason };
    }

    const boundary = subtractWindow(appointment, timeZone, precaution);
    const stopBy = advice === 'not-eligible' ? {} : { stopBy: formatInstant(boundary, timeZone) };
    const answer = answerFor(input.lastOccurrences, subject);
    if (answer === undefined) return { subject, status: 'unknown', ...stopBy, ...reason };

    const lastUse = readLastUse(subject, answer, timeZone, now);
    if (lastUse === null || lastUse <= boundary) return { subject, status: 'ready', ...stopBy, ...reason };

    const waitUntil = formatNotBefore(earliestReadyAppointment(lastUse, timeZone, precaution), timeZone);
    return advice === 'not-eligible'
      ? { subject, status: 'not-eligible', eligibleFrom: waitUntil, ...reason }
      : { subject, status: 'too-recent', earliestAppointment: waitUntil, ...reason };
  });

  return { overall: overallOf(items), items };
}

function overallOf(items: ReadinessItem[]): ReadinessOverall {
  const statuses = new Set(items.map((item) => item.status));
  if (statuses.has('too-recent') || statuses.has('not-eligible')) return 'not-ready';
  if (statuses.has('unknown')) return 'incomplete';
  return 'ready';
}
