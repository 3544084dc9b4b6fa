/**
 * Reading and checking the engine's inputs. Every problem a visitor can fix is a ReadinessInputError
 * whose `field` names the input ('appointmentAt', 'timeZone', 'now', 'precautions' or a precaution's
 * subject) and whose message says what to do.
 */
import { TIME_UNITS } from '../time-units';
import type { Precaution } from '../precaution';
import { parseLocalDateTime, type LocalParseProblem } from './local-date-time';
import { isKnownTimeZone, localToInstant } from './time-zone';

export class ReadinessInputError extends Error {
  override readonly name = 'ReadinessInputError';

  constructor(
    /** The input that is wrong: 'appointmentAt', 'timeZone', 'now', 'precautions' or a subject. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:[0-5]\d(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

export function readTimeZone(timeZone: string): string {
  if (!isKnownTimeZone(timeZone)) {
    throw new ReadinessInputError(
      'timeZone',
      `The time zone "${String(timeZone)}" is not recognised. Choose a time zone such as Europe/Berlin.`,
    );
  }
  return timeZone;
}

export function readNow(now: string): number {
  const wellFormed =
    typeof now === 'string' && ISO_INSTANT.test(now) && parseLocalDateTime(now.slice(0, 16)).ok;
  const instant = wellFormed ? Date.parse(now) : NaN;
  if (Number.isNaN(instant)) {
    throw new ReadinessInputError(
      'now',
      'The current time must be an ISO date-time such as 2026-11-23T12:00:00Z.',
    );
  }
  return instant;
}

/** What to tell the visitor about a date-time they typed for `label` ("The appointment", "The date for Retinoids"). */
function parseProblemMessage(label: string, text: string, problem: LocalParseProblem): string {
  switch (problem) {
    case 'format':
      return `${label} must be a date and time written like 2026-12-04T10:00.`;
    case 'date':
      return `${label} uses a date that does not exist (${text.slice(0, 10)}). Check the day and the month.`;
    case 'time':
      return `${label} uses a time that does not exist (${text.slice(11)}). Use a time from 00:00 to 23:59.`;
  }
}

function readLocal(field: string, label: string, text: string, timeZone: string): number {
  const parsed = parseLocalDateTime(typeof text === 'string' ? text : '');
  if (!parsed.ok) {
    throw new ReadinessInputError(field, parseProblemMessage(label, String(text), parsed.problem));
  }
  return localToInstant(parsed.value, timeZone);
}

export function readAppointment(text: string, timeZone: string, now: number): number {
  const appointment = readLocal('appointmentAt', 'The appointment', text, timeZone);
  if (appointment < now) {
    throw new ReadinessInputError('appointmentAt', 'The appointment date must be in the future.');
  }
  return appointment;
}

/** The instant of the last use, or null for "never". */
export function readLastUse(
  subject: string,
  text: string | null,
  timeZone: string,
  now: number,
): number | null {
  if (text === null) return null;
  const lastUse = readLocal(subject, `The date for ${subject}`, text, timeZone);
  if (lastUse > now) {
    throw new ReadinessInputError(
      subject,
      `The date for ${subject} can't be in the future. Enter when it last happened, up to today.`,
    );
  }
  return lastUse;
}

/** Guards against precautions that skipped schema parsing; the CMS never serves these. */
export function checkPrecaution(precaution: Precaution): void {
  const { windowValue, windowUnit, subject } = precaution;
  if (!Number.isSafeInteger(windowValue) || windowValue <= 0 || !TIME_UNITS.includes(windowUnit)) {
    throw new ReadinessInputError(
      'precautions',
      `The precaution for ${subject} has no valid time window, so it can't be checked.`,
    );
  }
}
