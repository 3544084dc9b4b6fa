/**
 * Strapi answers a draft read with `publishedAt: null` on the document and on every populated draft
 * relation. The site's schemas describe published content, where `publishedAt` is a date, so a draft read
 * (draft mode only) shows each draft as if it were published at its last save: `publishedAt` becomes
 * `updatedAt`, or now when that field was not selected. Published reads are never touched, so a missing
 * date there still fails the schema loudly.
 */
export function withDraftDates(value: unknown, now: string = new Date().toISOString()): unknown {
  if (Array.isArray(value)) return value.map((item) => withDraftDates(item, now));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, item]) => [key, withDraftDates(item, now)] as const);
  const result: Record<string, unknown> = Object.fromEntries(entries);
  if ('publishedAt' in result && result.publishedAt === null) {
    result.publishedAt = typeof result.updatedAt === 'string' ? result.updatedAt : now;
  }
  return result;
}
