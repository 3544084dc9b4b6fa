/**
 * Draft preview as an editor uses it: save a change without publishing, press Preview (the link the admin panel
 * asks the CMS for), see the draft on the site with the preview banner, leave preview. Visitors — another
 * browser, or a plain request while the draft is showing — only ever see the published version.
 */
import type { Browser } from 'playwright-core';
import {
  adminLogin,
  discardDraft,
  previewUrl,
  saveDraftWith,
  type AdminSession,
} from '../../scripts/lib/cms-admin-api';
import { launchBrowser, openWatchedPage } from './helpers/browser';
import { stack } from './helpers/stack';

const ARTICLE = 'api::article.article';
const SLUG = 'microneedling-benefits-and-evidence';
const articleUrl = `${stack.webUrl}/articles/${SLUG}`;

let browser: Browser;
let session: AdminSession;
let documentId: string;
let publishedTitle: string;
const draftTitle = `Draft only ${Date.now().toString(36)}`;

beforeAll(async () => {
  browser = await launchBrowser();
  session = await adminLogin(stack.cmsUrl, stack.admin);
  const article = (await (await fetch(`${stack.cmsUrl}/api/articles/${SLUG}`)).json()) as {
    data: { documentId: string; title: string };
  };
  ({ documentId, title: publishedTitle } = article.data);
  await saveDraftWith(session, ARTICLE, documentId, { title: draftTitle });
});

afterAll(async () => {
  await discardDraft(session, ARTICLE, documentId);
  await browser.close();
});

const publicText = async () => (await fetch(articleUrl)).text();

describe('draft preview', () => {
  it('shows the saved draft to the editor who pressed Preview, and the published version to everyone else', async () => {
    const editor = await browser.newContext();
    const visitor = await browser.newContext();
    try {
      const { page, problems } = await openWatchedPage(editor);
      await page.goto(await previewUrl(session, ARTICLE, documentId, 'draft'));
      expect(new URL(page.url()).pathname).toBe(`/articles/${SLUG}`);
      await page.getByRole('heading', { level: 1, name: draftTitle }).waitFor();
      await page.getByRole('complementary', { name: 'Preview' }).waitFor();
      // Draft-mode pages are rendered per request and never stored: the public copy stays the published one.
      const response = await page.reload();
      expect(response?.headers()['cache-control']).toMatch(/no-store|private|no-cache/);

      const visitorPage = await visitor.newPage();
      await visitorPage.goto(articleUrl);
      await visitorPage.getByRole('heading', { level: 1, name: publishedTitle }).waitFor();
      expect(await visitorPage.getByRole('complementary', { name: 'Preview' }).count()).toBe(0);
      const html = await publicText();
      expect(html).toContain(publishedTitle);
      expect(html).not.toContain(draftTitle);

      await page.getByRole('button', { name: 'Exit preview' }).click();
      await page.getByRole('heading', { level: 1, name: publishedTitle }).waitFor();
      expect(await page.getByRole('complementary', { name: 'Preview' }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await editor.close();
      await visitor.close();
    }
  });

  it('refuses a preview link that was tampered with, and shows no draft for it', async () => {
    const link = new URL(await previewUrl(session, ARTICLE, documentId, 'draft'));
    link.searchParams.set('path', '/articles/what-is-microneedling');
    const response = await fetch(link, { redirect: 'manual' });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toMatch(/not a valid preview link/);
    expect(await publicText()).not.toContain(draftTitle);
  });
});
