import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { z } from 'zod';
import { env } from '@/env';
import { bearerMatches } from '@/lib/revalidation/bearer';
import { contentChangeSchema } from '@skinfacts/shared';
import { tagsForChange } from '@/lib/revalidation/content-change';
import { purgeEdges } from '@/lib/revalidation/edge-purge';
import { pagesToWarm } from '@/lib/revalidation/pages-to-warm';
import { expireTagsNow } from '@/lib/revalidation/shared-cache';
import { warmPages } from '@/lib/revalidation/warm-pages';

/** Longer than a page render takes; short enough that a stale copy is gone within a couple of seconds. */
const ECHO_DELAY_MS = 1_500;

/**
 * The CMS calls this after every change that affects a page (cms/src/revalidation/index.ts), including
 * `{ type: "comment", articles }` after a moderation decision: that article's comments tag expires at once.
 *
 * - The changed document's own page (old and new slug): `{ expire: 0 }`, so the very next request renders
 *   it afresh — an edit published in the admin shows on the next view (measured: ~60–110 ms after the
 *   publish request returns).
 * - Its collection tag, carried by every other page that shows such documents (home, lists, related
 *   articles, topic pages): `'max'`, stale-while-revalidate. The next visit gets the previous version and
 *   regenerates the page in the background; if the CMS is down then, the regeneration fails and the last
 *   good page keeps being served with 200. With `expire: 0` here, one publish would leave every article
 *   page answering 500 during a later CMS outage until it was visited again.
 * - The expiries are recorded in the cache itself before anything else (lib/revalidation/shared-cache.ts);
 *   when that fails (Redis down) the route answers 503 and the CMS sends the change again later.
 * - Each edge cache in EDGE_PURGE_URLS is then purged by the same tags (lib/revalidation/edge-purge.ts): the
 *   pages' own hard, the shared ones soft. An edge that does not confirm makes the route answer 502, naming
 *   it; the CMS sends the whole change again, which is harmless.
 * - So that the first visitor after a publish does not get that previous version, the site then requests
 *   the changed page, its type's listings and the pages the CMS names as showing it
 *   (lib/revalidation/pages-to-warm.ts), up to 50, through each edge (whose cache is its own; each request
 *   renders the page at most once, the others are hits in the shared cache), or from itself without an
 *   edge; pages past those catch up on their next visit.
 */
export async function POST(request: Request): Promise<Response> {
  if (!bearerMatches(request.headers.get('authorization'), env.REVALIDATE_SECRET)) {
    return Response.json({ error: 'Unauthorized' }, { status: 401 });
  }

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: 'The body is not JSON' }, { status: 400 });
  }
  const change = contentChangeSchema.safeParse(body);
  if (!change.success) {
    return Response.json({ error: 'Invalid change', details: z.flattenError(change.error) }, { status: 400 });
  }

  const tags = tagsForChange(change.data);
  const { pages, shared } = tags;
  try {
    await expireTagsNow(tags, env.REDIS_URL !== undefined);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Response.json(
      { error: `The change could not be recorded in the site's cache: ${reason}` },
      { status: 503 },
    );
  }
  for (const tag of pages) revalidateTag(tag, { expire: 0 });
  for (const tag of shared) revalidateTag(tag, 'max');
  const edges = env.EDGE_PURGE_URLS;
  const failures = await purgeEdges(edges, tags);
  if (failures.length > 0) {
    return Response.json({ error: 'The edge cache could not be purged', failed: failures }, { status: 502 });
  }
  const warmThrough = edges.length > 0 ? edges : [new URL(request.url).origin];
  const toWarm = pagesToWarm(change.data);
  after(() => Promise.all(warmThrough.map((origin) => warmPages(origin, toWarm))));
  // A render that started before this change (e.g. a background regeneration of a stale page) can finish
  // after it and store the old content as new, in the site's cache or at an edge that fetched it then.
  // Expiring and purging the pages once more shortly afterwards removes it.
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, ECHO_DELAY_MS));
    for (const tag of pages) revalidateTag(tag, { expire: 0 });
    await purgeEdges(edges, { pages, shared: [] });
  });
  return Response.json({ revalidated: [...pages, ...shared] });
}
