import type { Article, AuthorRef, MedicalReview, Precaution, Treatment } from '@skinfacts/shared';
import { SITE_NAME } from '@/components/layout/site-metadata';
import { mediaUrl } from '@/components/ui/media-url';
import { blocksPlainText } from '@/lib/format/blocks-text';
import { describePrecaution } from '@/lib/format/precaution';
import { describeDowntime, describeResultsOnset } from '@skinfacts/shared/readiness-format';
import { contentPath } from '@skinfacts/shared/site-routes';
import { absoluteUrl } from '@/lib/feed/site-url';

/** A JSON value (what JSON.stringify keeps); `undefined` members are dropped when serialized. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}

export interface JsonLdContext {
  /** The site's absolute origin (SITE_URL): every URL in the graph is absolute. */
  siteUrl: string;
  /** The CMS origin, for upload paths ("/uploads/a.png"). */
  cmsUrl: string;
}

export const SCHEMA_CONTEXT = 'https://schema.org';

/** A Person with their credentials as jobTitle. */
export function personNode(person: Pick<AuthorRef, 'name' | 'credentials'>): JsonObject {
  return { '@type': 'Person', name: person.name, jobTitle: person.credentials?.trim() || undefined };
}

/** reviewedBy + lastReviewed, or nothing for a page that has not been reviewed. */
function reviewFields(review: MedicalReview | null | undefined): JsonObject {
  if (!review?.lastReviewedAt) return {};
  return {
    lastReviewed: review.lastReviewedAt,
    reviewedBy: review.reviewer ? personNode(review.reviewer) : undefined,
  };
}

export interface Crumb {
  name: string;
  /** Site path; the last crumb (the page itself) may leave it out. */
  path?: string;
}

export function breadcrumbNode(
  crumbs: readonly Crumb[],
  context: Pick<JsonLdContext, 'siteUrl'>,
): JsonObject {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.path === undefined ? undefined : absoluteUrl(crumb.path, context.siteUrl),
    })),
  };
}

const sentences = (parts: readonly string[]) =>
  parts.length === 0 ? undefined : parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');

const byRelation = (precautions: readonly Precaution[], relation: Precaution['relation']) =>
  precautions.filter((precaution) => precaution.relation === relation).map(describePrecaution);

/** The schema.org MedicalProcedure for a treatment, built from its facts (never from prose). */
export function medicalProcedureNode(treatment: Treatment, context: JsonLdContext): JsonObject {
  const url = absoluteUrl(contentPath.treatment(treatment.slug), context.siteUrl);
  const followup = [
    ...(treatment.resultsOnset ? [describeResultsOnset(treatment.resultsOnset)] : []),
    ...(treatment.downtime ? [`Downtime: ${describeDowntime(treatment.downtime)}`] : []),
    ...byRelation(treatment.precautions, 'after'),
  ];
  return {
    '@type': 'MedicalProcedure',
    '@id': `${url}#procedure`,
    url,
    name: treatment.name,
    alternateName: treatment.aliases.length > 0 ? treatment.aliases.map((alias) => alias.name) : undefined,
    description: treatment.summary,
    howPerformed: blocksPlainText(treatment.howItWorks, { omit: ['heading'] }) || undefined,
    preparation: sentences(byRelation(treatment.precautions, 'before')),
    followup: sentences(followup),
  };
}

export type JsonLdDocument = { '@context': typeof SCHEMA_CONTEXT; '@graph': JsonObject[] };

/** MedicalWebPage + Article + BreadcrumbList for an article page. */
export function articlePageJsonLd(article: Article, context: JsonLdContext): JsonLdDocument {
  const url = absoluteUrl(contentPath.article(article.slug), context.siteUrl);
  const description = article.seo?.metaDescription || article.excerpt;
  const image = article.cover ? [mediaUrl(article.cover.url, context.cmsUrl)] : undefined;
  const webPage: JsonObject = {
    '@type': 'MedicalWebPage',
    '@id': `${url}#webpage`,
    url,
    name: article.title,
    description,
    inLanguage: 'en',
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    ...reviewFields(article.medicalReview),
    about:
      article.treatments.length > 0
        ? article.treatments.map((treatment) => ({
            '@type': 'MedicalProcedure',
            name: treatment.name,
            url: absoluteUrl(contentPath.treatment(treatment.slug), context.siteUrl),
          }))
        : undefined,
    mainEntity: { '@id': `${url}#article` },
    breadcrumb: { '@id': `${url}#breadcrumb` },
  };
  const articleNode: JsonObject = {
    '@type': 'Article',
    '@id': `${url}#article`,
    mainEntityOfPage: { '@id': `${url}#webpage` },
    headline: article.title,
    description,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: article.author ? personNode(article.author) : undefined,
    image,
    keywords: article.topics.length > 0 ? article.topics.map((topic) => topic.name) : undefined,
    publisher: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/', context.siteUrl) },
  };
  const crumbs = [
    { name: 'Home', path: '/' },
    { name: 'Articles', path: '/articles' },
    { name: article.title },
  ];
  return {
    '@context': SCHEMA_CONTEXT,
    '@graph': [webPage, articleNode, { ...breadcrumbNode(crumbs, context), '@id': `${url}#breadcrumb` }],
  };
}

/** MedicalWebPage about a MedicalProcedure + BreadcrumbList for a treatment page. */
export function treatmentPageJsonLd(treatment: Treatment, context: JsonLdContext): JsonLdDocument {
  const procedure = medicalProcedureNode(treatment, context);
  const url = absoluteUrl(contentPath.treatment(treatment.slug), context.siteUrl);
  const webPage: JsonObject = {
    '@type': 'MedicalWebPage',
    '@id': `${url}#webpage`,
    url,
    name: treatment.name,
    description: treatment.summary,
    inLanguage: 'en',
    datePublished: treatment.publishedAt,
    dateModified: treatment.updatedAt,
    ...reviewFields(treatment.medicalReview),
    about: { '@id': `${url}#procedure` },
    mainEntity: { '@id': `${url}#procedure` },
    breadcrumb: { '@id': `${url}#breadcrumb` },
  };
  // No /treatments index page exists yet, so the trail is Home → treatment.
  const crumbs = [{ name: 'Home', path: '/' }, { name: treatment.name }];
  return {
    '@context': SCHEMA_CONTEXT,
    '@graph': [webPage, procedure, { ...breadcrumbNode(crumbs, context), '@id': `${url}#breadcrumb` }],
  };
}

const SCRIPT_UNSAFE: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029 are written as
 * \u escapes, so no text in the data (a title containing "</script>") can end the script element.
 */
export function serializeJsonLd(data: JsonLdDocument | JsonObject): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => SCRIPT_UNSAFE[character] ?? character,
  );
}
