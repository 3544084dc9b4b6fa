import type { ContentChangeInput as ContentChange } from '@skinfacts/shared';
import type { RevalidationSettings } from './settings';

type Log = { warn: (message: string) => void; debug: (message: string) => void };

const pending = new Set<Promise<void>>();
/** Aborted by settleNotifications(): waits between attempts end at once and no attempt follows. */
let stop = new AbortController();

const describe = (change: ContentChange) =>
  change.type === 'comment'
    ? `comments on ${change.articles.join(', ') || '(no article)'}`
    : `${change.type} ${change.slugs?.join(', ') || '(no slug)'}`;

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    timer.unref();
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** One POST. Returns null on success, else why it failed and whether another attempt could help. */
async function post(
  settings: RevalidationSettings,
  change: ContentChange,
): Promise<{ reason: string; retry: boolean } | null> {
  try {
    const response = await fetch(settings.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.secret}` },
      body: JSON.stringify(change),
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
    await response.body?.cancel();
    if (response.ok) return null;
    // 4xx means a wrong secret or body: trying again gives the same answer.
    return { reason: `the site answered ${response.status}`, retry: response.status >= 500 };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    const message = error instanceof Error ? error.message : String(error);
    return { reason: `${message}${cause}`, retry: true };
  }
}

async function deliver(settings: RevalidationSettings, change: ContentChange, log: Log) {
  const { signal } = stop;
  let failure = await post(settings, change);
  for (const delay of settings.retryDelaysMs) {
    if (!failure?.retry) break;
    await wait(delay, signal);
    if (signal.aborted) break;
    failure = await post(settings, change);
  }
  if (!failure) {
    log.debug(`revalidation: site refreshed ${describe(change)}`);
    return;
  }
  log.warn(
    `revalidation: could not tell the site about ${describe(change)} — ${failure.reason}. ` +
      `Its pages stay as they were until the next change (POST ${settings.endpoint}).`,
  );
}

/**
 * Sends `change` to the site in the background: never throws, never blocks the caller. Failures are
 * retried (settings.retryDelaysMs) and then logged at warn.
 */
export function notifySite(settings: RevalidationSettings, change: ContentChange, log: Log): void {
  const delivery = deliver(settings, change, log).finally(() => pending.delete(delivery));
  pending.add(delivery);
}

/** Waits for notifications already on their way (no further retries), e.g. before the CMS shuts down. */
export async function settleNotifications(): Promise<void> {
  stop.abort();
  try {
    await Promise.allSettled([...pending]);
  } finally {
    stop = new AbortController();
  }
}
