import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openWatchedPage } from './helpers/browser';
import { logInToModeration } from './helpers/approved-comment';
import { stack } from './helpers/stack';

const SLUG = 'microneedling-benefits-and-evidence';
const HUMAN_FILL_MS = 3_500;
const RUN = Date.now().toString(36);

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
async function newVisitor() {
  visitorNumber += 1;
  const context = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${visitorNumber + 10}` },
  });
  contexts.push(context);
  return { context, ...(await openWatchedPage(context)) };
}

const articleUrl = () => `${stack.webUrl}/articles/${SLUG}`;

async function openArticle(page: Page) {
  await page.goto(articleUrl());
  await page.getByRole('button', { name: 'Post comment' }).waitFor();
}

/** At the provider's own pages (oidc-provider's login and consent): any password works. */
async function signInAtProvider(page: Page, login: string) {
  await page.waitForURL((url) => url.toString().startsWith(stack.oidcIssuer));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.toString().startsWith(articleUrl()));
}

const commentingAs = (page: Page, name: string) =>
  page.getByText(`You are commenting as ${name} (Test ID)`).waitFor();

async function post(page: Page, body: string) {
  await page.getByLabel('Comment', { exact: true }).fill(body);
  await page.waitForTimeout(HUMAN_FILL_MS);
  await page.getByRole('button', { name: 'Post comment' }).click();
}

/** The moderator, logged in to the console in a browser of their own: the row of the comment with `body`. */
async function moderatorSees(body: string) {
  const moderator = await newVisitor();
  await logInToModeration(moderator.page);
  const row = moderator.page.getByTestId('moderation-row').filter({ hasText: body });
  await row.waitFor();
  return { ...moderator, row };
}

async function moderatorApproves(body: string) {
  const { row, problems } = await moderatorSees(body);
  // Step 4: the moderator sees which provider the commenter signed in with.
  await row.getByRole('button', { name: 'Signed in with Test ID' }).waitFor();
  await row.getByRole('button', { name: /^Approve/ }).click();
  await row.waitFor({ state: 'detached' });
  expect(problems).toEqual([]);
}

describe('signing in to comment (a real OpenID Connect provider)', () => {
  it('signs in at the provider, keeps the text, posts, and logs out; the article page stays the same for everyone', async () => {
    const { page, context, problems } = await newVisitor();
    await openArticle(page);
    const draft = `Signed-in question ${RUN}: how long is the redness?`;
    await page.getByLabel('Comment', { exact: true }).fill(draft);
    await page.getByRole('link', { name: 'Test ID' }).click();
    await signInAtProvider(page, 'ada');

    await commentingAs(page, 'Ada Lovelace');
    await expect(page.getByLabel('Comment', { exact: true }).inputValue()).resolves.toBe(draft);
    await expect(page.getByLabel('Name', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Email', { exact: true }).count()).resolves.toBe(0);

    // Nothing about the visitor in the page: the same bytes and cache headers with and without the session.
    const signedIn = await context.request.get(articleUrl());
    const anonymous = await fetch(articleUrl());
    expect(await signedIn.text()).toBe(await anonymous.text());
    expect(signedIn.headers()['cache-control']).toBe(anonymous.headers.get('cache-control'));
    const session = await context.request.get(`${stack.webUrl}/api/auth/session`);
    expect(session.headers()['cache-control']).toBe('no-store');
    expect(JSON.stringify(await session.json())).not.toMatch(/token|@example/i);

    await page.waitForTimeout(HUMAN_FILL_MS);
    await page.getByRole('button', { name: 'Post comment' }).click();
    const own = page.getByRole('article', { name: 'Comment by Ada Lovelace' }).filter({ hasText: draft });
    await own.getByText('Awaiting moderation').waitFor();

    await moderatorApproves(draft);
    const reader = await newVisitor();
    for (let tries = 0; ; tries += 1) {
      await reader.page.goto(articleUrl());
      if ((await reader.page.getByText(draft).count()) > 0 || tries > 40) break;
      await reader.page.waitForTimeout(250);
    }
    const shown = reader.page
      .getByRole('article', { name: 'Comment by Ada Lovelace' })
      .filter({ hasText: draft });
    await expect(shown.getByTestId('avatar').textContent()).resolves.toBe('AL');

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Name', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Test ID' }).waitFor();
    // The test provider's own pages load web fonts it cannot reach here; only the site's problems count.
    expect(problems.filter((problem) => problem.includes(stack.webUrl))).toEqual([]);
  });

  it('"Change" signs in with another account at the provider', async () => {
    const { page } = await newVisitor();
    await openArticle(page);
    await page.getByRole('link', { name: 'Test ID' }).click();
    await signInAtProvider(page, 'ada');
    await commentingAs(page, 'Ada Lovelace');
    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByRole('link', { name: 'Test ID' }).click();
    await signInAtProvider(page, 'grace');
    await commentingAs(page, 'Grace Hopper');
    await post(page, `Grace asks about sunscreen ${RUN}`);
    await page
      .getByRole('article', { name: 'Comment by Grace Hopper' })
      .getByText('Awaiting moderation')
      .waitFor();
  });
});

describe('a moderator blocks an account (step 8)', () => {
  it('refuses its next comment with a message; unblocked, it can comment again', async () => {
    const { page, problems } = await newVisitor();
    await openArticle(page);
    await page.getByRole('link', { name: 'Test ID' }).click();
    await signInAtProvider(page, 'blocky');
    await commentingAs(page, 'blocky');
    const first = `Blocky asks about numbing cream ${RUN}`;
    const postedAt = Date.now();
    await post(page, first);
    await page.getByRole('article', { name: 'Comment by blocky' }).getByText('Awaiting moderation').waitFor();

    const moderator = await moderatorSees(first);
    const { row } = moderator;
    await row.getByRole('button', { name: 'Signed in with Test ID' }).waitFor();
    await expect(row.textContent()).resolves.not.toContain('@');
    await row.getByRole('button', { name: 'Block account…' }).click();
    await row
      .getByRole('group', { name: 'Confirm the block' })
      .getByRole('button', { name: 'Yes, block' })
      .click();
    await row.getByText('· Blocked').waitFor();

    await post(page, `Blocky tries again ${RUN}`);
    await page.getByText('This account has been blocked from commenting on Skinfacts.').waitFor();

    await row.getByRole('button', { name: 'Unblock account' }).click();
    await row.getByRole('button', { name: 'Block account…' }).waitFor();
    // The CMS's flood interval (15 s per commenter) counts from the first comment.
    await page.waitForTimeout(Math.max(0, postedAt + 16_000 - Date.now()));
    const afterUnblock = `Blocky is back ${RUN}`;
    await post(page, afterUnblock);
    await page
      .getByRole('article', { name: 'Comment by blocky' })
      .filter({ hasText: afterUnblock })
      .getByText('Awaiting moderation')
      .waitFor();
    expect(moderator.problems).toEqual([]);
    expect(problems.filter((problem) => problem.includes(stack.webUrl))).toEqual([]);
  });
});

describe('sign-ins that fail return to the article with a message, and the guest form works', () => {
  it('a cancelled sign-in', async () => {
    const { page } = await newVisitor();
    await openArticle(page);
    await page.getByRole('link', { name: 'Test ID' }).click();
    await page.waitForURL((url) => url.toString().startsWith(stack.oidcIssuer));
    await page.getByRole('link', { name: '[ Cancel ]' }).click();
    await page.waitForURL((url) => url.toString().startsWith(articleUrl()));
    await page.getByText('Sign-in with Test ID was cancelled').waitFor();
    await page.getByLabel('Name', { exact: true }).waitFor();
  });

  it('a tampered state', async () => {
    const { page, context } = await newVisitor();
    await openArticle(page);
    const start = await context.request.get(
      `${stack.webUrl}/api/auth/sign-in/oidc?returnTo=/articles/${SLUG}`,
      { maxRedirects: 0 },
    );
    const authorize = new URL(start.headers().location ?? '');
    authorize.searchParams.set('state', `${authorize.searchParams.get('state')}x`);
    await page.goto(authorize.toString());
    await signInAtProvider(page, 'mallory');
    await page.getByText('Sign-in with Test ID did not work').waitFor();
    await page.getByLabel('Name', { exact: true }).waitFor();
  });

  it('a replayed code', async () => {
    const { page, context } = await newVisitor();
    await openArticle(page);
    let callback: { url: string; cookie: string } | null = null;
    page.on('request', (request) => {
      if (request.url().includes('/api/auth/callback/oidc')) {
        // allHeaders(): the Cookie header is added by the network layer, so headers() lacks it.
        void request.allHeaders().then((headers) => {
          callback = { url: request.url(), cookie: headers.cookie ?? '' };
        });
      }
    });
    await page.getByRole('link', { name: 'Test ID' }).click();
    await signInAtProvider(page, 'replayer');
    await commentingAs(page, 'replayer');
    const first = callback as { url: string; cookie: string } | null;
    const flow = /skinfacts_signin_flow=([^;]+)/.exec(first?.cookie ?? '')?.[1];
    expect(flow).toBeTruthy();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Name', { exact: true }).waitFor();
    await context.addCookies([
      { name: 'skinfacts_signin_flow', value: flow ?? '', url: `${stack.webUrl}/api/auth/callback/oidc` },
    ]);
    await page.goto(first?.url ?? '');
    await page.getByText('Sign-in with Test ID did not work').waitFor();
    await page.getByLabel('Name', { exact: true }).waitFor();
  });
});
