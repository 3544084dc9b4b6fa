import styles from './readiness-checker.module.css';

/** The message beside a field that needs fixing; inputs point at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className={styles.error}>
      <span aria-hidden="true">⚠ </span>
      <span className="visually-hidden">Error: </span>
      {message}
    </p>
  );
}
