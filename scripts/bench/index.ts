/**
 * `npm run bench`: figures, no assertions. Starts its own production stack (temp database, free ports) and
 * prints: the warm article page under load next to a static server sending the same HTML, publish → visible
 * latency, the JavaScript the article page sends, a comment flood, and the moderation queue with 5,000 pending
 * comments; then the cluster's edge next to nginx, and publish → visible through it (BENCH_EDGE=off skips
 * that part); then held comments → moderator mails accepted by SMTP (`npm run bench:mail`; BENCH_MAIL=off skips
 * it). `BENCH_ONLY=freshness` prints only how soon changes are visible (publish, renamed slug, scheduled
 * publish). These machines are noisy: compare medians and ratios.
 */
import path from 'node:path';
import { contentPath } from '@skinfacts/shared/site-routes';
import { startTestStack, type TestStack } from '../lib/test-stack';
import { floodComments } from './comment-flood';
import { benchEdge } from './edge';
import { benchHeldMails } from './held-mails';
import { describeLoad, measureLoad } from './load';
import { describeQueuePath, measureModerationQueue } from './moderation-queue';
import { gzippedJavaScriptBytes } from './page-weight';
import { measureRedirectLatency, measureScheduleLatency } from './freshness';
import { measurePublishLatency } from './publish-latency';
import { serveStatic } from './static-server';
import { median } from './stats';

const ARTICLE = 'what-is-microneedling';
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PENDING_COMMENTS = 5_000;
const PENDING_LABEL = PENDING_COMMENTS.toLocaleString('en-US');
const QUEUE_ROUNDS = 30;
/** The 404 page is the layout alone: what it sends is the floor every page pays (React, Next's router, the header). */
const JS_PAGES = [
  ['article page:  ', contentPath.article(ARTICLE)],
  ['treatment page:', contentPath.treatment('microneedling')],
  ['home page:     ', '/'],
  ['404 (layout):  ', contentPath.article('no-such-article')],
] as const;

/** One line of timings: the median, then each round. */
const describeTimings = (timings: number[]) =>
  `median ${median(timings).toFixed(0)} ms; each: ${timings.map((ms) => ms.toFixed(0)).join(', ')} ms`;

async function benchPageLoad(articleUrl: string) {
  const html = await (await fetch(articleUrl)).text(); // warms the cache
  await measureLoad(articleUrl, CONNECTIONS, 2); // and the server

  const site = await measureLoad(articleUrl, CONNECTIONS, SECONDS);
  // What browsers ask for: the page compressed on every request, as `next start` would do too.
  const compressed = await measureLoad(articleUrl, CONNECTIONS, SECONDS, { 'accept-encoding': 'gzip' });
  const staticServer = await serveStatic(html);
  const baseline = await measureLoad(staticServer.url, CONNECTIONS, SECONDS);
  await staticServer.close();
  console.log(
    `\nArticle page, warm cache, ${CONNECTIONS} connections, ${SECONDS} s (aim: ≥ 1,000 req/s, p99 < 100 ms)`,
  );
  console.log(`  site:          ${describeLoad(site)}`);
  console.log(`  site, gzip:    ${describeLoad(compressed)}`);
  console.log(`  static server: ${describeLoad(baseline)} (same ${html.length} bytes of HTML, uncompressed)`);
  console.log(
    `  ratio:         the site serves ${(site.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}× the static server's rate`,
  );
}

async function benchFreshness(stack: TestStack) {
  const latencies = await measurePublishLatency(stack, 'preparing-for-microneedling', 10);
  console.log('\nPublish in the CMS → visible on the site, 10 rounds (aim: ≤ 1 s)');
  console.log(`  ${describeTimings(latencies)}`);

  const redirects = await measureRedirectLatency(stack, 5);
  console.log('\nRename a published slug → the old URL answers 308 to the new one, 5 rounds (aim: ≤ 1 s)');
  console.log(`  ${describeTimings(redirects)}`);

  const scheduled = await measureScheduleLatency(stack, 5);
  console.log(
    '\n"Publish at" reached → the article is on the site, 5 rounds (aim: ≤ 1 s after the scheduler\'s look, which comes every second)',
  );
  console.log(`  ${describeTimings(scheduled)}`);
}

async function benchPagesAndComments(stack: TestStack) {
  console.log('\nJavaScript a page sends, gzipped (aim for the article page: ≤ 120 KB)');
  for (const [label, pagePath] of JS_PAGES) {
    const js = await gzippedJavaScriptBytes(`${stack.webUrl}${pagePath}`);
    console.log(`  ${label} ${(js.bytes / 1024).toFixed(1)} KB in ${js.files} files`);
  }

  const flood = await floodComments({ ...stack, cmsUrls: [stack.cmsUrl] }, 'what-is-microneedling');
  console.log('\n200 comments posted concurrently by 20 clients with distinct IPs');
  console.log(`  answers by status: ${JSON.stringify(flood.byStatus)}`);
  console.log(
    `  accepted ${flood.accepted}, stored ${flood.stored}: ${flood.storedOnce} exactly once, ${flood.missing} lost, ${flood.duplicated} duplicated`,
  );

  // Last: the thousands of comments it adds would slow the flood's read-back of the whole queue.
  console.log(`\nbench: creating ${PENDING_LABEL} pending comments through the admin API (takes minutes)…`);
  const queue = await measureModerationQueue(stack, PENDING_COMMENTS, QUEUE_ROUNDS);
  console.log(
    `\nModeration queue, first pending page, ${PENDING_LABEL} more pending comments, ${QUEUE_ROUNDS} sequential loads (aim: median < 200 ms)`,
  );
  console.log(`  CMS API:    ${describeQueuePath(queue.cms)}`);
  console.log(`  site route: ${describeQueuePath(queue.site)}`);
  console.log(`  (the comments took ${queue.seedSeconds.toFixed(0)} s to create)`);
}

async function main() {
  const rootDir = path.resolve(__dirname, '../..');
  const freshnessOnly = process.env.BENCH_ONLY === 'freshness';
  console.log('bench: starting the stack (builds what changed)…');
  const stack = await startTestStack(rootDir, () => undefined);
  try {
    if (!freshnessOnly) await benchPageLoad(`${stack.webUrl}${contentPath.article(ARTICLE)}`);
    await benchFreshness(stack);
    if (!freshnessOnly) await benchPagesAndComments(stack);
  } finally {
    await stack.stop();
  }
  if (freshnessOnly) return;
  if (process.env.BENCH_EDGE !== 'off') await benchEdge(rootDir, ARTICLE, CONNECTIONS, SECONDS);
  if (process.env.BENCH_MAIL !== 'off') benchHeldMails(rootDir);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench: failed');
    console.error(error);
    process.exit(1);
  },
);
