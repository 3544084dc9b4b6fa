/**
 * `npm start`: production mode on embedded SQLite. Creates the .env files, builds whatever changed since the
 * last build, starts the CMS, builds/starts the site once the CMS answers, and prints where everything is.
 */
import path from 'node:path';
import { ensureBuilt } from './lib/build';
import { prepareStack } from './lib/prepare';
import { CMS_START_COMMAND, WEB_START_COMMAND } from './lib/processes';
import { log, runMain } from './lib/run-main';
import { startCms, startWeb } from './lib/services';
import { drawBox, summaryLines } from './lib/summary';
import { sinceProcessStart } from './lib/timing';
import { WORKSPACES } from './lib/workspaces';

const rootDir = path.resolve(__dirname, '..');

runMain(async (supervisor) => {
  const { config, cmsValues, webValues } = await prepareStack(rootDir, 'production', log);
  const context = { rootDir, supervisor, config, log };
  const cmsBuild = { rootDir, supervisor, log, env: config.cmsEnv, fileEnv: cmsValues };
  const webBuild = { rootDir, supervisor, log, env: config.webEnv, fileEnv: webValues };

  await ensureBuilt(cmsBuild, WORKSPACES.shared);
  await ensureBuilt(cmsBuild, WORKSPACES.cms);
  await startCms(context, CMS_START_COMMAND, 120_000);

  // The site is built while the CMS runs: `next build` prerenders pages, and those read from the CMS.
  await ensureBuilt(webBuild, WORKSPACES.web);
  await startWeb(context, WEB_START_COMMAND, 60_000);

  const lines = summaryLines({ ...config, cmsEnv: cmsValues, readyAfterMs: sinceProcessStart() });
  log(`\n${drawBox(lines)}\n`);
});
