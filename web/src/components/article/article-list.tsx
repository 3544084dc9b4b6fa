import { ArticleCard, type ArticleCardData, type HeadingLevel } from './article-card';
import styles from './article-list.module.css';

interface ArticleListProps {
  articles: ArticleCardData[];
  /** The level of each card's title: 2 when the list sits under the page's h1, 3 under a section's h2. */
  headingLevel?: HeadingLevel;
  /** Shown instead of the list when there are no articles. */
  emptyMessage?: string;
}

export function ArticleList({
  articles,
  headingLevel = 2,
  emptyMessage = 'No articles have been published yet.',
}: ArticleListProps) {
  if (articles.length === 0) return <p>{emptyMessage}</p>;
  return (
    <ul className={styles.grid}>
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
