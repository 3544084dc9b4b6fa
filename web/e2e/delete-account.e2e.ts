import type { Browser, Page } from 'playwright-core';
import { approveThroughCms, reloadUntil } from './helpers/approved-comment';
import { launchBrowser, openWatchedPage } from './helpers/browser';
import { commentingAs, openArticle, sendComment, signInAtProvider, visitorFrom } from './helpers/commenter';
import { stack } from './helpers/stack';

/** Issue 13: a signed-in commenter's picture on their comments, and "Delete my account". */
const SLUG = 'preparing-for-microneedling';
const RUN = Date.now().toString(36);
const LOGIN = `leaver-${RUN}`;
const BODY = `Will the redness be gone by Monday? (${RUN})`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
jest.setTimeout(300_000);

const commentOn = (page: Page) => page.getByTestId('comment').filter({ hasText: BODY });

/** The picture inside a comment's avatar, once the browser has loaded it (it loads lazily: scrolled to first). */
async function loadedPicture(page: Page) {
  const img = commentOn(page).getByTestId('avatar').locator('img');
  await img.scrollIntoViewIfNeeded();
  const handle = await img.elementHandle();
  await page.waitForFunction(
    (el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0,
    handle,
    {
      timeout: 20_000,
    },
  );
  return img.evaluate((el: HTMLImageElement) => ({
    src: el.getAttribute('src') ?? '',
    width: el.naturalWidth,
  }));
}

describe('a signed-in commenter', () => {
  it("comments under the account's name and picture (served by the site), then deletes the account: the comment stays, anonymised", async () => {
    const commenter = await visitorFrom(browser, '198.51.100.161');
    const { page, context } = commenter;
    await openArticle(page, SLUG);
    await page.getByRole('link', { name: 'Test ID' }).click();
    await signInAtProvider(page, LOGIN, SLUG);
    await commentingAs(page, LOGIN);
    await sendComment(page, BODY);
    await commentOn(page).getByText('Awaiting moderation').waitFor();
    await approveThroughCms(BODY);

    const reader = await openWatchedPage(await browser.newContext());
    const pictureRequests: string[] = [];
    reader.page.on('request', (request) => {
      if (request.resourceType() === 'image') pictureRequests.push(request.url());
    });
    await reloadUntil(reader.page, SLUG, BODY, true);
    await expect(commentOn(reader.page).getByRole('article').getAttribute('aria-label')).resolves.toBe(
      `Comment by ${LOGIN}`,
    );
    const picture = await loadedPicture(reader.page);
    expect(picture.src).toMatch(/^\/api\/auth\/avatar\/[A-Za-z0-9]+$/);
    expect(picture.width).toBe(16);
    // The reader's browser asked the site for the picture, never the provider.
    expect(pictureRequests.some((url) => url.startsWith(stack.oidcIssuer))).toBe(false);
    const avatarUrl = `${stack.webUrl}${picture.src}`;
    const served = await fetch(avatarUrl);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByLabel('Name', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Test ID' }).waitFor();
    const session = (await (await context.request.get(`${stack.webUrl}/api/auth/session`)).json()) as {
      account: unknown;
    };
    expect(session.account).toBeNull();
    expect(
      (await context.cookies(stack.webUrl)).some(({ name }) => name === 'skinfacts_commenter_session'),
    ).toBe(false);

    // The page is revalidated: the comment is still there, signed "Anonymous", with initials, not the picture.
    await reloadUntil(reader.page, SLUG, LOGIN, false);
    const anonymised = commentOn(reader.page);
    await expect(anonymised.getByRole('article').getAttribute('aria-label')).resolves.toBe(
      'Comment by Anonymous',
    );
    await expect(anonymised.getByTestId('avatar').locator('img').count()).resolves.toBe(0);
    await expect(anonymised.getByTestId('avatar').textContent()).resolves.toBe('A');
    expect((await fetch(avatarUrl)).status).toBe(404);
    expect(reader.problems).toEqual([]);
  });
});
