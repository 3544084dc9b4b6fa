import { ARTICLES } from './articles';
import { findDocumentIdBySlug, idFor, report, type SeedContext } from './context';
import { coverSvg } from './cover-image';
import { medicalReviewData } from './seed-treatments';
import type { ArticleSeed } from './types';
import { ensureImage } from './upload';

const ARTICLE = 'api::article.article';

export const coverFileName = (article: ArticleSeed) => `cover-${article.slug}.png`;

async function articleData(context: SeedContext, article: ArticleSeed) {
  const { ids } = context;
  const cover = await ensureImage(context.strapi, {
    name: coverFileName(article),
    alternativeText: `Cover illustration for “${article.title}”: soft circles and a field of fine dots`,
    caption: 'Illustration generated for the Skinfacts demo content',
    svg: () => coverSvg(article.slug, article.title),
  });
  report(context, 'image', coverFileName(article), cover.created);

  return {
    title: article.title,
    slug: article.slug,
    excerpt: article.excerpt,
    body: article.body,
    commentsOpen: article.commentsOpen,
    cover: cover.id,
    author: idFor(ids.authors, article.author, 'author'),
    topics: article.topics.map((slug) => idFor(ids.topics, slug, 'topic')),
    treatments: article.treatments.map((slug) => idFor(ids.treatments, slug, 'treatment')),
    seo: { ...article.seo, shareImage: cover.id },
    medicalReview: article.medicalReview ? medicalReviewData(context, article.medicalReview) : undefined,
    references: article.references.map((reference) => ({ ...reference })),
  };
}

/** Published articles are created published; the draft is created as a draft only and never published. */
export async function seedArticles(context: SeedContext) {
  const { strapi } = context;
  for (const article of ARTICLES) {
    let documentId = await findDocumentIdBySlug(strapi, ARTICLE, article.slug);
    const created = !documentId;
    if (!documentId) {
      const data = await articleData(context, article);
      const status = article.status === 'published' ? { status: 'published' as const } : {};
      ({ documentId } = await strapi.documents(ARTICLE).create({ data, ...status }));
    }
    context.ids.articles.set(article.slug, documentId);
    report(context, 'article', article.title, created, article.status);
  }
}
