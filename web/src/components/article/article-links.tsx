import { ArticleCard, type ArticleCardData } from './article-card';
import styles from './article-links.module.css';

interface ArticleLinksProps {
  title: string;
  headingId: string;
  articles: readonly ArticleCardData[];
}

/** A titled section of article cards (related articles, articles about a treatment); nothing when empty. */
export function ArticleLinks({ title, headingId, articles }: ArticleLinksProps) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className={styles.grid}>
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
