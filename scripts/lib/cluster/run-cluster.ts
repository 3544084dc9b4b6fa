import path from 'node:path';
import { CMS_START_COMMAND, WEB_START_COMMAND, withPort } from '../commands';
import type { HostPort } from '../edge/host-port';
import { startHaproxy, startVarnish } from '../edge/start-edge';
import type { ManagedProcess } from '../processes';
import { CMS_HEALTH_PATH, WEB_HEALTH_PATH } from '../services';
import type { Log, Supervisor } from '../supervisor';
import { waitForHttp } from '../wait-for';
import { urlOf, type ClusterLayout } from './layout';

export interface ClusterPrograms {
  varnishd: string;
  haproxy: string;
}

export interface ClusterSettings {
  rootDir: string;
  supervisor: Supervisor;
  log: Log;
  layout: ClusterLayout;
  programs: ClusterPrograms;
  /** Varnish's and HAProxy's generated configs and working files. */
  workDir: string;
  cmsEnv: (index: number) => NodeJS.ProcessEnv;
  siteEnv: NodeJS.ProcessEnv;
  /**
   * `service`: an instance that dies stops the whole cluster (npm run start:cluster, where a crash must be
   * seen). `run`: it may die (the scale tests kill instances on purpose).
   */
  lifecycle: 'service' | 'run';
  cmsTimeoutMs?: number;
}

/** A running instance that a test can kill and start again on the same port. */
export interface Instance {
  readonly name: string;
  readonly url: string;
  process: ManagedProcess;
  start(): Promise<void>;
}

function instance(
  settings: ClusterSettings,
  name: string,
  address: HostPort,
  argv: readonly [string, ...string[]],
  env: NodeJS.ProcessEnv,
  health: { path: string; status: number; timeoutMs: number },
): Instance {
  const url = urlOf(address);
  const spawn = (): ManagedProcess => {
    const options = { cwd: settings.rootDir, env, write: settings.log };
    return settings.lifecycle === 'service'
      ? settings.supervisor.service(name, argv, options)
      : settings.supervisor.run(name, argv, options);
  };
  const handle: Instance = {
    name,
    url,
    process: undefined as unknown as ManagedProcess,
    async start() {
      handle.process = spawn();
      await waitForHttp(`${url}${health.path}`, {
        expectStatus: health.status,
        timeoutMs: health.timeoutMs,
        signal: settings.supervisor.signal,
      });
      settings.log(`${name}: ready on ${url}`);
    },
  };
  return handle;
}

/**
 * The CMS instances (the first alone, so that only one seeds an empty database) and HAProxy in front of them.
 */
export async function startCmsTier(
  settings: ClusterSettings,
): Promise<{ instances: Instance[]; url: string }> {
  const { layout } = settings;
  const instances = layout.cmsInstances.map((address, index) =>
    instance(settings, `cms-${index + 1}`, address, CMS_START_COMMAND, settings.cmsEnv(index), {
      path: CMS_HEALTH_PATH,
      status: 204,
      timeoutMs: settings.cmsTimeoutMs ?? 180_000,
    }),
  );
  const [first, ...rest] = instances;
  if (!first) throw new Error('The layout has no CMS instance');
  await first.start();
  await Promise.all(rest.map((each) => each.start()));
  const proxy = await startHaproxy(
    settings.supervisor,
    {
      program: settings.programs.haproxy,
      listen: layout.cmsProxy,
      cmsInstances: layout.cmsInstances,
      workDir: path.join(settings.workDir, 'haproxy'),
      lifecycle: settings.lifecycle,
    },
    settings.log,
  );
  return { instances, url: proxy.url };
}

/** The site instances (one build, already made) and Varnish in front of them. */
export async function startSiteTier(
  settings: ClusterSettings,
): Promise<{ instances: Instance[]; url: string }> {
  const { layout } = settings;
  const instances = layout.sites.map((address, index) =>
    instance(
      settings,
      `site-${index + 1}`,
      address,
      withPort(WEB_START_COMMAND, address.port),
      settings.siteEnv,
      {
        path: WEB_HEALTH_PATH,
        status: 200,
        timeoutMs: 90_000,
      },
    ),
  );
  await Promise.all(instances.map((each) => each.start()));
  const edge = await startVarnish(
    settings.supervisor,
    {
      program: settings.programs.varnishd,
      listen: layout.edge,
      sites: layout.sites,
      workDir: path.join(settings.workDir, 'varnish'),
      lifecycle: settings.lifecycle,
    },
    settings.log,
  );
  return { instances, url: edge.url };
}
