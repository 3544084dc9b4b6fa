/**
 * The readiness rule engine: precautions + an appointment + when the visitor last used each subject
 * → a verdict per precaution and overall. Pure: the same input always gives the same answer.
 */
import {
  ReadinessInputError,
  validateReadinessInput,
  type ReadinessInput,
  type ValidReadinessInput,
} from './input';
import { formatInstant, formatNotBefore } from './time-zone';
import { addWindow, earliestReadyAppointment, subtractWindow } from './window';

export type { ReadinessInput } from './input';

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
 * else ready. Throws a ReadinessInputError with the first problem validateReadinessInput finds (an unknown
 * zone, a malformed or impossible date-time, an appointment before `now`, a last use after `now`).
 */
export function evaluateReadiness(input: ReadinessInput): ReadinessResult {
  const validation = validateReadinessInput(input);
  if (!validation.ok) {
    const [first] = validation.problems;
    throw new ReadinessInputError(first.field, first.message);
  }
  return evaluateValidReadiness(validation.input);
}

/** Verdicts for an input validateReadinessInput accepted (see evaluateReadiness for the rules). */
export function evaluateValidReadiness(input: ValidReadinessInput): ReadinessResult {
  const { timeZone, appointment, lastUses } = input;
  const items = input.precautions.map((precaution): ReadinessItem => {
    const { subject, relation, advice } = precaution;
    const reason = precaution.reason ? { reason: precaution.reason } : {};

    if (relation === 'after') {
      const avoidUntil = formatNotBefore(addWindow(appointment, timeZone, precaution), timeZone);
      return { subject, status: 'ready', avoidUntil, ...reason };
    }

    const boundary = subtractWindow(appointment, timeZone, precaution);
    const stopBy = advice === 'not-eligible' ? {} : { stopBy: formatInstant(boundary, timeZone) };
    const lastUse = lastUses.get(subject);
    if (lastUse === undefined) return { subject, status: 'unknown', ...stopBy, ...reason };
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
