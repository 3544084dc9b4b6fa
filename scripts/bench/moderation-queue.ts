import type { TestStack } from '../lib/test-stack';
import { moderatorSessionCookie, moderatorToken } from './moderator-session';
import { createPendingComments } from './pending-comments';
import { summarizeTimings, type TimingSummary } from './stats';

const WARM_UP_REQUESTS = 3;

export interface QueuePathFigures extends TimingSummary {
  pendingCount: number;
  commentsOnPage: number;
  bytes: number;
}

export interface ModerationQueueFigures {
  seedSeconds: number;
  cms: QueuePathFigures;
  site: QueuePathFigures;
}

type QueueAnswer = { data: unknown[]; meta: { counts: { pending: number } } };

/** `rounds` sequential loads of `url` after a warm-up, each timed until its whole body has arrived. */
async function timeQueuePage(url: string, headers: Record<string, string>, rounds: number) {
  const load = async () => {
    const started = performance.now();
    const response = await fetch(url, { headers });
    const text = await response.text();
    const elapsedMs = performance.now() - started;
    if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 200)}`);
    return { elapsedMs, text };
  };
  for (let i = 0; i < WARM_UP_REQUESTS; i += 1) await load();
  const timings: number[] = [];
  let last = '';
  for (let i = 0; i < rounds; i += 1) {
    const { elapsedMs, text } = await load();
    timings.push(elapsedMs);
    last = text;
  }
  const answer = JSON.parse(last) as QueueAnswer;
  return {
    ...summarizeTimings(timings),
    pendingCount: answer.meta.counts.pending,
    commentsOnPage: answer.data.length,
    bytes: Buffer.byteLength(last),
  };
}

/**
 * The moderation queue's first page with `pendingComments` more comments waiting: straight from the CMS API
 * (moderator JWT) and through the site's route the console calls (session cookie).
 */
export async function measureModerationQueue(
  stack: TestStack,
  pendingComments: number,
  rounds: number,
): Promise<ModerationQueueFigures> {
  const seedStarted = performance.now();
  await createPendingComments(stack, pendingComments);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const [jwt, cookie] = await Promise.all([moderatorToken(stack), moderatorSessionCookie(stack)]);
  const cms = await timeQueuePage(
    `${stack.cmsUrl}/api/moderation/comments?status=pending&page=1&pageSize=25`,
    { Authorization: `Bearer ${jwt}` },
    rounds,
  );
  const site = await timeQueuePage(
    `${stack.webUrl}/api/moderation/comments?status=pending&page=1`,
    { Cookie: cookie },
    rounds,
  );
  return { seedSeconds, cms, site };
}

export function describeQueuePath(figures: QueuePathFigures): string {
  const ms = (value: number) => value.toFixed(1);
  return (
    `median ${ms(figures.medianMs)} ms, p90 ${ms(figures.p90Ms)} ms, min ${ms(figures.minMs)} / max ${ms(figures.maxMs)} ms` +
    ` (${figures.commentsOnPage} comments, ${(figures.bytes / 1024).toFixed(1)} KB; meta.counts.pending ${figures.pendingCount})`
  );
}
