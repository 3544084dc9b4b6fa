import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openWatchedPage } from './helpers/browser';
import { moderatorHeaders } from './helpers/approved-comment';
import { stack } from './helpers/stack';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const PENDING_AUTHOR = 'Sam K.';

async function logIn(page: Page, email: string, password: string) {
  await page.goto(`${stack.webUrl}/moderation`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** The comment's status as the CMS's public API sees it (approved comments only are public). */
async function publiclyVisible(authorName: string): Promise<boolean> {
  const url = new URL('/api/comments', stack.cmsUrl);
  url.searchParams.set('pagination[pageSize]', '100');
  const response = await fetch(url);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { authorName: string }[] };
  return body.data.some((comment) => comment.authorName === authorName);
}

describe('the moderation console', () => {
  it('is not indexed and shows the login to a visitor without a session', async () => {
    const { page } = await openWatchedPage(browser);
    const response = await page.goto(`${stack.webUrl}/moderation`);
    expect(response?.headers()['cache-control'] ?? '').not.toMatch(/s-maxage|public/);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/);
    await expect(page.getByRole('button', { name: 'Log in' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('refuses a wrong password without showing the queue', async () => {
    const { page } = await openWatchedPage(browser);
    await logIn(page, stack.moderator.email, 'not-the-password');
    // Filtered by text: Next's route announcer is an (empty) alert too.
    await page
      .getByRole('alert')
      .filter({ hasText: /wrong email or password/i })
      .waitFor();
    await expect(page.getByTestId('moderation-row').count()).resolves.toBe(0);
    await page.close();
  });

  it('lets the moderator approve the seeded pending comment, and the approval reaches the public', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openWatchedPage(context);
    await logIn(page, stack.moderator.email, stack.moderator.password);

    const row = page.getByTestId('moderation-row').filter({ hasText: PENDING_AUTHOR });
    await row.waitFor();
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === 'sf_moderator_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await expect(page.evaluate(() => document.cookie)).resolves.not.toContain('sf_moderator_session');

    expect(await publiclyVisible(PENDING_AUTHOR)).toBe(false);
    await row.getByRole('button', { name: /^Approve/ }).click();
    await row.waitFor({ state: 'detached' });
    const started = Date.now();
    while (!(await publiclyVisible(PENDING_AUTHOR))) {
      if (Date.now() - started > 5000) throw new Error('the approval did not reach the CMS');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    await page.getByRole('tab', { name: /Approved/ }).click();
    await page.getByTestId('moderation-row').filter({ hasText: PENDING_AUTHOR }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ends the session for good on logout: the old cookie and its JWT get 401 afterwards', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openWatchedPage(context);
    await logIn(page, stack.moderator.email, stack.moderator.password);
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    const jwt = (await context.cookies()).find((cookie) => cookie.name === 'sf_moderator_session')?.value;
    expect(jwt).toEqual(expect.any(String));
    const oldCookie = { cookie: `sf_moderator_session=${jwt}` };
    const queueUrl = `${stack.webUrl}/api/moderation/comments`;
    expect((await fetch(queueUrl, { headers: oldCookie })).status).toBe(200);

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    const session = (await context.cookies()).find((cookie) => cookie.name === 'sf_moderator_session');
    expect(session).toBeUndefined();

    // Someone who copied the cookie before the logout gets nothing with it: not from the site, not from the CMS.
    expect((await fetch(queueUrl, { headers: oldCookie })).status).toBe(401);
    const atCms = await fetch(`${stack.cmsUrl}/api/moderation/comments`, {
      headers: { authorization: `Bearer ${jwt}` },
    });
    expect(atCms.status).toBe(401);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a linked comment (the held-comment mails’ link) after the login, on its tab, scrolled to and highlighted', async () => {
    // An approved comment: not in the pending tab the console opens on.
    const answer = await fetch(`${stack.cmsUrl}/api/moderation/comments?status=approved&pageSize=1`, {
      headers: await moderatorHeaders(),
    });
    const [linked] = ((await answer.json()) as { data: { documentId: string; body: string }[] }).data;
    if (!linked) throw new Error('the stack has no approved comment to link to');

    const context = await browser.newContext({ viewport: { width: 1000, height: 500 } });
    const { page, problems } = await openWatchedPage(context);
    await page.goto(`${stack.webUrl}/moderation?comment=${linked.documentId}`);
    await page.getByLabel('Email').fill(stack.moderator.email);
    await page.getByLabel('Password').fill(stack.moderator.password);
    await page.getByRole('button', { name: 'Log in' }).click();

    const row = page.locator('[data-testid="moderation-row"][data-highlighted="true"]');
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(linked.body);
    await expect(page.getByRole('tab', { name: /Approved/ }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    await expect(
      row.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return document.activeElement === element && box.top >= 0 && box.top < window.innerHeight;
      }),
    ).resolves.toBe(true);

    await page.goto(`${stack.webUrl}/moderation?comment=nosuchcomment123`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'The linked comment (nosuchcomment123) does not exist' })
      .waitFor();
    await page.goto(`${stack.webUrl}/moderation?comment=not-an-id!`);
    await page.getByRole('alert').filter({ hasText: 'The link names no comment' }).waitFor();
    // The unknown id's 404 is the console's own answer, shown above; nothing else went wrong.
    expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
    await context.close();
  });
});
