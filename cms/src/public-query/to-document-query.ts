import type { PublicListQuery, PublicQueryDeclaration } from '@skinfacts/shared';
import { guardRelations, type ModelLookup, type VisibilityRule } from './guard-relations';

type Filters = Record<string, unknown>;

/** `_q` searches the route's declared public fields only (Strapi's own `_q` also reads private ones). */
function searchFilter(search: readonly string[], text: string): Filters {
  return {
    $or: search.map((path) =>
      path
        .split('.')
        .reverse()
        .reduce<Filters>((inner, segment) => ({ [segment]: inner }), { $containsi: text }),
    ),
  };
}

export type DocumentQueryContext = {
  uid: string;
  lookup: ModelLookup;
  visibility: VisibilityRule;
  /** And-ed onto whatever the caller asked for, e.g. "approved" for comments. */
  baseFilters?: Filters;
};

/** A parsed public query as the Document Service takes it: search folded into filters, relations guarded. */
export function toDocumentQuery(
  query: PublicListQuery,
  declaration: PublicQueryDeclaration,
  context: DocumentQueryContext,
) {
  const parts: Filters[] = [];
  if (query.filters) parts.push(query.filters);
  if (query._q) parts.push(searchFilter(declaration.search, query._q));
  const requested = parts.length === 0 ? {} : parts.length === 1 ? parts[0]! : { $and: parts };
  const guarded = guardRelations(requested, context.uid, context.lookup, context.visibility);
  const filters = context.baseFilters ? { $and: [guarded, context.baseFilters] } : guarded;
  return {
    filters,
    ...(query.sort ? { sort: query.sort } : {}),
    ...(query.pagination ? { pagination: query.pagination } : {}),
    ...(query.status ? { status: query.status } : {}),
  };
}
