import type { Precaution, ReadinessOverall } from '@skinfacts/shared';
import type { CheckedAnswers } from '@/lib/readiness/check';
import type { ReadinessEntry } from '@/lib/readiness/entries';
import { formatWhen, yearOf } from '@/lib/readiness/local-time-wording';
import { OVERALL_TONE, OVERALL_VERDICT, STATUS_ICON } from '@/lib/readiness/verdict-wording';
import { ResultItem } from './result-item';
import styles from './readiness-results.module.css';

interface ReadinessResultsProps {
  treatmentName: string;
  overall: ReadinessOverall;
  /** The engine's verdicts joined with their precautions, in the CMS's order. */
  entries: readonly ReadinessEntry[];
  answers: CheckedAnswers;
}

/** The overall verdict and one entry per precaution: before-care, then after-care. */
export function ReadinessResults({ treatmentName, overall, entries, answers }: ReadinessResultsProps) {
  const referenceYear = yearOf(answers.appointmentAt);
  const tone = OVERALL_TONE[overall];
  const answerFor = (subject: string) =>
    Object.hasOwn(answers.lastOccurrences, subject) ? answers.lastOccurrences[subject] : undefined;
  const list = (relation: Precaution['relation']) =>
    entries
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => entry.relation === relation)
      .map(({ entry, index }) => (
        <ResultItem
          key={`${index}-${entry.subject}`}
          item={entry}
          lastOccurrence={answerFor(entry.subject)}
          referenceYear={referenceYear}
        />
      ));
  const before = list('before');
  const after = list('after');

  return (
    <div className={styles.results}>
      <h3 className={styles.heading}>Your checklist for {treatmentName}</h3>
      <p className={styles.overall} data-tone={tone}>
        <span aria-hidden="true" className={styles.icon}>
          {STATUS_ICON[tone]}
        </span>{' '}
        {OVERALL_VERDICT[overall]}
      </p>
      <p className={styles.meta}>
        Appointment: {formatWhen(answers.appointmentAt)}. Times are in your time zone, {answers.timeZone}.
      </p>
      {before.length > 0 && (
        <>
          <h4 className={styles.subheading}>Before your appointment</h4>
          <ul className={styles.items}>{before}</ul>
        </>
      )}
      {after.length > 0 && (
        <>
          <h4 className={styles.subheading}>After your appointment</h4>
          <ul className={styles.items}>{after}</ul>
        </>
      )}
    </div>
  );
}
