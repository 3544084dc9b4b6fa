/**
 * Reading and checking the engine's inputs. validateReadinessInput reports every problem a visitor can
 * fix at once; each names the input ('appointmentAt', 'timeZone', 'now', 'precautions' or a precaution's
 * subject) and says what to do. Problems come in the engine's order: zone, now, appointment, then each
 * precaution (its window, then its answer) as listed.
 */
import { TIME_UNITS } from '../time-units';
import type { Precaution } from '../precaution';
import { parseLocalDateTime, type LocalParseProblem } from './local-date-time';
import { isKnownTimeZone, localToInstant } from './time-zone';

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

/** One thing wrong with the input: which input, and what the visitor should do about it. */
export interface ReadinessProblem {
  /** 'appointmentAt', 'timeZone', 'now', 'precautions' or a precaution's subject. */
  field: string;
  message: string;
}

/** The input with every text read: instants (epoch milliseconds) instead of wall-clock texts. */
export interface ValidReadinessInput {
  precautions: Precaution[];
  timeZone: string;
  now: number;
  appointment: number;
  /** For `before` precautions: subject → instant of the last use, null = never; no key = unanswered. */
  lastUses: ReadonlyMap<string, number | null>;
}

export type ReadinessValidation =
  | { ok: true; input: ValidReadinessInput }
  | { ok: false; problems: [ReadinessProblem, ...ReadinessProblem[]] };

/** The first problem of an input, thrown by evaluateReadiness. */
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

type Report = (field: string, message: string) => undefined;

/** The zone and current instant, once both are known to be good; dates are only placed in time with them. */
interface Clock {
  timeZone: string;
  now: number;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:[0-5]\d(\.\d{1,3})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

function readTimeZone(timeZone: string, report: Report): string | undefined {
  if (isKnownTimeZone(timeZone)) return timeZone;
  return report(
    'timeZone',
    `The time zone "${String(timeZone)}" is not recognised. Choose a time zone such as Europe/Berlin.`,
  );
}

function readNow(now: string, report: Report): number | undefined {
  const wellFormed =
    typeof now === 'string' && ISO_INSTANT.test(now) && parseLocalDateTime(now.slice(0, 16)).ok;
  const instant = wellFormed ? Date.parse(now) : NaN;
  if (!Number.isNaN(instant)) return instant;
  return report('now', 'The current time must be an ISO date-time such as 2026-11-23T12:00:00Z.');
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

/** The instant of a wall-clock text; undefined when the text is wrong (reported) or there is no clock. */
function readLocal(
  field: string,
  label: string,
  text: string,
  clock: Clock | undefined,
  report: Report,
): number | undefined {
  const parsed = parseLocalDateTime(typeof text === 'string' ? text : '');
  if (!parsed.ok) return report(field, parseProblemMessage(label, String(text), parsed.problem));
  return clock && localToInstant(parsed.value, clock.timeZone);
}

function readAppointment(text: string, clock: Clock | undefined, report: Report): number | undefined {
  const appointment = readLocal('appointmentAt', 'The appointment', text, clock, report);
  if (appointment === undefined || !clock || appointment >= clock.now) return appointment;
  return report('appointmentAt', 'The appointment date must be in the future.');
}

/** The instant of the last use, null for "never", undefined when it can't be read. */
function readLastUse(
  subject: string,
  text: string | null,
  clock: Clock | undefined,
  report: Report,
): number | null | undefined {
  if (text === null) return null;
  const lastUse = readLocal(subject, `The date for ${subject}`, text, clock, report);
  if (lastUse === undefined || !clock || lastUse <= clock.now) return lastUse;
  return report(
    subject,
    `The date for ${subject} can't be in the future. Enter when it last happened, up to today.`,
  );
}

/** Guards against precautions that skipped schema parsing; the CMS never serves these. */
function checkPrecaution({ windowValue, windowUnit, subject }: Precaution, report: Report): void {
  if (!Number.isSafeInteger(windowValue) || windowValue <= 0 || !TIME_UNITS.includes(windowUnit)) {
    report('precautions', `The precaution for ${subject} has no valid time window, so it can't be checked.`);
  }
}

function answerFor(
  lastOccurrences: Record<string, string | null>,
  subject: string,
): string | null | undefined {
  return Object.hasOwn(lastOccurrences, subject) ? lastOccurrences[subject] : undefined;
}

/**
 * Every problem with the input at once, or the input read into instants. An unknown zone or a bad
 * `now` still lets the date-times be checked for their form; whether they are in the past or the
 * future is then left open. Answers for `after` precautions and for subjects not listed are ignored.
 */
export function validateReadinessInput(raw: ReadinessInput): ReadinessValidation {
  const problems: ReadinessProblem[] = [];
  const report: Report = (field, message) => {
    problems.push({ field, message });
    return undefined;
  };

  const timeZone = readTimeZone(raw.timeZone, report);
  const now = readNow(raw.now, report);
  const clock = timeZone !== undefined && now !== undefined ? { timeZone, now } : undefined;
  const appointment = readAppointment(raw.appointmentAt, clock, report);

  const lastUses = new Map<string, number | null>();
  const answered = new Set<string>();
  for (const precaution of raw.precautions) {
    checkPrecaution(precaution, report);
    const { subject } = precaution;
    if (precaution.relation === 'after' || answered.has(subject)) continue;
    const answer = answerFor(raw.lastOccurrences, subject);
    if (answer === undefined) continue;
    answered.add(subject);
    const lastUse = readLastUse(subject, answer, clock, report);
    if (lastUse !== undefined) lastUses.set(subject, lastUse);
  }

  const [first, ...rest] = problems;
  if (first) return { ok: false, problems: [first, ...rest] };
  if (!clock || appointment === undefined) throw new Error('an input was neither read nor reported');
  return {
    ok: true,
    input: { precautions: raw.precautions, timeZone: clock.timeZone, now: clock.now, appointment, lastUses },
  };
}
