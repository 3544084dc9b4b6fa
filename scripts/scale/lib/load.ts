import { get } from './poll';

export interface LoadResult {
  requests: number;
  /** Every answer that was not the expected status, with what came instead. */
  failures: Array<{ url: string; status: number; detail: string }>;
}

/**
 * Requests `urls` round robin from `concurrency` loops until `signal` aborts. A failure is any answer other
 * than 200 (network errors count as status 0).
 */
export async function runLoad(urls: string[], concurrency: number, signal: AbortSignal): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, failures: [] };
  let next = 0;
  const loop = async () => {
    while (!signal.aborted) {
      const url = urls[next++ % urls.length] ?? urls[0]!;
      const answer = await get(url);
      result.requests += 1;
      if (answer.status !== 200)
        result.failures.push({ url, status: answer.status, detail: answer.text.slice(0, 200) });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return result;
}
