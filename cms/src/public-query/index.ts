import type { Core } from '@strapi/strapi';
import type { PublicDetailDeclaration, PublicQueryDeclaration } from '@skinfacts/shared';
import { parseDetailQuery, parseListQuery } from './parse';
import { toDocumentQuery } from './to-document-query';
import { publicVisibility, strapiModels } from './visibility';

export { APPROVED_ONLY, PUBLISHED_ONLY, publicVisibility } from './visibility';

/**
 * The one door for public list queries, deny by default: the caller's query is checked against the route's
 * declaration (anything it does not declare is a 400 naming the parameter), `_q` becomes a search of public
 * fields, and every relation a filter crosses only reaches what the public may see.
 */
export function publicListQuery(
  strapi: Core.Strapi,
  uid: string,
  query: unknown,
  declaration: PublicQueryDeclaration,
  baseFilters?: Record<string, unknown>,
) {
  return toDocumentQuery(parseListQuery(query, declaration), declaration, {
    uid,
    lookup: strapiModels(strapi),
    visibility: publicVisibility,
    baseFilters,
  });
}

export function publicDetailQuery(query: unknown, declaration: PublicDetailDeclaration) {
  return parseDetailQuery(query, declaration);
}
