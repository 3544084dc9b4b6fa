import type { Precaution } from '@skinfacts/shared';
import type { Answer, AnswerChoice, FieldProblem } from '@/lib/readiness/form';
import { LAST_OCCURRENCE_LABEL, questionHint } from '@/lib/readiness/question-wording';
import { DateTimeInputs } from './date-time-inputs';
import { FieldError } from './field-error';
import styles from './readiness-checker.module.css';

interface PrecautionQuestionProps {
  idPrefix: string;
  precaution: Precaution;
  answer: Answer;
  onChange: (answer: Answer) => void;
  problem?: FieldProblem;
}

/** "Retinoids: never, or last taken on <date> <time>", for one `before` precaution. */
export function PrecautionQuestion({
  idPrefix,
  precaution,
  answer,
  onChange,
  problem,
}: PrecautionQuestionProps) {
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const choose = (choice: AnswerChoice) => onChange({ ...answer, choice });
  return (
    <fieldset className={styles.fieldset} aria-describedby={hintId}>
      <legend className={styles.legend}>{precaution.subject}</legend>
      <p id={hintId} className={styles.hint}>
        {questionHint(precaution)}
      </p>
      {problem && <FieldError id={errorId} message={problem.message} />}
      <div className={styles.choice}>
        <input
          id={`${idPrefix}-never`}
          className={styles.radio}
          type="radio"
          name={`${idPrefix}-choice`}
          value="never"
          checked={answer.choice === 'never'}
          onChange={() => choose('never')}
        />
        <label htmlFor={`${idPrefix}-never`}>Never</label>
      </div>
      <div className={styles.choice}>
        <input
          id={`${idPrefix}-last`}
          className={styles.radio}
          type="radio"
          name={`${idPrefix}-choice`}
          value="last"
          checked={answer.choice === 'last'}
          onChange={() => choose('last')}
        />
        <label htmlFor={`${idPrefix}-last`}>{LAST_OCCURRENCE_LABEL[precaution.kind]}</label>
      </div>
      <div className={styles.nested}>
        <DateTimeInputs
          idPrefix={idPrefix}
          value={answer}
          // Typing a date means "it happened then": the choice follows the inputs.
          onChange={(value) => onChange({ ...answer, ...value, choice: 'last' })}
          dateLabel="Date"
          timeLabel="Time"
          hiddenLabelPrefix={`${precaution.subject}: `}
          errorId={problem ? errorId : undefined}
          invalidPart={problem?.part}
        />
      </div>
    </fieldset>
  );
}
