import type { Article, ArticleSummary } from '@skinfacts/shared';
import { RichText } from '@/components/blocks/rich-text';
import { CommentsSection } from '@/components/comments/comments-section';
import type { CommentPage } from '@/lib/comments/comment-page';
import { TreatmentFactsBox } from '@/components/treatment/treatment-facts-box';
import { CmsImage } from '@/components/ui/cms-image';
import { formatDate } from '@/lib/format-date';
import { personWithCredentials } from '@/lib/format/treatment-facts';
import { ArticleLinks } from './article-links';
import { AuthorBox } from './author-box';
import { MedicalReviewNote } from './medical-review-note';
import { ReferenceList } from './reference-list';
import styles from './article-view.module.css';

interface ArticleViewProps {
  article: Article;
  related: readonly ArticleSummary[];
  /** Page 1 of the approved comments. */
  comments: CommentPage;
  now: Date;
}

const COVER_SIZES = '(min-width: 68rem) 64rem, 100vw';

/** The whole article page below the site header: one h1, then h2 sections in reading order. */
export function ArticleView({ article, related, comments, now }: ArticleViewProps) {
  const commentCount = comments.pagination.total;
  return (
    <>
      <article aria-labelledby="article-title" className={styles.article}>
        <header className={styles.header}>
          <h1 id="article-title">{article.title}</h1>
          <p className="lead">{article.excerpt}</p>
          <p className="meta">
            {article.author ? <>By {personWithCredentials(article.author)} · </> : null}
            Published <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            {article.readingMinutes ? <> · {article.readingMinutes} min read</> : null}
            {' · '}
            <a href="#comments">{commentCount === 1 ? '1 comment' : `${commentCount} comments`}</a>
          </p>
          <MedicalReviewNote review={article.medicalReview} now={now} />
        </header>
        {article.cover ? (
          <CmsImage media={article.cover} sizes={COVER_SIZES} className={styles.cover} preload />
        ) : null}
        <RichText content={article.body} minHeadingLevel={2} />
        {article.treatments.length > 0 ? (
          <section aria-labelledby="treatment-facts-heading">
            <h2 id="treatment-facts-heading">Treatment facts</h2>
            {article.treatments.map((treatment) => (
              <TreatmentFactsBox key={treatment.slug} treatment={treatment} />
            ))}
          </section>
        ) : null}
        {article.author ? <AuthorBox author={article.author} /> : null}
        <ReferenceList references={article.references} headingId="references-heading" />
      </article>
      <ArticleLinks title="Related articles" headingId="related-heading" articles={related} />
      <CommentsSection
        articleDocumentId={article.documentId}
        commentsOpen={article.commentsOpen}
        firstPage={comments}
      />
    </>
  );
}
