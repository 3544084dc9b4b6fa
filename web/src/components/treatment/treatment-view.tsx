import type { Treatment } from '@skinfacts/shared';
import { ArticleLinks } from '@/components/article/article-links';
import { MedicalReviewNote } from '@/components/article/medical-review-note';
import { ReferenceList } from '@/components/article/reference-list';
import { RichText } from '@/components/blocks/rich-text';
import { describeAliases } from '@/lib/format/treatment-facts';
import { PrecautionsTable } from './precautions-table';
import { ReadinessSection } from './readiness-section';
import { ResultsTimeline } from './results-timeline';
import { TreatmentFactList } from './treatment-fact-list';
import styles from './treatment-view.module.css';

/** The whole treatment page: every fact comes from the treatment's data. */
export function TreatmentView({ treatment, now }: { treatment: Treatment; now: Date }) {
  const aliases = describeAliases(treatment.aliases.map((alias) => alias.name));
  const name = treatment.name.toLowerCase();
  return (
    <article aria-labelledby="treatment-title" className={styles.treatment}>
      <header className={styles.header}>
        <h1 id="treatment-title">{treatment.name}</h1>
        {aliases ? <p className={styles.aliases}>{aliases}</p> : null}
        <p className="lead">{treatment.summary}</p>
        <MedicalReviewNote review={treatment.medicalReview} now={now} />
      </header>

      <section aria-labelledby="glance-heading" className={styles.glance}>
        <h2 id="glance-heading">At a glance</h2>
        <TreatmentFactList treatment={treatment} />
      </section>

      {treatment.howItWorks && treatment.howItWorks.length > 0 ? (
        <section aria-labelledby="how-heading">
          <h2 id="how-heading">How it works</h2>
          <RichText content={treatment.howItWorks} minHeadingLevel={3} />
        </section>
      ) : null}

      {treatment.benefits.length > 0 ? (
        <section aria-labelledby="benefits-heading">
          <h2 id="benefits-heading">What it is used for</h2>
          <ul className={styles.benefits}>
            {treatment.benefits.map((benefit) => (
              <li key={benefit.title}>
                <strong>{benefit.title}</strong>
                {benefit.description ? <>: {benefit.description}</> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="precautions-heading">
        <h2 id="precautions-heading">Precautions</h2>
        <PrecautionsTable treatmentName={treatment.name} precautions={treatment.precautions} />
      </section>

      <ReadinessSection treatmentName={treatment.name} precautions={treatment.precautions} />

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">What to expect, and when</h2>
        <ResultsTimeline treatment={treatment} />
      </section>

      <ArticleLinks
        title={`Articles about ${name}`}
        headingId="articles-heading"
        articles={treatment.articles}
      />
      <ReferenceList references={treatment.references} headingId="references-heading" />
    </article>
  );
}
