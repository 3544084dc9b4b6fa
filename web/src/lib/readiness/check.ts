/**
 * One press of "Check": the form → the engine → a result, or the problems to show beside their fields.
 * Never throws: anything unexpected becomes a message for the whole form.
 */
import type { Precaution } from '@skinfacts/shared';
import {
  evaluateValidReadiness,
  validateReadinessInput,
  type ReadinessProblem,
  type ReadinessResult,
} from '@skinfacts/shared/readiness';
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
 * The form's own problems first; then the engine's, all at once. Problems with the appointment or an
 * answer go beside their field; any other (the zone, the clock, a broken precaution) is for the whole form.
 */
export function checkReadiness(
  form: ReadinessForm,
  precautions: readonly Precaution[],
  { timeZone, now }: CheckContext,
): CheckOutcome {
  const read = readForm(form, precautions);
  if (!read.ok) return { kind: 'problems', problems: read.problems };
  const { appointmentAt, lastOccurrences } = read;

  try {
    const validation = validateReadinessInput({
      precautions: [...precautions],
      appointmentAt,
      timeZone,
      lastOccurrences,
      now,
    });
    if (!validation.ok) return problemsOutcome(validation.problems, lastOccurrences);
    const result = evaluateValidReadiness(validation.input);
    return { kind: 'result', result, answers: { appointmentAt, lastOccurrences, timeZone, now } };
  } catch {
    return { kind: 'problems', problems: [], formProblem: UNEXPECTED };
  }
}

function problemsOutcome(
  engineProblems: readonly ReadinessProblem[],
  lastOccurrences: Record<string, string | null>,
): CheckOutcome {
  const problems: FieldProblem[] = [];
  let formProblem: string | undefined;
  for (const { field, message } of engineProblems) {
    const beside = field === APPOINTMENT_FIELD || Object.hasOwn(lastOccurrences, field);
    if (beside) problems.push({ field, part: 'both', message });
    else formProblem ??= message;
  }
  return formProblem === undefined
    ? { kind: 'problems', problems }
    : { kind: 'problems', problems, formProblem };
}
