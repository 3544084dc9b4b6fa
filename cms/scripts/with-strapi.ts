import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { compileStrapi, createStrapi } from '@strapi/strapi';

const APP_DIR = path.resolve(__dirname, '..');

/**
 * Runs `task` against the CMS's own database (cms/.env; SQLite by default) without an HTTP server or admin
 * panel, then shuts Strapi down and exits: 0 on success, 1 with the error printed.
 */
export function runWithStrapi(name: string, task: (strapi: Core.Strapi) => Promise<void>) {
  const run = async () => {
    const envFile = path.join(APP_DIR, '.env');
    if (existsSync(envFile)) process.loadEnvFile(envFile);
    process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
    // A script does its own work; the app's bootstrap must not seed demo content as well.
    process.env.SEED_DEMO_CONTENT = 'never';

    console.log(`${name}: compiling the CMS…`);
    const appContext = await compileStrapi({ appDir: APP_DIR });
    const strapi = createStrapi({ ...appContext, serveAdminPanel: false });
    strapi.log.level = 'warn'; // keep the output to the script's own lines
    await strapi.load();
    try {
      await task(strapi);
    } finally {
      await strapi.destroy();
    }
  };

  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`${name}: failed`);
      console.error(error);
      process.exit(1);
    },
  );
}
