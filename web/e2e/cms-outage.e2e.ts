import { launchBrowser } from './helpers/browser';
import { setCmsLink } from './helpers/cms-link';
import { stack } from './helpers/stack';

const CACHED_PAGES = [
  { path: '/articles/what-is-microneedling', text: 'What is microneedling, and how does it work?' },
  { path: '/', text: 'What is microneedling, and how does it work?' },
];

/** What the CMS's error would reveal if it leaked into the page: its message, its class, a stack frame. */
const LEAKS = /CmsError|could not be reached|timed out after|ECONNRESET|client\.ts|at async /;

/**
 * A page no test and no prefetching browser has asked for: a topic slug that does not exist. While the CMS is
 * down the site cannot know that, so it answers 503; once the CMS is back, 404. (A topic created here would not
 * do: the site requests a new document's page as soon as the CMS reports it, so it would already be cached.)
 */
const unrenderedUrl = `${stack.webUrl}/topics/never-rendered-${Date.now().toString(36)}`;

// The other browser tests share this stack: whatever happens here, they get their CMS back.
afterAll(() => setCmsLink('open'));

/**
 * The status, headers and HTML of a failed page. The HTML is Next's error document with the server's
 * notice for readers without JavaScript (web/server.js); with JavaScript, error.tsx draws the page.
 */
async function expect503(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(response.headers.get('cache-control')).toMatch(/no-store/);
  const html = await response.text();
  expect(html).not.toMatch(LEAKS);
  expect(html).toMatch(/<noscript>.*Content is temporarily unavailable.*<\/noscript>/);
}

describe('the site while the CMS is down', () => {
  it('keeps answering pages it has cached with 200 and their content', async () => {
    for (const { path, text } of CACHED_PAGES) {
      const warm = await fetch(`${stack.webUrl}${path}`);
      expect(warm.status).toBe(200);
      expect(await warm.text()).toContain(text);
    }
    await setCmsLink('refuse');
    try {
      for (const { path, text } of CACHED_PAGES) {
        const response = await fetch(`${stack.webUrl}${path}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain(text);
      }
    } finally {
      await setCmsLink('open');
    }
  });

  it('answers a page it never rendered with 503, Retry-After and the friendly error page', async () => {
    await setCmsLink('refuse');
    const browser = await launchBrowser();
    try {
      await expect503(await fetch(unrenderedUrl));
      expect((await fetch(unrenderedUrl, { method: 'HEAD' })).status).toBe(503);
      // Concurrent requests for one page share a single render in Next; each still gets the 503.
      const together = await Promise.all([1, 2, 3].map(() => fetch(unrenderedUrl)));
      expect(together.map((response) => response.status)).toEqual([503, 503, 503]);

      const page = await browser.newPage();
      const response = await page.goto(unrenderedUrl);
      expect(response?.status()).toBe(503);
      await page.getByRole('heading', { name: /temporarily unavailable/i }).waitFor();
      await page.getByRole('button', { name: 'Try again' }).waitFor();
      expect(await page.locator('body').innerText()).not.toMatch(LEAKS);

      const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
      const plainPage = await withoutScripts.newPage();
      expect((await plainPage.goto(unrenderedUrl))?.status()).toBe(503);
      await plainPage.getByRole('heading', { name: /temporarily unavailable/i }).waitFor();
      await withoutScripts.close();
    } finally {
      await browser.close();
      await setCmsLink('open');
    }
  });

  it('answers 503 too when the CMS accepts connections but never answers, once the CMS timeout is up', async () => {
    await setCmsLink('hang');
    try {
      const started = Date.now();
      await expect503(await fetch(unrenderedUrl, { signal: AbortSignal.timeout(20_000) }));
      // CMS_TIMEOUT_MS is 3 s in the test stack. Next renders the page, then its error page, which runs
      // generateMetadata again: two reads, each given up after the timeout.
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await setCmsLink('open');
    }
  });

  it('answers that page from the CMS once it is back: the failures were not cached', async () => {
    const response = await fetch(unrenderedUrl);
    expect(response.status).toBe(404);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.text()).toContain('Page not found');
  });
});
