import { MAX_QUERY_LENGTH } from './search-query';
import styles from './search-form.module.css';

interface SearchFormProps {
  /** Unique per page: the header and the search page each have a form. */
  id: string;
  defaultValue?: string;
  /** Show the label on screen (the search page) or only to screen readers (the header). */
  labelVisible?: boolean;
  className?: string;
  /** Names the search landmark when a page has more than one (e.g. "Site" for the header's). */
  landmarkLabel?: string;
}

/** A plain GET form to /search: it works before (and without) any JavaScript. */
export function SearchForm({
  id,
  defaultValue = '',
  labelVisible = false,
  className,
  landmarkLabel,
}: SearchFormProps) {
  const inputId = `${id}-q`;
  return (
    <form
      role="search"
      aria-label={landmarkLabel}
      action="/search"
      method="get"
      className={[styles.form, className].filter(Boolean).join(' ')}
    >
      <label htmlFor={inputId} className={labelVisible ? styles.label : 'visually-hidden'}>
        Search articles and treatments
      </label>
      <div className={styles.row}>
        <input
          id={inputId}
          className={styles.input}
          type="search"
          name="q"
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </div>
    </form>
  );
}
