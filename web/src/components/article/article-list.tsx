import type { ArticleSummary } from '@skinfacts/shared';
import { formatDate } from '@/lib/format-date';

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return <p>No articles have been published yet.</p>;
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.documentId}>
          <article>
            <h2>{article.title}</h2>
            <p className="meta">
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
              {article.author ? ` · ${article.author.name}` : null}
            </p>
            <p>{article.excerpt}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
