import { adminLogin, publishArticleWith, waitForText } from '../../scripts/lib/cms-admin-api';
import { stack } from './helpers/stack';

const SLUG = 'preparing-for-microneedling';
/** Pages that show the article: the listings, its treatment's and topic's pages, an article listing it as related. */
const SHOWING_PAGES = [
  '/',
  '/articles',
  '/feed.xml',
  '/treatments/microneedling',
  '/topics/preparation-and-aftercare',
  '/articles/what-is-microneedling',
];

const pageText = async (path: string) => (await fetch(`${stack.webUrl}${path}`)).text();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Time for the site to request those pages after the CMS's call (lib/revalidation/warm-pages.ts), with room for a loaded CI machine. */
const WARMING_MS = 5_000;

describe('an edit published in the CMS', () => {
  it('shows on the article page and, from their first view, on the pages that show the article', async () => {
    const article = (await (await fetch(`${stack.cmsUrl}/api/articles/${SLUG}`)).json()) as {
      data: { documentId: string; title: string };
    };
    const { documentId, title } = article.data;
    // Warm the cache first, so the test proves revalidation rather than a first render. The generous wait is for
    // loaded CI machines; the latency itself is a benchmark figure (npm run bench), not a test.
    expect(await pageText(`/articles/${SLUG}`)).toContain(title);
    for (const page of SHOWING_PAGES) expect(await pageText(page)).toContain(title);

    const session = await adminLogin(stack.cmsUrl, stack.admin);
    const changed = `${title} (updated ${Date.now()})`;
    await publishArticleWith(session, documentId, { title: changed });
    try {
      await waitForText(`${stack.webUrl}/articles/${SLUG}`, changed, 20_000);
      // One request each, no polling: a page that waited for a visitor to regenerate it would show the old
      // title to that visitor.
      await sleep(WARMING_MS);
      for (const page of SHOWING_PAGES) expect(await pageText(page)).toContain(changed);
    } finally {
      await publishArticleWith(session, documentId, { title });
    }
    await waitForText(`${stack.webUrl}/articles/${SLUG}`, title, 20_000);
  });
});
