/** One GET without any cache of our own; network errors come back as status 0. */
export async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Headers;
  text: string;
}> {
  try {
    const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { status: 0, headers: new Headers(), text: cause };
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds until every url contains `text`, polling each every `intervalMs`; throws after `timeoutMs`. */
export async function untilAllShow(
  urls: string[],
  text: string,
  timeoutMs: number,
  intervalMs = 20,
): Promise<number> {
  const started = performance.now();
  const pending = new Set(urls);
  while (pending.size > 0) {
    if (performance.now() - started > timeoutMs) {
      throw new Error(`"${text}" was not on ${[...pending].join(', ')} within ${timeoutMs} ms`);
    }
    const answers = await Promise.all([...pending].map(async (url) => [url, await get(url)] as const));
    for (const [url, answer] of answers) if (answer.text.includes(text)) pending.delete(url);
    if (pending.size > 0) await sleep(intervalMs);
  }
  return performance.now() - started;
}

/** The p-th percentile (0–100) of `values`, nearest-rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? NaN;
}
