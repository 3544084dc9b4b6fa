import { withPort, type Argv } from './commands';
import type { StackConfig } from './stack-config';
import type { Log, Supervisor } from './supervisor';
import { formatSeconds, sinceProcessStart } from './timing';
import { waitForHttp } from './wait-for';

export interface ServiceContext {
  rootDir: string;
  supervisor: Supervisor;
  config: StackConfig;
  log: Log;
}

export const CMS_HEALTH_PATH = '/_health';
export const WEB_HEALTH_PATH = '/api/health';

async function startAndWait(
  context: ServiceContext,
  name: string,
  argv: Argv,
  env: NodeJS.ProcessEnv,
  health: { url: string; status: number; timeoutMs: number },
): Promise<void> {
  context.log(`${name}: starting (${argv.join(' ')})`);
  context.supervisor.service(name, argv, { cwd: context.rootDir, env });
  const tookMs = await waitForHttp(health.url, {
    expectStatus: health.status,
    timeoutMs: health.timeoutMs,
    signal: context.supervisor.signal,
  });
  context.log(
    `${name}: healthy after ${formatSeconds(tookMs)} (${formatSeconds(sinceProcessStart())} since the command began)`,
  );
}

/** Start the CMS and wait until GET /_health answers 204 (the first boot seeds demo content first). */
export function startCms(context: ServiceContext, argv: Argv, timeoutMs: number): Promise<void> {
  const url = `http://127.0.0.1:${context.config.cmsPort}${CMS_HEALTH_PATH}`;
  return startAndWait(context, 'cms', argv, context.config.cmsEnv, { url, status: 204, timeoutMs });
}

/** Start the site on its port and wait until GET /api/health answers 200. */
export function startWeb(context: ServiceContext, argv: Argv, timeoutMs: number): Promise<void> {
  const url = `http://127.0.0.1:${context.config.webPort}${WEB_HEALTH_PATH}`;
  const command = withPort(argv, context.config.webPort);
  return startAndWait(context, 'web', command, context.config.webEnv, { url, status: 200, timeoutMs });
}
