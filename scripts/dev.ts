/**
 * `npm run dev`: Strapi in develop mode (auto-reload, content-type builder) and `next dev`, with the same
 * .env files as `npm start`. Only @skinfacts/shared is built ahead, because both apps import its dist.
 */
import path from 'node:path';
import { ensureBuilt } from './lib/build';
import { prepareStack } from './lib/prepare';
import { CMS_DEVELOP_COMMAND, WEB_DEV_COMMAND } from './lib/processes';
import { log, runMain } from './lib/run-main';
import { startCms, startWeb } from './lib/services';
import { drawBox, summaryLines } from './lib/summary';
import { sinceProcessStart } from './lib/timing';
import { WORKSPACES } from './lib/workspaces';

const rootDir = path.resolve(__dirname, '..');

runMain(async (supervisor) => {
  const { config, cmsValues } = await prepareStack(rootDir, 'development', log);
  const context = { rootDir, supervisor, config, log };

  await ensureBuilt({ rootDir, supervisor, log, env: config.cmsEnv }, WORKSPACES.shared);
  // develop compiles the TypeScript app and starts the admin's dev server before it answers.
  await startCms(context, CMS_DEVELOP_COMMAND, 300_000);
  // next dev compiles a route on its first request, so the first health check is slow.
  await startWeb(context, WEB_DEV_COMMAND, 180_000);

  const lines = summaryLines({ ...config, cmsEnv: cmsValues, readyAfterMs: sinceProcessStart() });
  log(`\n${drawBox(lines)}\n`);
  log('Note: edits in shared/src need `npm run build -w @skinfacts/shared` to reach the running apps.');
});
