import type { TreatmentSummary } from '@skinfacts/shared';
import Link from 'next/link';
import { contentPath } from '@skinfacts/shared/site-routes';
import { describePrecaution, sortByRelation } from '@/lib/format/precaution';
import { TreatmentFactList } from './treatment-fact-list';
import styles from './treatment-facts.module.css';

/**
 * A treatment's key facts inside an article: results onset, downtime, pain, who performs it and the
 * precautions in words, with links to the treatment page and its readiness checker.
 */
export function TreatmentFactsBox({ treatment }: { treatment: TreatmentSummary }) {
  const headingId = `facts-${treatment.slug}`;
  const page = contentPath.treatment(treatment.slug);
  const precautions = sortByRelation(treatment.precautions);
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {treatment.name} at a glance
      </h3>
      <TreatmentFactList treatment={treatment}>
        {precautions.length > 0 ? (
          <div>
            <dt>Key precautions</dt>
            <dd>
              <ul className={styles.precautions}>
                {precautions.map((precaution, index) => (
                  <li key={`${index}-${precaution.subject}`}>{describePrecaution(precaution)}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </TreatmentFactList>
      <ul className={styles.links}>
        <li>
          <Link href={page}>All {treatment.name.toLowerCase()} facts</Link>
        </li>
        <li>
          <Link href={`${page}#readiness`}>
            Am I ready for my {treatment.name.toLowerCase()} appointment?
          </Link>
        </li>
      </ul>
    </section>
  );
}
