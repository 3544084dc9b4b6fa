/**
 * One press of "Check": the form → the engine → a result, or the problems to show beside their fields.
 * Never throws: anything unexpected becomes a message for the whole form.
 */
import type { Precaution } from '@skinfacts/shared';
import { evaluateReadiness, ReadinessInputError, type ReadinessResult } from '@skinfacts/shared/readiness';
import { APPOINTMENT_FIELD, readForm, type FieldProblem, type ReadinessForm } from './form';

export interface CheckContext {
  /** The visitor's IANA zone. */
  timeZone: string;
  /** ISO instant of the press. */
  now: string;
}

export interface CheckedAnswers {
  appointmentAt: string;
  lastOccurrences: Record<string, string | null>;
  timeZone: string;
  now: string;
}

export type CheckOutcome =
  | { kind: 'result'; result: ReadinessResult; answers: CheckedAnswers }
  | { kind: 'problems'; problems: FieldProblem[]; formProblem?: string };

const UNEXPECTED = 'Something went wrong while checking your answers. Please check them and try again.';

/**
 * The engine stops at its first problem. To show every last-use date it rejects at once, the answer
 * it named is set aside (as if unanswered) and the rest checked again; at most one round per answer.
 */
export function checkReadiness(
  form: ReadinessForm,
  precautions: readonly Precaution[],
  { timeZone, now }: CheckContext,
): CheckOutcome {
  const read = readForm(form, precautions);
  if (!read.ok) return { kind: 'problems', problems: read.problems };

  const subjects = new Set(precautions.map((precaution) => precaution.subject));
  const lastOccurrences = { ...read.lastOccurrences };
  const problems: FieldProblem[] = [];
  for (let round = 0; round <= precautions.length; round += 1) {
    try {
      const result = evaluateReadiness({
        precautions: [...precautions],
        appointmentAt: read.appointmentAt,
        timeZone,
        lastOccurrences,
        now,
      });
      if (problems.length > 0) return { kind: 'problems', problems: inFormOrder(problems, precautions) };
      const answers = {
        appointmentAt: read.appointmentAt,
        lastOccurrences: read.lastOccurrences,
        timeZone,
        now,
      };
      return { kind: 'result', result, answers };
    } catch (error) {
      if (!(error instanceof ReadinessInputError))
        return { kind: 'problems', problems, formProblem: UNEXPECTED };
      if (error.field === APPOINTMENT_FIELD) {
        problems.push({ field: APPOINTMENT_FIELD, part: 'both', message: error.message });
        // Last uses are checked against `now`, not the appointment: a far-off appointment still finds them.
        const later = checkLastUsesOnly(precautions, lastOccurrences, timeZone, now);
        return { kind: 'problems', problems: inFormOrder([...problems, ...later], precautions) };
      }
      if (!subjects.has(error.field) || !Object.hasOwn(lastOccurrences, error.field)) {
        return { kind: 'problems', problems, formProblem: error.message };
      }
      problems.push({ field: error.field, part: 'both', message: error.message });
      delete lastOccurrences[error.field];
    }
  }
  return { kind: 'problems', problems, formProblem: UNEXPECTED };
}

/** The last-use problems alone, checked against an appointment that is certainly in the future. */
function checkLastUsesOnly(
  precautions: readonly Precaution[],
  lastOccurrences: Record<string, string | null>,
  timeZone: string,
  now: string,
): FieldProblem[] {
  const farFuture = '9999-01-01T00:00';
  const outcome = checkReadiness(
    {
      appointment: { date: farFuture.slice(0, 10), time: farFuture.slice(11) },
      answers: asAnswers(lastOccurrences),
    },
    precautions,
    { timeZone, now },
  );
  return outcome.kind === 'problems'
    ? outcome.problems.filter((problem) => problem.field !== APPOINTMENT_FIELD)
    : [];
}

function asAnswers(lastOccurrences: Record<string, string | null>): ReadinessForm['answers'] {
  return Object.fromEntries(
    Object.entries(lastOccurrences).map(([subject, text]) => [
      subject,
      text === null
        ? { choice: 'never' as const, date: '', time: '' }
        : { choice: 'last' as const, date: text.slice(0, 10), time: text.slice(11) },
    ]),
  );
}

function inFormOrder(problems: FieldProblem[], precautions: readonly Precaution[]): FieldProblem[] {
  const order = new Map<string, number>([[APPOINTMENT_FIELD, -1]]);
  precautions.forEach((precaution, index) => order.set(precaution.subject, index));
  return [...problems].sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0));
}
