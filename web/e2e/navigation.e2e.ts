import type { Browser } from 'playwright-core';
import { launchBrowser, openWatchedPage } from './helpers/browser';
import { stack } from './helpers/stack';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const ARTICLE_TITLE = 'What is microneedling, and how does it work?';

describe('a visitor reading the site', () => {
  it('goes from the home page to an article and on to its treatment, without errors', async () => {
    const { page, problems } = await openWatchedPage(browser);
    const home = await page.goto(`${stack.webUrl}/`);
    expect(home?.status()).toBe(200);

    await page.getByRole('link', { name: ARTICLE_TITLE }).first().click();
    await page.waitForURL('**/articles/what-is-microneedling');
    await expect(page.locator('h1').textContent()).resolves.toBe(ARTICLE_TITLE);
    await expect(page.locator('main').textContent()).resolves.toMatch(/Dr\. Amara Okafor/);

    await page.locator('main a[href="/treatments/microneedling"]').first().click();
    await page.waitForURL('**/treatments/microneedling');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Microneedling/);
    const facts = await page.locator('main').textContent();
    expect(facts).toMatch(/Retinoids/);
    expect(facts).toMatch(/Isotretinoin/);
    expect(facts).toMatch(/3–12 months/);

    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(['/articles/no-such-article', '/treatments/no-such-treatment', '/topics/no-such-topic'])(
    'gets a real 404 for %s',
    async (path) => {
      const { page } = await openWatchedPage(browser);
      const response = await page.goto(`${stack.webUrl}${path}`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/not found/i);
      await page.close();
    },
  );

  it('never sees the draft article', async () => {
    const response = await fetch(`${stack.webUrl}/articles/microneedling-aftercare-first-week`);
    expect(response.status).toBe(404);
    const home = await (await fetch(`${stack.webUrl}/`)).text();
    expect(home).not.toContain('aftercare: the first seven days');
  });
});
