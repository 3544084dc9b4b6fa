import type { ReactNode } from 'react';
import styles from './comments.module.css';

type CommentFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
};

/** A labelled form control with its hint and its error, both tied to it with aria-describedby. */
export function CommentField({ id, label, hint, error, children }: CommentFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {children(describedBy)}
      {error ? (
        <p id={errorId} className={styles.fieldError}>
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
