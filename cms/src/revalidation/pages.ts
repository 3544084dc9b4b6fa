import type { Core, UID } from '@strapi/strapi';
import {
  MAX_REVALIDATED_SLUGS as MAX_SLUGS,
  type RevalidatedDocumentType as DocumentType,
  type ShownOn,
} from '@skinfacts/shared';
import { isRecord } from '../utils/is-record';
import { oldSlugsOf } from '../redirects/store';

/**
 * For each type, the relations that lead to the site's other pages showing a document of that type: an
 * article is listed on its treatments' and topics' pages; a treatment (facts box), a topic (chips) and an
 * author (byline) are shown on their articles' pages. The relation names are the page kinds.
 */
const SHOWN_ON_RELATIONS: Record<DocumentType, ReadonlyArray<keyof ShownOn>> = {
  article: ['treatments', 'topics'],
  treatment: ['articles'],
  topic: ['articles'],
  author: ['articles'],
};

/**
 * An article's page lists related articles: those sharing a treatment or a topic with it. So a change to an
 * article also shows on the pages of its treatments' and topics' other articles, one relation further.
 */
const RELATED_THROUGH: Partial<Record<DocumentType, ReadonlyArray<keyof ShownOn>>> = {
  article: ['treatments', 'topics'],
};

export interface PublicPages {
  /** Slugs of the document's own public page. */
  slugs: string[];
  /** Slugs of other pages that show it, by kind. */
  shownOn: ShownOn;
}

type Row = Record<string, unknown>;

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRecord) : []);

function slugsOf(rows: unknown): string[] {
  return rowsOf(rows)
    .map((row) => row.slug)
    .filter((slug): slug is string => typeof slug === 'string' && slug !== '');
}

const unique = (slugs: string[]) => [...new Set(slugs)].slice(0, MAX_SLUGS);

/**
 * The public version(s) of a document (every version, for types without draft & publish): the slugs of its
 * own page (with the old slugs that redirect to it) and of the pages that show it. A failure must not fail the editor's write: it is logged and
 * counts as "no pages".
 */
export async function publicPages(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  type: DocumentType,
  documentId: string | undefined,
  draftAndPublish: boolean,
): Promise<PublicPages> {
  const none: PublicPages = { slugs: [], shownOn: {} };
  if (!documentId) return none;
  const relations = SHOWN_ON_RELATIONS[type];
  try {
    const where: Record<string, unknown> = { documentId };
    if (draftAndPublish) where.publishedAt = { $notNull: true };
    const through = RELATED_THROUGH[type] ?? [];
    const populate = Object.fromEntries(
      relations.map((relation) => [
        relation,
        through.includes(relation)
          ? { select: ['slug'], populate: { articles: { select: ['slug'] } } }
          : { select: ['slug'] },
      ]),
    );
    const rows = rowsOf(await strapi.db.query(uid).findMany({ where, select: ['slug'], populate }));
    // Old slugs answer with a redirect to this page (src/redirects/): they change with it.
    const redirected =
      type === 'author' || rows.length === 0 ? [] : await oldSlugsOf(strapi, type, documentId);
    const ownSlugs = unique([...slugsOf(rows), ...redirected]);
    const shownOn: ShownOn = {};
    for (const relation of relations) {
      const slugs = unique(rows.flatMap((row) => slugsOf(row[relation])));
      if (slugs.length > 0) shownOn[relation] = slugs;
    }
    const related = rows
      .flatMap((row) => through.flatMap((relation) => rowsOf(row[relation])))
      .flatMap((linked) => slugsOf(linked.articles))
      .filter((slug) => !ownSlugs.includes(slug));
    if (related.length > 0) shownOn.articles = unique([...(shownOn.articles ?? []), ...related]);
    return { slugs: ownSlugs, shownOn };
  } catch (error) {
    strapi.log.warn(`revalidation: could not read the pages of ${uid} ${documentId}: ${String(error)}`);
    return none;
  }
}

/** Before and after a write, together: a page that stopped showing the document changed too. */
export function mergePages(before: PublicPages, after: PublicPages): PublicPages {
  const shownOn: ShownOn = {};
  for (const kind of ['articles', 'treatments', 'topics'] as const) {
    const slugs = unique([...(before.shownOn[kind] ?? []), ...(after.shownOn[kind] ?? [])]);
    if (slugs.length > 0) shownOn[kind] = slugs;
  }
  return { slugs: unique([...before.slugs, ...after.slugs]), shownOn };
}
