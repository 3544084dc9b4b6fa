import type { Citation } from '@skinfacts/shared';
import styles from './reference-list.module.css';

interface ReferenceListProps {
  references: readonly Citation[];
  /** The id of the heading that names the list. */
  headingId: string;
}

/** A numbered list of sources: title (linked when there is a url), publisher, year and note. */
export function ReferenceList({ references, headingId }: ReferenceListProps) {
  if (references.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>References</h2>
      <ol className={styles.references}>
        {references.map((reference, index) => {
          const source = [reference.publisher, reference.year].filter(
            (part) => part !== null && part !== undefined,
          );
          return (
            <li key={`${index}-${reference.title}`} id={`reference-${index + 1}`}>
              {reference.url ? (
                <a href={reference.url} rel="noopener noreferrer">
                  <cite>{reference.title}</cite>
                </a>
              ) : (
                <cite>{reference.title}</cite>
              )}
              {source.length > 0 ? <>. {source.join(', ')}.</> : '.'}
              {reference.note ? <span className={styles.note}> {reference.note}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
