import { adminLogin, publishArticleWith, waitForText } from '../../scripts/lib/cms-admin-api';
import { pageText, publishedArticle, scale } from './helpers/scale';

const SLUG = 'preparing-for-microneedling';

describe('site instances that share one cache', () => {
  it('show a change published in the CMS on the instance the CMS did not tell', async () => {
    const { documentId, title } = await publishedArticle(SLUG);
    // Both instances have served the page and the home page before the change, so the old copies are cached.
    // Site B is never told about the change: with a cache of its own it would keep them.
    for (const site of [scale.siteA, scale.siteB]) {
      expect(await pageText(`${site}/articles/${SLUG}`)).toContain(title);
      expect(await pageText(`${site}/`)).toContain(title);
    }

    const session = await adminLogin(scale.cmsUrl, scale.admin);
    const changed = `${title} (shared ${Date.now()})`;
    await publishArticleWith(session, documentId, { title: changed });
    try {
      await waitForText(`${scale.siteB}/articles/${SLUG}`, changed, 10_000);
      await waitForText(`${scale.siteB}/`, changed, 10_000);
    } finally {
      await publishArticleWith(session, documentId, { title });
    }
    await waitForText(`${scale.siteB}/articles/${SLUG}`, title, 20_000);
  });
});
