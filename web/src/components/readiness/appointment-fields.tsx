import type { DateTimeValue, FieldProblem } from '@/lib/readiness/form';
import { DateTimeInputs } from './date-time-inputs';
import { FieldError } from './field-error';
import styles from './readiness-checker.module.css';

interface AppointmentFieldsProps {
  idPrefix: string;
  value: DateTimeValue;
  onChange: (value: DateTimeValue) => void;
  problem?: FieldProblem;
}

/** When the appointment is: required, in the visitor's own time zone. */
export function AppointmentFields({ idPrefix, value, onChange, problem }: AppointmentFieldsProps) {
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Your appointment</legend>
      {problem && <FieldError id={errorId} message={problem.message} />}
      <DateTimeInputs
        idPrefix={idPrefix}
        value={value}
        onChange={onChange}
        dateLabel="Appointment date"
        timeLabel="Appointment time"
        errorId={problem ? errorId : undefined}
        invalidPart={problem?.part}
        required
      />
    </fieldset>
  );
}
