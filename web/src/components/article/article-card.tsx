import type { ArticleSummary } from '@skinfacts/shared';
import Link from 'next/link';
import { CmsImage } from '@/components/ui/cms-image';
import { contentPath } from '@skinfacts/shared/site-routes';
import { formatDate } from '@/lib/format-date';
import styles from './article-card.module.css';

/** What a card needs: list items carry every field; a topic's articles only title, slug, excerpt and date. */
export type ArticleCardData = Pick<ArticleSummary, 'title' | 'slug' | 'excerpt' | 'publishedAt'> &
  Partial<ArticleSummary>;

export type HeadingLevel = 2 | 3;

const COVER_SIZES = '(min-width: 68rem) 21rem, (min-width: 40rem) 45vw, 100vw';

/** "6 min read" for a positive whole number of minutes, otherwise nothing. */
export function readingTimeLabel(minutes: number | undefined): string | null {
  return minutes && minutes > 0 ? `${minutes} min read` : null;
}

export function ArticleCard({
  article,
  headingLevel,
}: {
  article: ArticleCardData;
  headingLevel: HeadingLevel;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const readingTime = readingTimeLabel(article.readingMinutes);
  return (
    <article className={styles.card}>
      {article.cover ? <CmsImage media={article.cover} sizes={COVER_SIZES} className={styles.cover} /> : null}
      <div className={styles.body}>
        <Heading className={styles.title}>
          <Link href={contentPath.article(article.slug)}>{article.title}</Link>
        </Heading>
        <p className="meta">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          {readingTime ? <span> · {readingTime}</span> : null}
          {article.author ? <span> · {article.author.name}</span> : null}
        </p>
        <p className={styles.excerpt}>{article.excerpt}</p>
      </div>
    </article>
  );
}
