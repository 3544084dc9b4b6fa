import 'server-only';
import type { ChangeTags } from './content-change';

/** Offered by the cache handler (src/lib/cache/cache-handler.js), which Next loads in its own module graph. */
const EXPIRE_TAGS_NOW = Symbol.for('skinfacts.expire-tags-now');

type ExpireTags = (tags: string[], durations: { expire?: number }) => Promise<void>;

/**
 * Records a change's tag expiries in the site's cache before /api/revalidate answers, and throws when that
 * fails (Redis down or too slow). Next's own `revalidateTag` only reaches the cache handler after the route
 * has answered, and drops its errors: the CMS would take a change as delivered that no other instance ever
 * sees, and Redis would serve the old entries as fresh once it is back. It also comes before the edge is
 * purged, so that the edge's next fetch cannot get the old page again.
 * The pages' own tags expire now; the shared ones turn stale (`'max'`: served once more while regenerating).
 * Next loads the handler for every request it serves, this route's included. `isShared`: the cache is in Redis,
 * so a handler that never loaded is an error rather than nothing to do.
 */
export async function expireTagsNow({ pages, shared }: ChangeTags, isShared: boolean): Promise<void> {
  const offered: unknown = (globalThis as Record<symbol, unknown>)[EXPIRE_TAGS_NOW];
  if (typeof offered !== 'function') {
    if (isShared) throw new Error('The shared cache handler is not loaded');
    return;
  }
  const expire = offered as ExpireTags;
  if (pages.length > 0) await expire(pages, { expire: 0 });
  if (shared.length > 0) await expire(shared, {});
}
