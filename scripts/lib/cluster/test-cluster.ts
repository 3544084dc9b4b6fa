import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../build';
import { requireEdgePrograms } from '../edge/edge-programs';
import { freePort } from '../ports';
import { Supervisor, type Log } from '../supervisor';
import { startSwitchableProxy, type SwitchableProxy } from '../switchable-proxy';
import { runToCompletion } from '../test-stack';
import { testStackEnv, type TestStackEnv } from '../test-stack-env';
import { WORKSPACES } from '../workspaces';
import { cmsInstanceEnv, layoutOnPorts, siteInstanceEnv, urlOf, type ClusterLayout } from './layout';
import { dropDatabase, ensureDatabase } from './postgres';
import { checkRedis, DEFAULT_REDIS_URL } from './redis-check';
import { startCmsTier, startSiteTier, type Instance } from './run-cluster';

/** The scale tests' own site build. */
export const SCALE_WEB_DIST_DIR = '.next-scale';

export interface TestCluster extends Omit<TestStackEnv, 'cms' | 'web'> {
  layout: ClusterLayout;
  edgeUrl: string;
  cmsProxyUrl: string;
  sites: Instance[];
  cmsInstances: Instance[];
  /** Every app reaches Redis through this, so a test can take Redis away without stopping the server. */
  redisLink: SwitchableProxy;
  redisKeyPrefix: string;
  stop(): Promise<void>;
}

const TEST_POSTGRES_SERVER = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

function databaseUrlFor(name: string): string {
  const url = new URL(TEST_POSTGRES_SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The whole cluster on free ports, as `npm run start:cluster` runs it, with a fresh PostgreSQL database,
 * its own Redis key prefix and fresh secrets and demo accounts; instances may be killed and restarted.
 */
export async function startTestCluster(rootDir: string, log: Log): Promise<TestCluster> {
  const programs = requireEdgePrograms();
  const redisUrl = process.env.REDIS_URL || DEFAULT_REDIS_URL;
  await checkRedis(redisUrl);
  const redis = new URL(redisUrl);
  const redisLink = await startSwitchableProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
  const free = async (count: number) => Promise.all(Array.from({ length: count }, () => freePort()));
  const layout = layoutOnPorts({
    edge: await freePort(),
    cmsProxy: await freePort(),
    sites: await free(2),
    cmsInstances: await free(2),
  });
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'skinfacts-cluster-'));
  const services = {
    databaseUrl: databaseUrlFor(`skinfacts_scale_${randomBytes(4).toString('hex')}`),
    redisUrl: redisLink.url.replace(/^http:/, 'redis:'),
    redisKeyPrefix: `skinfacts-scale-${randomBytes(4).toString('hex')}:`,
  };
  const env = testStackEnv(rootDir, {
    cmsPort: layout.cmsProxy.port,
    webPort: layout.edge.port,
    databaseFile: path.join(workDir, 'unused.db'),
    webDistDir: SCALE_WEB_DIST_DIR,
  });
  const supervisor = new Supervisor(log);
  const settings = {
    rootDir,
    supervisor,
    log,
    layout,
    programs,
    workDir,
    cmsEnv: (index: number) => cmsInstanceEnv(env.cms, layout, services, index),
    siteEnv: {
      ...siteInstanceEnv(env.web, layout, services),
      SITE_URL: urlOf(layout.edge),
      // One build for every instance: they must agree on the deployment and the Server Actions key.
      NEXT_DEPLOYMENT_ID: `scale-${randomBytes(6).toString('hex')}`,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    },
    lifecycle: 'run' as const,
  };
  let cmsInstances: Instance[] = [];
  let sites: Instance[] = [];
  const stop = async () => {
    await Promise.all([...sites, ...cmsInstances].map((each) => each.process?.stop()));
    await supervisor.shutdownChildren();
    await redisLink.close();
    await dropDatabase(services.databaseUrl).catch((error: unknown) =>
      log(`could not drop the database: ${String(error)}`),
    );
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    await ensureDatabase(services.databaseUrl);
    const buildContext = { rootDir, supervisor, log, env: env.cms };
    await ensureBuilt(buildContext, WORKSPACES.shared);
    await ensureBuilt(buildContext, WORKSPACES.cms);
    const cmsTier = await startCmsTier(settings);
    cmsInstances = cmsTier.instances;
    log('site: building for the scale tests…');
    await runToCompletion(
      supervisor.run('web build', ['npx', 'next', 'build'], {
        cwd: path.join(rootDir, 'web'),
        env: settings.siteEnv,
        write: log,
      }),
      'next build',
    );
    const siteTier = await startSiteTier(settings);
    sites = siteTier.instances;
    const { admin, moderator, editor, secrets } = env;
    return {
      layout,
      edgeUrl: siteTier.url,
      cmsProxyUrl: cmsTier.url,
      sites,
      cmsInstances,
      redisLink,
      redisKeyPrefix: services.redisKeyPrefix,
      admin,
      moderator,
      editor,
      secrets,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
