import type { Browser } from 'playwright-core';
import { accessibilityViolations } from './helpers/axe';
import { launchBrowser, openWatchedPage } from './helpers/browser';
import { stack } from './helpers/stack';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const PAGES = ['/', '/articles/what-is-microneedling', '/treatments/microneedling'];

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it.each(PAGES)('axe finds no WCAG A/AA violation on %s, and the console stays clean', async (path) => {
    const { page, problems } = await openWatchedPage(browser);
    await page.emulateMedia({ colorScheme });
    const response = await page.goto(`${stack.webUrl}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
