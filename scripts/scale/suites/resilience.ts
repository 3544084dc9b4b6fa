import type { TestCluster } from '../../lib/cluster/test-cluster';
import type { Instance } from '../../lib/cluster/run-cluster';
import { titleEditor } from '../lib/articles';
import { runLoad } from '../lib/load';
import { get, sleep, untilAllShow } from '../lib/poll';

const SLUG = 'preparing-for-microneedling';
/** Varnish probes every second and needs two of three to fail: a stopped instance is out within ~3 s. */
const PROBE_SETTLE_MS = 4_000;

async function kill(instance: Instance) {
  instance.process.signal('SIGKILL');
  await instance.process.exited;
}

/** Instances dying and coming back, every site instance gone, and Redis gone. */
export function resilienceSuite(clusterOf: () => TestCluster): void {
  let cluster: TestCluster;
  beforeAll(() => {
    cluster = clusterOf();
  });

  it('answers every request while site A is killed and restarted and site B is stopped (60 s of load)', async () => {
    const [siteA, siteB] = cluster.sites as [Instance, Instance];
    const editor = await titleEditor(cluster.cmsInstances[0]!.url, cluster.admin, SLUG);
    // Cached pages, pages rendered on every request (/articles, /search) and RSC requests the edge passes on.
    // Not /api/health: an instance that is draining answers it 503 on purpose.
    const urls = [
      '/',
      editor.path,
      '/articles',
      '/topics',
      '/search?q=needle',
      '/topics?_rsc=load',
      '/feed.xml',
    ].map((path) => `${cluster.edgeUrl}${path}`);
    const stopLoad = new AbortController();
    const load = runLoad(urls, 8, stopLoad.signal);
    const started = Date.now();

    await sleep(8_000);
    await kill(siteA);
    await sleep(6_000);
    await siteA.start();
    await sleep(PROBE_SETTLE_MS);
    await siteB.process.stop();
    await sleep(8_000);
    await siteB.start();
    await sleep(Math.max(0, 62_000 - (Date.now() - started)));
    stopLoad.abort();

    const result = await load;
    process.stdout.write(
      `instance loss: ${result.requests} requests through the edge in ${Math.round((Date.now() - started) / 1000)} s\n`,
    );
    expect(result.failures).toEqual([]);
    expect(result.requests).toBeGreaterThan(500);
  });

  it('keeps answering cached pages (even stale ones) with every site instance down, and a friendly 503 otherwise', async () => {
    const editor = await titleEditor(cluster.cmsInstances[0]!.url, cluster.admin, SLUG);
    const cached = [`${cluster.edgeUrl}${editor.path}`, `${cluster.edgeUrl}/`];
    for (const url of cached) expect((await get(url)).status).toBe(200);
    // The home page turns stale, as after a publish, so only the edge's grace can still serve it.
    const purge = await fetch(`${cluster.edgeUrl}/`, {
      method: 'PURGE',
      headers: { 'xkey-softpurge': 'articles' },
    });
    expect(purge.status).toBe(200);

    await Promise.all(cluster.sites.map((site) => site.process.stop()));
    await sleep(PROBE_SETTLE_MS);
    try {
      for (const url of cached) {
        const answer = await get(url);
        expect([url, answer.status]).toEqual([url, 200]);
      }
      const uncached = await get(`${cluster.edgeUrl}/topics?never-cached=${Date.now()}`);
      expect(uncached.status).toBe(503);
      expect(uncached.headers.get('retry-after')).toBe('30');
      expect(uncached.text).toContain('right back');
    } finally {
      await Promise.all(cluster.sites.map((site) => site.start()));
      await sleep(PROBE_SETTLE_MS);
    }
  });

  it('serves pages with Redis down, and a publish made meanwhile is fresh everywhere once Redis is back', async () => {
    const editor = await titleEditor(cluster.cmsInstances[0]!.url, cluster.admin, SLUG);
    const pageUrls = [
      ...cluster.sites.map((site) => `${site.url}${editor.path}`),
      `${cluster.edgeUrl}${editor.path}`,
    ];
    for (const url of pageUrls) await get(url); // in the shared cache and the edge before the outage

    cluster.redisLink.switchTo('refuse');
    try {
      for (const url of [...pageUrls, ...cluster.sites.map((site) => `${site.url}/articles`)]) {
        expect([url, (await get(url)).status]).toEqual([url, 200]);
      }
      const title = `Published while Redis was down ${Date.now()}`;
      await editor.publish(title);
      await sleep(3_000);
      cluster.redisLink.switchTo('open');
      await untilAllShow(pageUrls, title, 60_000, 200);
      for (let check = 0; check < 20; check += 1) {
        for (const url of pageUrls) expect((await get(url)).text).toContain(title);
        await sleep(250);
      }
    } finally {
      cluster.redisLink.switchTo('open');
      await editor.publish(editor.original);
    }
  });
}
