import 'server-only';

/** A page that takes longer than this to render is left to render for its first visitor. */
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * GETs each path on `origin`, one at a time, so that a page marked stale regenerates now. A page that fails
 * is left as it was: the stale copy keeps being served and the next visit tries again.
 * Returns the paths that answered 2xx.
 */
export async function warmPages(
  origin: string,
  paths: readonly string[],
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<string[]> {
  const warmed: string[] = [];
  for (const path of paths) {
    try {
      const response = await fetch(new URL(path, origin), {
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer();
      if (response.ok) warmed.push(path);
    } catch {
      // Unreachable or slow: nothing is lost, the page regenerates on its next visit instead.
    }
  }
  return warmed;
}
