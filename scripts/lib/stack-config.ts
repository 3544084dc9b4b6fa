import type { EnvValues } from './dotenv';
import { parsePort } from './ports';

export type StackMode = 'production' | 'development';

export interface StackConfig {
  mode: StackMode;
  cmsPort: number;
  webPort: number;
  /** Environment for the CMS processes (Strapi reads cms/.env itself; these values take precedence). */
  cmsEnv: NodeJS.ProcessEnv;
  /** Environment for the site processes (Next.js reads web/.env itself; these values take precedence). */
  webEnv: NodeJS.ProcessEnv;
}

/**
 * Ports come from CMS_PORT / WEB_PORT, else cms/.env's PORT / 3000. When a port is overridden, the URLs
 * each app uses to reach the other follow it, so the override needs no edits in the .env files.
 */
export function stackConfig(
  mode: StackMode,
  cmsValues: EnvValues,
  processEnv: NodeJS.ProcessEnv,
): StackConfig {
  const cmsPort = parsePort(
    processEnv.CMS_PORT,
    parsePort(cmsValues.PORT, 1337, 'PORT in cms/.env'),
    'CMS_PORT',
  );
  const webPort = parsePort(processEnv.WEB_PORT, 3000, 'WEB_PORT');
  const cmsOverridden = processEnv.CMS_PORT !== undefined && processEnv.CMS_PORT !== '';
  const webOverridden = processEnv.WEB_PORT !== undefined && processEnv.WEB_PORT !== '';

  // PORT is always passed: an inherited PORT from the shell would otherwise beat cms/.env.
  const cmsEnv: NodeJS.ProcessEnv = { ...processEnv, NODE_ENV: mode, PORT: String(cmsPort) };
  const webEnv: NodeJS.ProcessEnv = { ...processEnv, NODE_ENV: mode };
  delete webEnv.PORT;
  if (cmsOverridden) {
    cmsEnv.PUBLIC_URL = `http://localhost:${cmsPort}`;
    webEnv.CMS_URL = `http://127.0.0.1:${cmsPort}`;
    webEnv.CMS_PUBLIC_URL = cmsEnv.PUBLIC_URL;
  }
  if (webOverridden) {
    cmsEnv.WEB_URL = `http://localhost:${webPort}`;
    webEnv.SITE_URL = `http://localhost:${webPort}`;
  }
  return { mode, cmsPort, webPort, cmsEnv, webEnv };
}
