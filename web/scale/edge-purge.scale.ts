import { adminLogin, publishArticleWith, waitForText } from '../../scripts/lib/cms-admin-api';
import { RECORDS_PATH, type EdgeRecord } from './helpers/recording-edge';
import { publishedArticle, scale, sleep } from './helpers/scale';

const SLUG = 'microneedling-benefits-and-evidence';

async function edgeRecords(method: 'GET' | 'DELETE' = 'GET'): Promise<EdgeRecord[]> {
  return (await (await fetch(`${scale.edgeUrl}${RECORDS_PATH}`, { method })).json()) as EdgeRecord[];
}

async function waitForRecord(found: (records: EdgeRecord[]) => boolean, timeoutMs = 15_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const records = await edgeRecords();
    if (found(records)) return records;
    await sleep(100);
  }
  throw new Error(`the edge did not receive what was expected: ${JSON.stringify(await edgeRecords())}`);
}

describe('a change published in the CMS, with an edge cache in front of the site', () => {
  it('purges the edge by the tags the page carries as xkey, then warms the page through the edge', async () => {
    const { documentId, title } = await publishedArticle(SLUG);
    const xkey = (await fetch(`${scale.siteA}/articles/${SLUG}`)).headers.get('xkey')?.split(' ') ?? [];
    expect(xkey).toEqual(expect.arrayContaining([`article:${SLUG}`, 'articles']));
    await edgeRecords('DELETE');

    const session = await adminLogin(scale.cmsUrl, scale.admin);
    await publishArticleWith(session, documentId, { title: `${title} (edge ${Date.now()})` });
    try {
      const records = await waitForRecord((seen) =>
        seen.some((record) => record.get === `/articles/${SLUG}`),
      );
      // An earlier test's change can still send its echo purge (1.5 s later) here: only this page's count.
      const ours = records.findIndex((record) => record.purge?.hard?.split(' ').includes(`article:${SLUG}`));
      const purge = records[ours]?.purge;
      // The page's own tag is dropped at once; the collections it shows are only marked stale.
      expect(purge).toEqual({ hard: `article:${SLUG}`, soft: 'articles' });
      for (const tag of [purge?.hard, purge?.soft]) expect(xkey).toContain(tag);
      // Purged before the page was requested through the edge.
      expect(ours).toBeLessThan(records.findIndex((record) => record.get === `/articles/${SLUG}`));
    } finally {
      await publishArticleWith(session, documentId, { title });
    }
    await waitForText(`${scale.siteB}/articles/${SLUG}`, title, 20_000);
  });
});
