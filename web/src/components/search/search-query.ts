/** Longest query the site searches for; longer input is cut (nobody types 100 characters into a search box). */
export const MAX_QUERY_LENGTH = 100;

/** The query as the site searches for it: whitespace collapsed and trimmed, at most MAX_QUERY_LENGTH. */
export function normalizeQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
  return value.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}
