import { contentPath } from '@skinfacts/shared/site-routes';
import {
  adminLogin,
  createEntry,
  deleteEntry,
  publishArticleWith,
  saveDraftWith,
} from '../lib/cms-admin-api';
import type { TestStack } from '../lib/test-stack';

const ARTICLE = 'api::article.article';
const POLL_MS = 10;
const TIMEOUT_MS = 15_000;
const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Written for the benchmark.' }] }];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Stack = Pick<TestStack, 'cmsUrl' | 'webUrl' | 'editor'>;

/** The site's status and redirect target for `path`, redirects not followed. */
async function visit(webUrl: string, path: string) {
  const response = await fetch(`${webUrl}${path}`, { redirect: 'manual' });
  await response.body?.cancel();
  const location = response.headers.get('location');
  return { status: response.status, target: location ? new URL(location, webUrl).pathname : null };
}

/** Polls `path` until `done` holds for its answer. */
async function pollUntil(
  webUrl: string,
  path: string,
  done: (answer: Awaited<ReturnType<typeof visit>>) => boolean,
) {
  const started = performance.now();
  while (performance.now() - started < TIMEOUT_MS) {
    if (done(await visit(webUrl, path))) return;
    await pause(POLL_MS);
  }
  throw new Error(`${path} did not change within ${TIMEOUT_MS} ms`);
}

/**
 * Old slugs: the demo editor renames a published article `rounds` times; each time, the milliseconds from the
 * publish call until the previous URL (cached as a page just before) answers 308 to the new one.
 */
export async function measureRedirectLatency(stack: Stack, rounds: number): Promise<number[]> {
  const session = await adminLogin(stack.cmsUrl, stack.editor);
  const run = Date.now().toString(36);
  let slug = `bench-rename-${run}-0`;
  const { documentId } = await createEntry(session, ARTICLE, {
    title: `Rename ${run}`,
    slug,
    excerpt: 'b',
    body,
  });
  const timings: number[] = [];
  try {
    await publishArticleWith(session, documentId, {});
    for (let round = 1; round <= rounds; round += 1) {
      const oldPath = contentPath.article(slug);
      await pollUntil(stack.webUrl, oldPath, (answer) => answer.status === 200);
      slug = `bench-rename-${run}-${round}`;
      const newPath = contentPath.article(slug);
      const started = performance.now();
      await publishArticleWith(session, documentId, { slug });
      await pollUntil(stack.webUrl, oldPath, (answer) => answer.status === 308 && answer.target === newPath);
      timings.push(performance.now() - started);
    }
  } finally {
    await deleteEntry(session, ARTICLE, documentId);
  }
  return timings;
}

/**
 * Scheduled publishing: `rounds` drafts, each saved with "publish at" two seconds ahead; the milliseconds from
 * that time until the article page answers 200. The scheduler looks every second, so up to a second of it is
 * the wait for its next look.
 */
export async function measureScheduleLatency(stack: Stack, rounds: number): Promise<number[]> {
  const session = await adminLogin(stack.cmsUrl, stack.editor);
  const run = Date.now().toString(36);
  const timings: number[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    const slug = `bench-scheduled-${run}-${round}`;
    const fields = { title: `Scheduled ${run} ${round}`, slug, excerpt: 'b', body };
    const { documentId } = await createEntry(session, ARTICLE, fields);
    try {
      const publishAt = Date.now() + 2_000;
      await saveDraftWith(session, ARTICLE, documentId, { publishAt: new Date(publishAt).toISOString() });
      await pollUntil(stack.webUrl, contentPath.article(slug), (answer) => answer.status === 200);
      timings.push(Date.now() - publishAt);
    } finally {
      await deleteEntry(session, ARTICLE, documentId);
    }
  }
  return timings;
}
