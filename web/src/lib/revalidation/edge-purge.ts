import 'server-only';
import type { ChangeTags } from './content-change';

/** An edge that has not answered by then is taken to be down: the CMS retries the whole change later. */
const DEFAULT_TIMEOUT_MS = 3_000;

/** Header names of Varnish's xkey module: a hard purge removes the objects, a soft purge marks them stale. */
export const XKEY_PURGE_HEADER = 'xkey-purge';
export const XKEY_SOFT_PURGE_HEADER = 'xkey-softpurge';

/** Why an edge could not be purged, e.g. `http://127.0.0.1:3000 answered 503`. */
export type PurgeFailure = string;

/**
 * Sends `PURGE /` to each edge, with the changed pages' own tags in `xkey-purge` (gone at once, as Next expires
 * them with `expire: 0`) and the shared collection tags in `xkey-softpurge` (served stale while the edge
 * fetches them again, as Next's `'max'` profile does). An edge answers 200 when it has purged. Returns what
 * failed, one line per edge; all edges are tried whatever the others answer.
 */
export async function purgeEdges(
  edges: readonly string[],
  { pages, shared }: ChangeTags,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<PurgeFailure[]> {
  if (pages.length === 0 && shared.length === 0) return [];
  const headers: Record<string, string> = {};
  if (pages.length > 0) headers[XKEY_PURGE_HEADER] = pages.join(' ');
  if (shared.length > 0) headers[XKEY_SOFT_PURGE_HEADER] = shared.join(' ');
  const outcomes = await Promise.all(
    edges.map(async (edge): Promise<PurgeFailure | null> => {
      try {
        const response = await fetch(new URL('/', edge), {
          method: 'PURGE',
          headers,
          cache: 'no-store',
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer();
        return response.status === 200 ? null : `${edge} answered ${response.status}`;
      } catch (error) {
        return `${edge} could not be reached (${error instanceof Error ? error.message : String(error)})`;
      }
    }),
  );
  return outcomes.filter((failure): failure is PurgeFailure => failure !== null);
}
