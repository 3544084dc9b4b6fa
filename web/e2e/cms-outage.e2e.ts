import { adminLogin, createEntry, deleteEntry, type AdminSession } from '../../scripts/lib/cms-admin-api';
import { launchBrowser } from './helpers/browser';
import { setCmsLink } from './helpers/cms-link';
import { stack } from './helpers/stack';

const CACHED_PAGES = [
  { path: '/articles/what-is-microneedling', text: 'What is microneedling, and how does it work?' },
  { path: '/', text: 'What is microneedling, and how does it work?' },
];

/** What the CMS's error would reveal if it leaked into the page: its message, its class, a stack frame. */
const LEAKS = /CmsError|could not be reached|timed out after|ECONNRESET|client\.ts|at async /;

// A topic created for this file alone: no other test and no prefetching browser has rendered its page.
const suffix = Date.now().toString(36);
const topic = {
  name: `Outage check ${suffix}`,
  slug: `outage-check-${suffix}`,
  description: 'Made by a test.',
};
const topicUrl = `${stack.webUrl}/topics/${topic.slug}`;

let session: AdminSession;
let topicId: string | undefined;

beforeAll(async () => {
  session = await adminLogin(stack.cmsUrl, stack.admin);
  topicId = (await createEntry(session, 'api::topic.topic', topic)).documentId;
  expect((await fetch(`${stack.cmsUrl}/api/topics/${topic.slug}`)).status).toBe(200);
});

// The other browser tests share this stack: whatever happens here, they get their CMS back.
afterAll(async () => {
  await setCmsLink('open');
  if (topicId) await deleteEntry(session, 'api::topic.topic', topicId);
});

/**
 * The status and headers of a failed page. Its HTML is Next's error document: the friendly words come from
 * error.tsx once the browser has run the page's scripts, so the browser test below reads them there.
 */
async function expect503(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(response.headers.get('cache-control')).toMatch(/no-store/);
  expect(await response.text()).not.toMatch(LEAKS);
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
      await expect503(await fetch(topicUrl));
      expect((await fetch(topicUrl, { method: 'HEAD' })).status).toBe(503);
      // Concurrent requests for one page share a single render in Next; each still gets the 503.
      const together = await Promise.all([1, 2, 3].map(() => fetch(topicUrl)));
      expect(together.map((response) => response.status)).toEqual([503, 503, 503]);

      const page = await browser.newPage();
      const response = await page.goto(topicUrl);
      expect(response?.status()).toBe(503);
      await page.getByRole('heading', { name: /temporarily unavailable/i }).waitFor();
      await page.getByRole('button', { name: 'Try again' }).waitFor();
      expect(await page.locator('body').innerText()).not.toMatch(LEAKS);
    } finally {
      await browser.close();
      await setCmsLink('open');
    }
  });

  it('answers 503 too when the CMS accepts connections but never answers, once the CMS timeout is up', async () => {
    await setCmsLink('hang');
    try {
      const started = Date.now();
      await expect503(await fetch(topicUrl, { signal: AbortSignal.timeout(20_000) }));
      // CMS_TIMEOUT_MS is 3 s in the test stack. Next renders the page, then its error page, which runs
      // generateMetadata again: two reads, each given up after the timeout.
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await setCmsLink('open');
    }
  });

  it('shows that page with its content once the CMS is back: the failures were not cached', async () => {
    const response = await fetch(topicUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.text()).toContain(topic.name);
  });
});
