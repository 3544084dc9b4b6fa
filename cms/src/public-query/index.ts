import type { Core } from '@strapi/strapi';
import type { PublicDetailDeclaration, PublicQueryDeclaration } from '@skinfacts/shared';
import { parseDetailQuery, parseListQuery } from './parse';
import { toDocumentQuery } from './to-document-query';
import { publicVisibility, strapiModels } from './visibility';

export { APPROVED_ONLY, PUBLISHED_ONLY, publicVisibility } from './visibility';

/**
 * The one door for public list queries (house rule 13): the caller's query is checked against the route's
 * declaration (400 naming the parameter otherwise), `_q` becomes a search of public fields, and every
 * relation a filter crosses only reaches what the public may see.
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
