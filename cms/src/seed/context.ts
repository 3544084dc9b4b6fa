import type { Core, UID } from '@strapi/strapi';
import type { SeedKind, SeedSummary } from './types';
import { isRecord } from '../utils/is-record';

export type SeedLog = (line: string) => void;

/** What every seed step shares: the app, the progress log, the running tally and slug → documentId maps. */
export type SeedContext = {
  strapi: Core.Strapi;
  log: SeedLog;
  summary: SeedSummary;
  ids: {
    topics: Map<string, string>;
    authors: Map<string, string>;
    treatments: Map<string, string>;
    articles: Map<string, string>;
  };
};

const KINDS: SeedKind[] = ['topic', 'author', 'treatment', 'article', 'comment', 'image'];

export function createContext(strapi: Core.Strapi, log: SeedLog): SeedContext {
  const summary = Object.fromEntries(KINDS.map((kind) => [kind, { created: 0, existing: 0 }])) as SeedSummary;
  return {
    strapi,
    log,
    summary,
    ids: { topics: new Map(), authors: new Map(), treatments: new Map(), articles: new Map() },
  };
}

/** Counts one record and prints a progress line: `seed: topic "Evidence" created`. */
export function report(context: SeedContext, kind: SeedKind, label: string, created: boolean, detail = '') {
  context.summary[kind][created ? 'created' : 'existing'] += 1;
  const suffix = detail ? ` (${detail})` : '';
  context.log(`seed: ${kind} "${label}" ${created ? 'created' : 'already there'}${suffix}`);
}

/**
 * The documentId of the document with this slug, in any status (draft or published), or undefined.
 * Queries the table directly, so a draft-only document counts as present too.
 */
export async function findDocumentIdBySlug(strapi: Core.Strapi, uid: UID.ContentType, slug: string) {
  const row: unknown = await strapi.db.query(uid).findOne({ where: { slug }, select: ['documentId'] });
  return isRecord(row) ? String(row.documentId) : undefined;
}

/** Looks up a slug that seed data refers to; a typo in the data fails loudly instead of dropping a relation. */
export function idFor(map: Map<string, string>, slug: string, what: string): string {
  const id = map.get(slug);
  if (!id) throw new Error(`seed data refers to unknown ${what} "${slug}"`);
  return id;
}
