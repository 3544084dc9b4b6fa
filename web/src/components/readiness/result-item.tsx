import type { ReadinessEntry } from '@/lib/readiness/entries';
import { describeAnswer } from '@/lib/readiness/question-wording';
import { describeVerdict, STATUS_ICON, STATUS_LABEL, toneOf } from '@/lib/readiness/verdict-wording';
import styles from './readiness-results.module.css';

interface ResultItemProps {
  /** The engine's verdict with its precaution's kind, advice and relation. */
  item: ReadinessEntry;
  /** The visitor's answer: a local date-time, null for never, undefined when unanswered. */
  lastOccurrence: string | null | undefined;
  referenceYear?: number;
}

/** One precaution's verdict: status (icon + words), the answer given, what to do, and why. */
export function ResultItem({ item, lastOccurrence, referenceYear }: ResultItemProps) {
  const tone = toneOf(item, item);
  return (
    <li className={styles.item} data-tone={tone}>
      <p className={styles.itemHead}>
        <strong className={styles.subject}>{item.subject}</strong>
        <span className={styles.status} data-tone={tone}>
          <span aria-hidden="true" className={styles.icon}>
            {STATUS_ICON[tone]}
          </span>{' '}
          {STATUS_LABEL[tone]}
        </span>
      </p>
      {item.relation === 'before' && (
        <p className={styles.answer}>
          Your answer: {describeAnswer(item.kind, lastOccurrence, referenceYear)}
        </p>
      )}
      <p className={styles.verdict}>{describeVerdict(item, item, referenceYear)}</p>
      {item.reason && <p className={styles.reason}>Why: {item.reason}</p>}
    </li>
  );
}
