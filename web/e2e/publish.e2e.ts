import { adminLogin, publishArticleWith, waitForText } from '../../scripts/lib/cms-admin-api';
import { stack } from './helpers/stack';

const SLUG = 'preparing-for-microneedling';

const pageText = async (path: string) => (await fetch(`${stack.webUrl}${path}`)).text();

describe('an edit published in the CMS', () => {
  it('shows on the article page and the home page without a restart', async () => {
    const article = await (await fetch(`${stack.cmsUrl}/api/articles/${SLUG}`)).json();
    const { documentId, title } = article.data as { documentId: string; title: string };
    // Warm the cache first, so the test proves revalidation rather than a first render. The generous wait is for
    // loaded CI machines; the latency itself is a benchmark figure (npm run bench), not a test.
    expect(await pageText(`/articles/${SLUG}`)).toContain(title);
    expect(await pageText('/')).toContain(title);

    const session = await adminLogin(stack.cmsUrl, stack.admin);
    const changed = `${title} (updated ${Date.now()})`;
    await publishArticleWith(session, documentId, { title: changed });
    try {
      await waitForText(`${stack.webUrl}/articles/${SLUG}`, changed, 20_000);
      await waitForText(`${stack.webUrl}/`, changed, 20_000);
    } finally {
      await publishArticleWith(session, documentId, { title });
    }
    await waitForText(`${stack.webUrl}/articles/${SLUG}`, title, 20_000);
  });
});
