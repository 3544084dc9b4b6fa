import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireEdgePrograms } from '../lib/edge/edge-programs';
import { startVarnish } from '../lib/edge/start-edge';
import { freePort } from '../lib/ports';
import { Supervisor } from '../lib/supervisor';
import { requestFrom } from './lib/from-address';
import { get, sleep } from './lib/poll';
import { startStandInSite } from './lib/stand-in-site';

/** The edge's VCL (deploy/varnish/skinfacts.vcl) in real Varnish, in front of a stand-in site it can't tell apart. */
let site: Awaited<ReturnType<typeof startStandInSite>>;
let edgeUrl: string;
const supervisor = new Supervisor((line) => process.env.SCALE_VERBOSE && process.stdout.write(`${line}\n`));
const workDir = mkdtempSync(path.join(os.tmpdir(), 'skinfacts-edge-rules-'));

beforeAll(async () => {
  site = await startStandInSite();
  const edge = await startVarnish(
    supervisor,
    {
      program: requireEdgePrograms().varnishd,
      listen: { host: '127.0.0.1', port: await freePort() },
      sites: [{ host: '127.0.0.1', port: site.port }],
      workDir,
      storage: '32m',
      lifecycle: 'run',
    },
    () => undefined,
  );
  edgeUrl = edge.url;
}, 60_000);

afterAll(async () => {
  await supervisor.shutdownChildren();
  await site.close();
  rmSync(workDir, { recursive: true, force: true });
});

beforeEach(() => {
  site.setMode('ok');
  site.setHealthy(true);
});

const purge = (headers: Record<string, string>) => fetch(`${edgeUrl}/`, { method: 'PURGE', headers });

/** A PURGE sent from another loopback address, as another machine would. */
const purgeFrom = async (localAddress: string) =>
  (await requestFrom(`${edgeUrl}/`, { method: 'PURGE', localAddress, headers: { 'xkey-purge': 'pages' } }))
    .status;

it('caches a page once, without cookies, and compresses it itself', async () => {
  const first = await get(`${edgeUrl}/one`, { cookie: 'session=secret', 'accept-encoding': 'gzip' });
  const second = await get(`${edgeUrl}/one`, { cookie: 'other=1' });
  expect(first.headers.get('x-cache')).toBe('miss');
  expect(second.headers.get('x-cache')).toBe('hit');
  expect(second.text).toBe(first.text);
  expect(first.headers.get('set-cookie')).toBeNull();
  expect(first.headers.get('cache-control')).toBe('max-age=0, must-revalidate');
  expect(first.headers.get('xkey')).toBeNull();
  const sent = site.seen.at(-1);
  expect(sent?.cookie).toBeUndefined();
  expect(sent?.['accept-encoding']).toBeUndefined();
  const raw = await fetch(`${edgeUrl}/one`, { headers: { 'accept-encoding': 'gzip' } });
  expect(raw.headers.get('content-encoding')).toBe('gzip');
});

it('purges by key, hard or soft, and only for the machine itself', async () => {
  const before = await get(`${edgeUrl}/two`);
  expect((await purge({})).status).toBe(400);
  expect(await purgeFrom('127.0.0.2')).toBe(403);
  const hard = await purge({ 'xkey-purge': 'page:/two' });
  expect([hard.status, hard.headers.get('x-purged')]).toEqual([200, '1']);
  const after = await get(`${edgeUrl}/two`);
  expect(after.headers.get('x-cache')).toBe('miss');
  expect(after.text).not.toBe(before.text);

  const soft = await purge({ 'xkey-softpurge': 'pages' });
  expect(soft.status).toBe(200);
  const stale = await get(`${edgeUrl}/two`);
  expect(stale.text).toBe(after.text); // served stale while the edge fetches it again
  await sleep(300);
  expect((await get(`${edgeUrl}/two`)).text).not.toBe(after.text);
});

it('keeps a page the site answered as STALE for about a second only', async () => {
  site.setMode('stale');
  const first = await get(`${edgeUrl}/three`);
  site.setMode('ok');
  expect((await get(`${edgeUrl}/three`)).text).toBe(first.text);
  await sleep(1_300);
  await get(`${edgeUrl}/three`); // past its second: served once more while the edge fetches it
  await sleep(300);
  expect((await get(`${edgeUrl}/three`)).text).not.toBe(first.text);
});

it('never replaces a good page with an error, and serves it when the site fails', async () => {
  const good = await get(`${edgeUrl}/four`);
  site.setMode('error');
  await sleep(13_000); // past the TTL (2 s) and the grace a healthy site gets (10 s)
  const during = await get(`${edgeUrl}/four`);
  expect([during.status, during.text]).toEqual([200, good.text]);
  site.setMode('ok');
  await sleep(300);
  expect((await get(`${edgeUrl}/four`)).status).toBe(200);
});

it('answers a page it never had with a friendly 503 when the site fails', async () => {
  site.setMode('error');
  const answer = await get(`${edgeUrl}/never-cached`);
  expect(answer.status).toBe(503);
  expect(answer.headers.get('retry-after')).toBe('30');
  expect(answer.text).toContain('right back');
});

it('passes the API, moderation, RSC and draft-mode requests, cookies and all', async () => {
  for (const [url, headers] of [
    ['/api/comments', {}],
    ['/moderation', {}],
    ['/page', { rsc: '1' }],
    ['/page?_rsc=x', {}],
    ['/page', { cookie: '__prerender_bypass=abc' }],
  ] as const) {
    await get(`${edgeUrl}${url}`, headers);
    const again = await get(`${edgeUrl}${url}`, headers);
    expect([url, again.headers.get('x-cache')]).toEqual([url, 'pass']);
  }
  expect(site.seen.at(-1)?.cookie).toBe('__prerender_bypass=abc');
});

it('serves cached pages while every site instance fails its health probe', async () => {
  const cached = await get(`${edgeUrl}/five`);
  site.setHealthy(false);
  site.setMode('error');
  await sleep(4_000);
  expect((await get(`${edgeUrl}/five`)).text).toBe(cached.text);
});
