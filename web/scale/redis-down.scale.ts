import { adminLogin, publishArticleWith, waitForText } from '../../scripts/lib/cms-admin-api';
import { pageText, publishedArticle, scale, sleep, switchRedisLink } from './helpers/scale';

const SLUG = 'what-is-microneedling';

async function timedGet(url: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

const revalidate = (site: string, body: unknown) =>
  fetch(`${site}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${scale.revalidateSecret}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

afterEach(() => switchRedisLink('open'));

describe('when the site cannot reach Redis', () => {
  it.each(['refuse', 'hang'] as const)(
    'pages still answer 200, without waiting on Redis (%s)',
    async (mode) => {
      await switchRedisLink(mode);
      for (const path of ['/', `/articles/${SLUG}`, '/topics']) {
        const { status, ms } = await timedGet(`${scale.siteA}${path}`);
        expect(status).toBe(200);
        expect(ms).toBeLessThan(5_000);
      }
    },
  );

  it('answers 503 to a revalidation, so the CMS sends it again; once Redis is back every instance shows the change', async () => {
    const { documentId, title } = await publishedArticle(SLUG);
    expect(await pageText(`${scale.siteB}/articles/${SLUG}`)).toContain(title);
    await switchRedisLink('refuse');
    const refused = await revalidate(scale.siteA, { type: 'article', slugs: [SLUG] });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({
      error: expect.stringMatching(/could not be recorded/) as unknown,
    });

    const session = await adminLogin(scale.cmsUrl, scale.admin);
    const changed = `${title} (during an outage ${Date.now()})`;
    await publishArticleWith(session, documentId, { title: changed });
    try {
      // The CMS's first attempts are refused; nothing has expired the copy site B serves from Redis.
      await sleep(1_500);
      expect(await pageText(`${scale.siteB}/articles/${SLUG}`)).toContain(title);
      await switchRedisLink('open');
      // The CMS's next attempt (5 s later by default) is recorded, and site B renders the change.
      await waitForText(`${scale.siteB}/articles/${SLUG}`, changed, 20_000);
    } finally {
      await switchRedisLink('open');
      await publishArticleWith(session, documentId, { title });
    }
    await waitForText(`${scale.siteB}/articles/${SLUG}`, title, 20_000);
  });
});
