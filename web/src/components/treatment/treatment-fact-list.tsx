import type { TreatmentSummary } from '@skinfacts/shared';
import type { ReactNode } from 'react';
import { describeDowntime, describeResultsOnset } from '@skinfacts/shared/readiness-format';
import { PAIN_LABELS, describePerformers } from '@/lib/format/treatment-facts';
import styles from './treatment-facts.module.css';

type Facts = Pick<TreatmentSummary, 'resultsOnset' | 'downtime' | 'painLevel' | 'performedBy'>;

/** Results, downtime, pain and who performs it, as a description list; rows without data are left out. */
export function TreatmentFactList({ treatment, children }: { treatment: Facts; children?: ReactNode }) {
  const performers = describePerformers(treatment.performedBy.map((performer) => performer.role));
  return (
    <dl className={styles.facts}>
      {treatment.resultsOnset ? (
        <div>
          <dt>Results</dt>
          <dd>{describeResultsOnset(treatment.resultsOnset)}</dd>
        </div>
      ) : null}
      {treatment.downtime ? (
        <div>
          <dt>Downtime</dt>
          <dd>{describeDowntime(treatment.downtime)}</dd>
        </div>
      ) : null}
      <div>
        <dt>Pain</dt>
        <dd>{PAIN_LABELS[treatment.painLevel]}</dd>
      </div>
      {performers ? (
        <div>
          <dt>Performed by</dt>
          <dd>{performers}</dd>
        </div>
      ) : null}
      {children}
    </dl>
  );
}
