import type { Precaution } from '@skinfacts/shared';
import { ADVICE_LABELS, capitalize, precautionTiming, sortByRelation } from '@/lib/format/precaution';
import styles from './precautions-table.module.css';

interface PrecautionsTableProps {
  treatmentName: string;
  precautions: readonly Precaution[];
}

/** What to avoid before and after, when, the advice and why: one row per precaution, before-care first. */
export function PrecautionsTable({ treatmentName, precautions }: PrecautionsTableProps) {
  if (precautions.length === 0) {
    return <p>No precautions are listed for {treatmentName.toLowerCase()}.</p>;
  }
  const captionId = `precautions-caption`;
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table}>
        <caption id={captionId}>Precautions before and after {treatmentName.toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">When</th>
            <th scope="col">Advice</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {sortByRelation(precautions).map((precaution, index) => (
            <tr key={`${index}-${precaution.subject}`}>
              <th scope="row">{precaution.subject}</th>
              <td>{capitalize(precautionTiming(precaution))}</td>
              <td>{ADVICE_LABELS[precaution.advice]}</td>
              <td>{precaution.reason || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
