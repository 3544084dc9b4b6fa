'use client';

import type { Precaution } from '@skinfacts/shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { checkReadiness, type CheckOutcome } from '@/lib/readiness/check';
import { entriesOf } from '@/lib/readiness/entries';
import {
  APPOINTMENT_FIELD,
  EMPTY_ANSWER,
  emptyForm,
  type Answer,
  type DateTimeValue,
  type FieldProblem,
} from '@/lib/readiness/form';
import { detectTimeZone } from '@/lib/readiness/time-zone';
import { AppointmentFields } from './appointment-fields';
import { dateInputId, timeInputId } from './date-time-inputs';
import { PrecautionQuestion } from './precaution-question';
import { ReadinessActions } from './readiness-actions';
import { ReadinessResults } from './readiness-results';
import { useHydrated } from './use-hydrated';
import styles from './readiness-checker.module.css';

export interface ReadinessCheckerProps {
  treatmentName: string;
  /** As the CMS serves them; `before` ones are asked about, `after` ones shown as after-care. */
  precautions: readonly Precaution[];
}

/**
 * "Am I ready for my appointment?": the appointment and, per `before` precaution, when it last
 * happened → the readiness engine's verdicts, a printable checklist and calendar reminders.
 * Runs entirely in the browser: no request is made with anything the visitor enters.
 */
export function ReadinessChecker({ treatmentName, precautions }: ReadinessCheckerProps) {
  const baseId = useId();
  const hydrated = useHydrated();
  const [form, setForm] = useState(emptyForm);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [changedSinceCheck, setChangedSinceCheck] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const appointmentId = `${baseId}-appointment`;
  const formProblemId = `${baseId}-form-problem`;
  const questionId = (index: number) => `${baseId}-q${index}`;
  const problems = outcome?.kind === 'problems' ? outcome.problems : [];
  const problemFor = (field: string) => problems.find((problem) => problem.field === field);

  function fieldInputId(problem: FieldProblem): string {
    const index = precautions.findIndex((precaution) => precaution.subject === problem.field);
    const prefix = problem.field === APPOINTMENT_FIELD || index < 0 ? appointmentId : questionId(index);
    return problem.part === 'time' ? timeInputId(prefix) : dateInputId(prefix);
  }

  /** A change makes a shown result out of date, and settles the changed field's problem. */
  function afterChange(field: string) {
    if (outcome?.kind === 'result') {
      setOutcome(null);
      setChangedSinceCheck(true);
    } else if (outcome?.kind === 'problems') {
      setOutcome({ ...outcome, problems: outcome.problems.filter((problem) => problem.field !== field) });
    }
  }

  function changeAppointment(appointment: DateTimeValue) {
    setForm((current) => ({ ...current, appointment }));
    afterChange(APPOINTMENT_FIELD);
  }

  function changeAnswer(subject: string, answer: Answer) {
    setForm((current) => ({ ...current, answers: { ...current.answers, [subject]: answer } }));
    afterChange(subject);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkReadiness(form, precautions, {
      timeZone: detectTimeZone(),
      now: new Date().toISOString(),
    });
    setOutcome(checked);
    setChangedSinceCheck(false);
    if (checked.kind === 'problems') {
      const first = checked.problems[0];
      setFocusTarget({ id: first ? fieldInputId(first) : formProblemId });
    }
  }

  if (precautions.length === 0) {
    return (
      <p>
        No precautions are listed for {treatmentName}, so there is nothing to check before your appointment.
      </p>
    );
  }

  const formProblem = outcome?.kind === 'problems' ? outcome.formProblem : undefined;
  const checked = outcome?.kind === 'result' ? outcome : null;
  const entries = checked ? entriesOf(precautions, checked.result) : [];
  return (
    <div className={styles.checker}>
      <form className={styles.form} noValidate onSubmit={submit}>
        <p className={styles.intro}>
          Enter your appointment and when you last took or did each thing below. You get a verdict for each
          precaution. <strong>Nothing you enter leaves your browser.</strong>
        </p>
        <AppointmentFields
          idPrefix={appointmentId}
          value={form.appointment}
          onChange={changeAppointment}
          problem={problemFor(APPOINTMENT_FIELD)}
        />
        {precautions.map((precaution, index) =>
          precaution.relation === 'before' ? (
            <PrecautionQuestion
              key={`${index}-${precaution.subject}`}
              idPrefix={questionId(index)}
              precaution={precaution}
              answer={form.answers[precaution.subject] ?? EMPTY_ANSWER}
              onChange={(answer) => changeAnswer(precaution.subject, answer)}
              problem={problemFor(precaution.subject)}
            />
          ) : null,
        )}
        {formProblem && (
          <p id={formProblemId} className={styles.error} role="alert" tabIndex={-1}>
            {formProblem}
          </p>
        )}
        {/* Enabled once the script runs: before that a press could do nothing (and send nothing). */}
        <button type="submit" className={styles.submit} disabled={!hydrated}>
          Check my readiness
        </button>
        <noscript>
          <p className={styles.error}>
            The checker needs JavaScript, which runs it entirely in your browser.
          </p>
        </noscript>
      </form>
      <div className={styles.live} aria-live="polite">
        {problems.length > 0 && (
          <p className={styles.summary}>
            {problems.length === 1
              ? 'One answer needs fixing before you get a verdict. It is marked above.'
              : `${problems.length} answers need fixing before you get a verdict. They are marked above.`}
          </p>
        )}
        {changedSinceCheck && (
          <p className={styles.summary}>Your answers have changed. Check again to see your results.</p>
        )}
        {checked && (
          <ReadinessResults
            treatmentName={treatmentName}
            overall={checked.result.overall}
            entries={entries}
            answers={checked.answers}
          />
        )}
      </div>
      {/* Outside the live region, so a new result is announced without the buttons. */}
      {checked && (
        <ReadinessActions treatmentName={treatmentName} items={entries} answers={checked.answers} />
      )}
    </div>
  );
}
