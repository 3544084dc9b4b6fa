import { contentPath } from '@skinfacts/shared/site-routes';
import { startTestCluster } from '../lib/cluster/test-cluster';
import { describeLoad, measureLoad, type LoadFigures } from './load';
import { serveWithNginx } from './nginx';
import { measurePublishLatency } from './publish-latency';
import { median } from './stats';
import { measureWithWrk, wrkProgram } from './wrk';

const GZIP = { 'accept-encoding': 'gzip' };

/**
 * The cluster's edge: the warm article page through Varnish next to nginx sending the same bytes, both
 * gzipped, measured by wrk when it is installed; then publish → visible through the edge.
 */
export async function benchEdge(rootDir: string, article: string, connections: number, seconds: number) {
  console.log('\nbench: starting the cluster (Varnish, HAProxy, 2 sites, 2 CMS instances)…');
  const cluster = await startTestCluster(rootDir, () => undefined);
  try {
    const pageUrl = `${cluster.edgeUrl}${contentPath.article(article)}`;
    const html = await (await fetch(pageUrl)).text();
    const wrk = wrkProgram();
    const measure = (url: string): Promise<LoadFigures> =>
      wrk
        ? measureWithWrk(wrk, url, connections, seconds, GZIP)
        : measureLoad(url, connections, seconds, GZIP);
    await measure(pageUrl); // warm
    const edge = await measure(pageUrl);
    const nginx = await serveWithNginx(html);
    const baseline = nginx ? await measure(nginx.url) : undefined;
    await nginx?.close();

    const tool = wrk ? 'wrk' : 'autocannon (install wrk for figures past ~20,000 req/s)';
    console.log(
      `\nArticle page through the edge, gzip, ${connections} connections, ${seconds} s, ${tool} (aim: ≥ 0.5× nginx)`,
    );
    console.log(`  edge (Varnish): ${describeLoad(edge)}`);
    if (baseline) {
      console.log(`  nginx, same ${html.length} bytes, gzip_static: ${describeLoad(baseline)}`);
      console.log(
        `  ratio: the edge serves ${(edge.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}× nginx's rate`,
      );
    } else {
      console.log('  nginx: not installed (apt-get install nginx-light), no ratio');
    }

    const latencies = await measurePublishLatency(
      {
        cmsUrl: cluster.cmsInstances[0]?.url ?? cluster.cmsProxyUrl,
        webUrl: cluster.edgeUrl,
        admin: cluster.admin,
      },
      'preparing-for-microneedling',
      10,
    );
    console.log('\nPublish in CMS A → visible through the edge, 10 rounds (aim: ≤ 1 s p95)');
    console.log(
      `  median ${median(latencies).toFixed(0)} ms; each: ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms`,
    );
  } finally {
    await cluster.stop();
  }
}
