/**
 * `npm run start:cluster`: the production topology on one machine (README, "Running at scale"): Varnish on
 * :3000 in front of two site instances (:3001, :3002) sharing one Redis cache, HAProxy on :1337 in front of
 * two CMS instances (:1338, :1339) on one PostgreSQL database. Builds once, like `npm start`.
 */
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from './lib/build';
import { hashBuildInputs } from './lib/build-stamp';
import { DEFAULT_CLUSTER_LAYOUT, cmsInstanceEnv, siteInstanceEnv, urlOf } from './lib/cluster/layout';
import { DEFAULT_CLUSTER_DATABASE_URL, ensureDatabase } from './lib/cluster/postgres';
import { checkRedis, DEFAULT_REDIS_URL } from './lib/cluster/redis-check';
import { startCmsTier, startSiteTier } from './lib/cluster/run-cluster';
import { CLUSTER_WEB_DIST_DIR, webWorkspaceIn } from './lib/cluster/web-build';
import { requireEdgePrograms } from './lib/edge/edge-programs';
import { ensureEnvFiles } from './lib/env-files';
import { busyPorts } from './lib/ports';
import { StartupError } from './lib/prepare';
import { log, runMain } from './lib/run-main';
import { drawBox, summaryLines } from './lib/summary';
import { sinceProcessStart } from './lib/timing';
import { WORKSPACES } from './lib/workspaces';

const rootDir = path.resolve(__dirname, '..');
const layout = DEFAULT_CLUSTER_LAYOUT;

runMain(async (supervisor) => {
  const programs = requireEdgePrograms();
  const files = ensureEnvFiles(rootDir);
  for (const line of files.report) log(line);
  if (files.mismatches.length > 0) {
    throw new StartupError(
      `${files.mismatches.join(', ')} differ between cms/.env and web/.env; see npm start.`,
    );
  }
  const services = {
    databaseUrl: process.env.DATABASE_URL || DEFAULT_CLUSTER_DATABASE_URL,
    redisUrl: process.env.REDIS_URL || DEFAULT_REDIS_URL,
    redisKeyPrefix: process.env.REDIS_KEY_PREFIX || 'skinfacts:',
  };
  const ports = [layout.edge, ...layout.sites, layout.cmsProxy, ...layout.cmsInstances].map(({ port }) => ({
    port,
    label: 'cluster',
    envVar: 'nothing (the cluster has fixed ports)',
  }));
  const busy = await busyPorts(ports);
  if (busy.length > 0) throw new StartupError(busy.join('\n'));
  await checkRedis(services.redisUrl);
  if (await ensureDatabase(services.databaseUrl))
    log(`database: created ${new URL(services.databaseUrl).pathname}`);

  const cmsBase = { ...process.env, PUBLIC_URL: files.cms.PUBLIC_URL || urlOf(layout.cmsProxy) };
  const siteEnv = {
    ...siteInstanceEnv(process.env, layout, services),
    NEXT_DIST_DIR: CLUSTER_WEB_DIST_DIR,
    SITE_URL: `http://localhost:${layout.edge.port}`,
    // One build served by every instance: they agree on the deployment (and on web/.env's Server Actions key).
    NEXT_DEPLOYMENT_ID:
      process.env.NEXT_DEPLOYMENT_ID ||
      `skinfacts-${hashBuildInputs(rootDir, WORKSPACES.web.inputs).slice(0, 12)}`,
  };
  const settings = {
    rootDir,
    supervisor,
    log,
    layout,
    programs,
    workDir: path.join(os.tmpdir(), `skinfacts-cluster-${process.pid}`),
    cmsEnv: (index: number) => cmsInstanceEnv(cmsBase, layout, services, index),
    siteEnv,
    lifecycle: 'service' as const,
  };

  const cmsBuild = { rootDir, supervisor, log, env: settings.cmsEnv(0), fileEnv: files.cms };
  await ensureBuilt(cmsBuild, WORKSPACES.shared);
  await ensureBuilt(cmsBuild, WORKSPACES.cms);
  await startCmsTier(settings);
  // Built while the CMS runs, as with npm start: `next build` prerenders pages from it.
  await ensureBuilt(
    { rootDir, supervisor, log, env: siteEnv, fileEnv: files.web },
    webWorkspaceIn(CLUSTER_WEB_DIST_DIR),
  );
  await startSiteTier(settings);

  const topology = [
    `Edge (Varnish) :${layout.edge.port} → site instances ${layout.sites.map(({ port }) => `:${port}`).join(', ')}`,
    `CMS proxy (HAProxy) :${layout.cmsProxy.port} → CMS instances ${layout.cmsInstances.map(({ port }) => `:${port}`).join(', ')}`,
    `PostgreSQL ${new URL(services.databaseUrl).host}${new URL(services.databaseUrl).pathname} · Redis ${new URL(services.redisUrl).host}`,
  ];
  const lines = summaryLines({
    mode: 'production',
    cmsPort: layout.cmsProxy.port,
    webPort: layout.edge.port,
    cmsEnv: files.cms,
    readyAfterMs: sinceProcessStart(),
    topology,
  });
  log(`\n${drawBox(lines)}\n`);
});
