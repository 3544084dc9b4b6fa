import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openWatchedPage } from './browser';
import { stack } from './stack';

/** The CMS files a form sent within 3 s of being shown as spam; a person takes longer. */
export const HUMAN_FILL_MS = 3_500;

/** A visitor with a browser context of their own, from `address` (so per-address limits are theirs alone). */
export async function visitorFrom(browser: Browser, address: string) {
  const context: BrowserContext = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  return { context, ...(await openWatchedPage(context)) };
}

export async function openArticle(page: Page, slug: string) {
  await page.goto(`${stack.webUrl}/articles/${slug}`);
  // The first visit renders the page and fetches the form's token: slow on a busy machine.
  await page.getByRole('button', { name: 'Post comment' }).waitFor({ timeout: 90_000 });
}

/** At the test provider's own login and consent pages (any password works); back on the article after. */
export async function signInAtProvider(page: Page, login: string, slug: string) {
  await page.waitForURL((url) => url.toString().startsWith(stack.oidcIssuer));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.toString().startsWith(`${stack.webUrl}/articles/${slug}`));
}

export const commentingAs = (page: Page, name: string) =>
  page.getByText(`You are commenting as ${name} (Test ID)`).waitFor();

/** Writes `body`, waits like a person, and sends it (the name and email fields are the caller's). */
export async function sendComment(page: Page, body: string) {
  await page.getByLabel('Comment', { exact: true }).fill(body);
  await page.waitForTimeout(HUMAN_FILL_MS);
  await page.getByRole('button', { name: 'Post comment' }).click();
}
