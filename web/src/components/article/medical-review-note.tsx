import { reviewStatus, type MedicalReview } from '@skinfacts/shared';
import { formatDate } from '@/lib/format-date';
import { personWithCredentials } from '@/lib/format/treatment-facts';
import styles from './medical-review-note.module.css';

interface MedicalReviewNoteProps {
  review: MedicalReview | null | undefined;
  /** The moment the page is rendered; "overdue" is derived from it, never stored. */
  now: Date;
}

/** "Medically reviewed by <name, credentials> on <date>", and a notice when the next review is overdue. */
export function MedicalReviewNote({ review, now }: MedicalReviewNoteProps) {
  const status = reviewStatus(review, now);
  if (!review || status.lastReviewedAt === null) {
    return <p className={styles.note}>This page has not been medically reviewed yet.</p>;
  }
  const reviewed = <time dateTime={status.lastReviewedAt}>{formatDate(status.lastReviewedAt)}</time>;
  return (
    <>
      <p className={styles.note}>
        {review.reviewer ? (
          <>
            Medically reviewed by <strong>{personWithCredentials(review.reviewer)}</strong> on {reviewed}
          </>
        ) : (
          <>Medically reviewed on {reviewed}</>
        )}
        {!status.overdue && status.dueAt ? (
          <>
            {' '}
            · next review due <time dateTime={status.dueAt}>{formatDate(status.dueAt)}</time>
          </>
        ) : null}
      </p>
      {status.overdue && status.dueAt ? (
        <p className={styles.overdue}>
          <strong>Review overdue:</strong> this page was due for its next medical review on{' '}
          <time dateTime={status.dueAt}>{formatDate(status.dueAt)}</time>. Some details may be out of date.
        </p>
      ) : null}
    </>
  );
}
