import { ensureEnvFiles } from './env-files';
import type { EnvValues } from './dotenv';
import { busyPorts } from './ports';
import { stackConfig, type StackConfig, type StackMode } from './stack-config';
import type { Log } from './supervisor';

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export interface PreparedStack {
  config: StackConfig;
  /** Values of cms/.env and web/.env. */
  cmsValues: EnvValues;
  webValues: EnvValues;
}

/** Steps shared by start and dev: env files, port settings, and a check that both ports are free. */
export async function prepareStack(rootDir: string, mode: StackMode, log: Log): Promise<PreparedStack> {
  const files = ensureEnvFiles(rootDir);
  for (const line of files.report) log(line);
  if (files.mismatches.length > 0) {
    throw new StartupError(
      `${files.mismatches.join(', ')} must be equal in cms/.env and web/.env (the site and the CMS use them ` +
        'to trust each other). Copy the value from cms/.env to web/.env, or delete the line from web/.env.',
    );
  }
  const config = stackConfig(mode, files.cms, process.env);
  const busy = await busyPorts([
    { port: config.cmsPort, label: 'CMS', envVar: 'CMS_PORT' },
    { port: config.webPort, label: 'site', envVar: 'WEB_PORT' },
  ]);
  if (busy.length > 0) throw new StartupError(busy.join('\n'));
  return { config, cmsValues: files.cms, webValues: files.web };
}
