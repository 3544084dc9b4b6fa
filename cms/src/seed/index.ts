import type { Core, UID } from '@strapi/strapi';
import { COMMENT_UID } from '../api/comment/uid';
import { createContext, type SeedLog } from './context';
import { seedArticles } from './seed-articles';
import { seedComments } from './seed-comments';
import { seedAuthors, seedTopics } from './seed-people-and-topics';
import { seedTreatments } from './seed-treatments';
import type { SeedKind, SeedSummary } from './types';

export type { SeedSummary } from './types';

/** The content types the demo content fills; the database counts as empty when all of them are. */
export const CONTENT_TYPES: UID.ContentType[] = [
  'api::article.article',
  'api::treatment.treatment',
  'api::author.author',
  'api::topic.topic',
  COMMENT_UID,
];

/** True when no editor (or earlier seed) has created any content yet: the case in which `npm start` seeds. */
export async function isContentEmpty(strapi: Core.Strapi): Promise<boolean> {
  for (const uid of CONTENT_TYPES) {
    if ((await strapi.db.query(uid).count()) > 0) return false;
  }
  return true;
}

const totals = (summary: SeedSummary, key: 'created' | 'existing') =>
  Object.values(summary).reduce((sum, counts) => sum + counts[key], 0);

export function formatSummary(summary: SeedSummary): string {
  const touched = (Object.keys(summary) as SeedKind[]).filter(
    (kind) => summary[kind].created + summary[kind].existing > 0,
  );
  const parts = touched.map(
    (kind) => `${kind}s ${summary[kind].created} new / ${summary[kind].existing} kept`,
  );
  return `seed: done — ${totals(summary, 'created')} created, ${totals(summary, 'existing')} already there (${parts.join(', ')})`;
}

/**
 * Creates the demo content (topics, authors, the microneedling treatment, articles with generated covers,
 * moderated comments). Idempotent: everything is found by slug, file name or content first, and only what is
 * missing is created, so running it again changes nothing. Writes go through the Document Service, so the
 * same validation as the admin panel applies.
 */
export async function seedDemoContent(strapi: Core.Strapi, log: SeedLog): Promise<SeedSummary> {
  const context = createContext(strapi, log);
  log('seed: demo content — topics, authors, treatment, articles, comments');
  await seedTopics(context);
  await seedAuthors(context);
  await seedTreatments(context);
  await seedArticles(context);
  await seedComments(context);
  log(formatSummary(context.summary));
  return context.summary;
}
