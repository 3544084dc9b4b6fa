import type { TreatmentSummary } from '@skinfacts/shared';
import Link from 'next/link';
import { contentPath } from '@skinfacts/shared/site-routes';
import styles from './treatment-summary-list.module.css';

type TreatmentLink = Pick<TreatmentSummary, 'name' | 'slug' | 'summary'>;

interface TreatmentSummaryListProps {
  treatments: TreatmentLink[];
  headingLevel?: 2 | 3;
  emptyMessage?: string;
}

/** Treatments as name (linking to the treatment page) and summary; for the home page and search results. */
export function TreatmentSummaryList({
  treatments,
  headingLevel = 3,
  emptyMessage = 'No treatments have been published yet.',
}: TreatmentSummaryListProps) {
  if (treatments.length === 0) return <p>{emptyMessage}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className={styles.list}>
      {treatments.map((treatment) => (
        <li key={treatment.slug} className={styles.item}>
          <Heading className={styles.name}>
            <Link href={contentPath.treatment(treatment.slug)}>{treatment.name}</Link>
          </Heading>
          <p className={styles.summary}>{treatment.summary}</p>
        </li>
      ))}
    </ul>
  );
}
