export interface WaitForHttpOptions {
  /** The status code (or any of the codes) that means "ready". */
  expectStatus: number | readonly number[];
  timeoutMs: number;
  intervalMs?: number;
  /** Aborting stops the wait early (e.g. the process we wait for has died). */
  signal?: AbortSignal;
}

export class WaitTimeoutError extends Error {
  constructor(url: string, timeoutMs: number, lastSeen: string) {
    super(`${url} was not ready after ${Math.round(timeoutMs / 1000)} s (last: ${lastSeen})`);
    this.name = 'WaitTimeoutError';
  }
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** Poll `url` until it answers `expectStatus`. Resolves with the milliseconds it took. */
export async function waitForHttp(url: string, options: WaitForHttpOptions): Promise<number> {
  const started = Date.now();
  const interval = options.intervalMs ?? 500;
  const ready = new Set([options.expectStatus].flat());
  let lastSeen = 'no answer yet';
  while (Date.now() - started < options.timeoutMs) {
    options.signal?.throwIfAborted();
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
      await response.body?.cancel();
      if (ready.has(response.status)) return Date.now() - started;
      lastSeen = `HTTP ${response.status}`;
    } catch (error) {
      options.signal?.throwIfAborted();
      lastSeen =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
    }
    await sleep(interval, options.signal);
  }
  throw new WaitTimeoutError(url, options.timeoutMs, lastSeen);
}
