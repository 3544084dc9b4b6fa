import type { DateTimeValue, FieldPart } from '@/lib/readiness/form';
import styles from './readiness-checker.module.css';

interface DateTimeInputsProps {
  /** The inputs get `${idPrefix}-date` and `${idPrefix}-time`. */
  idPrefix: string;
  value: DateTimeValue;
  onChange: (value: DateTimeValue) => void;
  dateLabel: string;
  timeLabel: string;
  /** Read before each label by screen readers only ("Retinoids: "), so "Date" makes sense on its own. */
  hiddenLabelPrefix?: string;
  /** The id of the error message that describes both inputs, when there is one. */
  errorId?: string;
  /** Which input the error is about. */
  invalidPart?: FieldPart;
  required?: boolean;
}

export const dateInputId = (idPrefix: string) => `${idPrefix}-date`;
export const timeInputId = (idPrefix: string) => `${idPrefix}-time`;

/** A labelled date input and time input side by side, tied to one error message. */
export function DateTimeInputs({
  idPrefix,
  value,
  onChange,
  dateLabel,
  timeLabel,
  hiddenLabelPrefix,
  errorId,
  invalidPart,
  required = false,
}: DateTimeInputsProps) {
  const dateInvalid = invalidPart === 'date' || invalidPart === 'both';
  const timeInvalid = invalidPart === 'time' || invalidPart === 'both';
  const prefix = hiddenLabelPrefix ? <span className="visually-hidden">{hiddenLabelPrefix}</span> : null;
  return (
    <div className={styles.dateTime}>
      <div className={styles.field}>
        <label htmlFor={dateInputId(idPrefix)} className={styles.inputLabel}>
          {prefix}
          {dateLabel}
        </label>
        <input
          id={dateInputId(idPrefix)}
          className={styles.input}
          type="date"
          value={value.date}
          required={required}
          aria-invalid={dateInvalid || undefined}
          aria-describedby={errorId}
          onChange={(event) => onChange({ ...value, date: event.target.value })}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={timeInputId(idPrefix)} className={styles.inputLabel}>
          {prefix}
          {timeLabel}
        </label>
        <input
          id={timeInputId(idPrefix)}
          className={styles.input}
          type="time"
          value={value.time}
          required={required}
          aria-invalid={timeInvalid || undefined}
          aria-describedby={errorId}
          onChange={(event) => onChange({ ...value, time: event.target.value })}
        />
      </div>
    </div>
  );
}
