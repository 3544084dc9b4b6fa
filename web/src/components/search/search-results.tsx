import Link from 'next/link';
import { ArticleList } from '@/components/article/article-list';
import { TreatmentSummaryList } from '@/components/ui/treatment-summary-list';
import type { SearchMatches, SearchResults } from '@/lib/cms/search';
import { SearchForm } from './search-form';
import styles from './search-results.module.css';

/** “text” in typographic quotes. */
const quoted = (text: string) => `“${text}”`;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function ShownOf({ matches }: { matches: SearchMatches<unknown> }) {
  if (matches.total <= matches.items.length) return null;
  return (
    <p className="meta">
      Showing the first {matches.items.length} of {matches.total}. Add a word to narrow the search.
    </p>
  );
}

/** The search page before a query: the form and what can be searched. */
export function SearchStart() {
  return (
    <>
      <h1>Search</h1>
      <SearchForm id="search-page" labelVisible />
      <p className={styles.hint}>
        Search article titles and summaries, and treatments by name or by another name they go by — for
        example {quoted('microneedling')}, {quoted('collagen induction')} or {quoted('acne scars')}.
      </p>
    </>
  );
}

/** A query that matched nothing: say so, keep the query in the form, and suggest a way on. */
export function SearchNoResults({ query }: { query: string }) {
  return (
    <>
      <h1>Search</h1>
      <SearchForm id="search-page" labelVisible defaultValue={query} />
      <div className={styles.status}>
        <p role="status">
          <strong>No results for {quoted(query)}.</strong>
        </p>
        <p>Some things to try:</p>
        <ul>
          <li>Check the spelling, or use fewer or more general words.</li>
          <li>Try another name for a treatment, such as {quoted('skin needling')}.</li>
          <li>
            Browse <Link href="/articles">all articles</Link> or <Link href="/topics">the topics</Link>.
          </li>
        </ul>
      </div>
    </>
  );
}

/** Matches grouped by type, each group with its count. */
export function SearchResultList({ results }: { results: SearchResults }) {
  const { query, articles, treatments } = results;
  const total = articles.total + treatments.total;
  return (
    <>
      <h1>Search results for {quoted(query)}</h1>
      <SearchForm id="search-page" labelVisible defaultValue={query} />
      <p role="status" className={styles.status}>
        {plural(total, 'result', 'results')}: {plural(treatments.total, 'treatment', 'treatments')} and{' '}
        {plural(articles.total, 'article', 'articles')}.
      </p>
      {treatments.total > 0 ? (
        <section aria-labelledby="results-treatments">
          <h2 id="results-treatments">
            Treatments <span className={styles.count}>({treatments.total})</span>
          </h2>
          <TreatmentSummaryList treatments={treatments.items} headingLevel={3} />
          <ShownOf matches={treatments} />
        </section>
      ) : null}
      {articles.total > 0 ? (
        <section aria-labelledby="results-articles">
          <h2 id="results-articles">
            Articles <span className={styles.count}>({articles.total})</span>
          </h2>
          <ArticleList articles={articles.items} headingLevel={3} />
          <ShownOf matches={articles} />
        </section>
      ) : null}
    </>
  );
}

/** The whole search page body for a query (already normalised) and its results (null before a query). */
export function SearchView({ query, results }: { query: string; results: SearchResults | null }) {
  if (query === '' || results === null) return <SearchStart />;
  if (results.articles.total + results.treatments.total === 0) return <SearchNoResults query={query} />;
  return <SearchResultList results={results} />;
}
