import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from './helpers/axe';
import { launchBrowser, openWatchedPage, type WatchedPage } from './helpers/browser';
import {
  approveThroughCms,
  logInToModeration,
  postThroughForm,
  reloadUntil as reloadArticleUntil,
} from './helpers/approved-comment';

/**
 * Issue 14: visitors report an approved comment; with 3 distinct visitors (the default reportThreshold) it goes back
 * to pending and leaves the page; the moderator sees the reports with their reasons and dismisses them.
 */
const SLUG = 'what-is-microneedling';
const RUN = Date.now().toString(36);
const AUTHOR = `Jordan ${RUN}`;
const BODY = `Rub toothpaste on it, works every time (${RUN})`;
const COMMENT = { slug: SLUG, name: AUTHOR, email: `jordan-${RUN}@example.org`, body: BODY };
const commentBy = (page: Page) => page.getByRole('article', { name: `Comment by ${AUTHOR}` });
const reloadUntil = (page: Page, present: boolean) => reloadArticleUntil(page, SLUG, BODY, present);

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser.close();
});

let visitorNumber = 0;
/** A visitor with their own profile and address (the test stack trusts 127.0.0.1 as a proxy, see comments.e2e.ts). */
async function newVisitor(): Promise<WatchedPage> {
  visitorNumber += 1;
  const context = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${visitorNumber + 20}` },
  });
  contexts.push(context);
  return openWatchedPage(context);
}

async function report(visitor: WatchedPage, reason: string, note: string, checkAccessibility = false) {
  const { page } = visitor;
  await reloadUntil(page, true);
  const comment = commentBy(page);
  await comment.getByRole('button', { name: `Report the comment by ${AUTHOR}` }).click();
  const form = page.getByRole('form', { name: `Report the comment by ${AUTHOR}` });
  await form.getByRole('radio', { name: reason }).check();
  await form.getByLabel('Note (optional)').fill(note);
  if (checkAccessibility) expect(await accessibilityViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Send report' }).click();
  await comment.getByRole('status').filter({ hasText: 'A moderator will look at this comment' }).waitFor();
}

/** Many page loads and three reports on one comment: more than the default minute on a busy machine. */
jest.setTimeout(300_000);

describe('visitors report a comment', () => {
  it('three visitors’ reports take it back to pending; the moderator sees why and dismisses them', async () => {
    const author = await newVisitor();
    await postThroughForm(author.page, COMMENT);
    await approveThroughCms(BODY);

    const reporters = [await newVisitor(), await newVisitor(), await newVisitor()];
    await report(reporters[0]!, 'Medical misinformation', 'Toothpaste burns the skin', true);
    await report(reporters[1]!, 'Spam or advertising', '');
    // Two reports are not enough: the comment is still public.
    const reader = await newVisitor();
    await reloadUntil(reader.page, true);
    await report(reporters[2]!, 'Something else', 'Dangerous advice');

    const goneAfterMs = await reloadUntil(reader.page, false);
    console.log(`reported comment gone from the page ${goneAfterMs} ms after the third report`);

    const moderator = await newVisitor();
    await logInToModeration(moderator.page);
    const row = moderator.page.getByTestId('moderation-row').filter({ hasText: BODY });
    await row.waitFor();
    await row.getByText('Held because: reported by 3 visitors').waitFor();
    const reports = row.getByTestId('row-reports');
    await reports.getByText('Reported by 3 visitors').waitFor();
    await reports.getByText('medical misinformation — “Toothpaste burns the skin”').waitFor();
    await reports.getByText('other — “Dangerous advice”').waitFor();
    await reports.getByRole('button', { name: 'Dismiss reports' }).click();
    await reports.waitFor({ state: 'detached' });
    await row.getByText('Held because: reported by 3 visitors').waitFor();

    for (const visitor of [author, ...reporters, reader, moderator]) expect(visitor.problems).toEqual([]);
  });
});
