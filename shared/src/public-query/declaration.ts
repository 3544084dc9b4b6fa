import type { FieldRule } from './operators';

/**
 * What one public list route accepts — anything else is refused with a 400: the filters (field path → kind
 * of value), the sort keys, the fields `_q` searches, and whether `status` may be sent (drafts still need an
 * API token at the CMS).
 * Paths are dotted: `topics.slug` is `filters[topics][slug][$eq]=…`. Only public fields of what the route
 * serves belong here; the CMS adds "published" and "approved" to every relation a filter crosses.
 */
export type PublicQueryDeclaration = {
  /** Names the route in error messages, e.g. "GET /api/articles". */
  route: string;
  filters: Readonly<Record<string, FieldRule>>;
  sort: readonly string[];
  search: readonly string[];
  status: boolean;
};

/** A single-document route (`/api/articles/:slug`) takes no query but `status`, where drafts exist. */
export type PublicDetailDeclaration = { route: string; status: boolean };

/** The largest page a public list serves (Strapi's `api.rest.maxLimit` says the same). */
export const MAX_PUBLIC_PAGE_SIZE = 100;
