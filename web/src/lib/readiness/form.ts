/**
 * The checker's form as plain data, and reading it into the engine's input. Everything a visitor can
 * leave out or mistype is reported here, per field, in words they can act on; the engine then checks
 * what only it can (an appointment in the past, a last use in the future).
 */
import type { Precaution } from '@skinfacts/shared';

/** "never", "on a date" or not answered yet. */
export type AnswerChoice = 'never' | 'last' | null;

export interface DateTimeValue {
  /** As an <input type="date"> gives it: 'YYYY-MM-DD', or '' when empty or incomplete. */
  date: string;
  /** As an <input type="time"> gives it: 'HH:mm' (or 'HH:mm:ss'), or ''. */
  time: string;
}

export interface Answer extends DateTimeValue {
  choice: AnswerChoice;
}

export interface ReadinessForm {
  appointment: DateTimeValue;
  /** By precaution subject. A subject without an entry is unanswered. */
  answers: Record<string, Answer>;
}

/** Which input of a field a problem points at: the date, the time, or both together. */
export type FieldPart = 'date' | 'time' | 'both';

/** A problem with one field: the appointment (`field` 'appointmentAt') or a precaution (its subject). */
export interface FieldProblem {
  field: string;
  part: FieldPart;
  message: string;
}

export const APPOINTMENT_FIELD = 'appointmentAt';

export const EMPTY_ANSWER: Answer = { choice: null, date: '', time: '' };

export function emptyForm(): ReadinessForm {
  return { appointment: { date: '', time: '' }, answers: {} };
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

type Labels = { missing: (part: 'date' | 'time' | 'both') => string; name: string };

/** 'YYYY-MM-DDTHH:mm' from the two inputs, or the problem with them. */
function readDateTime(
  field: string,
  value: DateTimeValue,
  labels: Labels,
): { ok: true; text: string } | { ok: false; problem: FieldProblem } {
  const date = value.date.trim();
  const time = value.time.trim();
  if (!date && !time) return { ok: false, problem: { field, part: 'both', message: labels.missing('both') } };
  if (!date) return { ok: false, problem: { field, part: 'date', message: labels.missing('date') } };
  if (!DATE_PATTERN.test(date)) {
    const message = `Enter the date for ${labels.name} as year-month-day, for example 2026-12-04.`;
    return { ok: false, problem: { field, part: 'date', message } };
  }
  if (!time) return { ok: false, problem: { field, part: 'time', message: labels.missing('time') } };
  if (!TIME_PATTERN.test(time)) {
    const message = `Enter the time for ${labels.name} as hours and minutes, for example 09:30.`;
    return { ok: false, problem: { field, part: 'time', message } };
  }
  return { ok: true, text: `${date}T${time.slice(0, 5)}` };
}

const appointmentLabels: Labels = {
  name: 'your appointment',
  missing: (part) =>
    part === 'both'
      ? 'Enter the date and time of your appointment.'
      : `Enter the ${part} of your appointment.`,
};

function answerLabels(subject: string): Labels {
  return {
    name: subject,
    missing: (part) =>
      part === 'both'
        ? `Enter when ${subject} last happened (a rough guess is fine), or choose “Never”.`
        : part === 'date'
          ? `Enter the date for ${subject}, or choose “Never”.`
          : `Enter the time for ${subject} as well. A rough guess is fine.`,
  };
}

export type ReadFormResult =
  | { ok: true; appointmentAt: string; lastOccurrences: Record<string, string | null> }
  | { ok: false; problems: FieldProblem[] };

/**
 * The engine's appointmentAt and lastOccurrences, or every problem at once (in the form's order).
 * Only `before` precautions are asked about; an unanswered one is left out (the engine calls it unknown).
 */
export function readForm(form: ReadinessForm, precautions: readonly Precaution[]): ReadFormResult {
  const problems: FieldProblem[] = [];
  const appointment = readDateTime(APPOINTMENT_FIELD, form.appointment, appointmentLabels);
  if (!appointment.ok) problems.push(appointment.problem);

  const lastOccurrences: Record<string, string | null> = {};
  for (const { subject, relation } of precautions) {
    const answer = Object.hasOwn(form.answers, subject) ? form.answers[subject] : undefined;
    if (relation !== 'before' || !answer || answer.choice === null) continue;
    if (answer.choice === 'never') {
      lastOccurrences[subject] = null;
      continue;
    }
    const last = readDateTime(subject, answer, answerLabels(subject));
    if (last.ok) lastOccurrences[subject] = last.text;
    else problems.push(last.problem);
  }

  if (!appointment.ok || problems.length > 0) return { ok: false, problems };
  return { ok: true, appointmentAt: appointment.text, lastOccurrences };
}
