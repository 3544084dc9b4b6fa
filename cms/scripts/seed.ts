/**
 * `npm run seed` (from the repo root or cms/): adds the demo content that is missing, then exits.
 * Safe to run any number of times. Uses the database configured in cms/.env (SQLite by default).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { compileStrapi, createStrapi } from '@strapi/strapi';
import { seedDemoContent } from '../src/seed';

const APP_DIR = path.resolve(__dirname, '..');

async function main() {
  const envFile = path.join(APP_DIR, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  // This process seeds explicitly; the app's own bootstrap must not seed as well.
  process.env.SEED_DEMO_CONTENT = 'never';

  console.log('seed: compiling the CMS…');
  const appContext = await compileStrapi({ appDir: APP_DIR });
  console.log('seed: starting the CMS (no HTTP server, no admin panel)…');
  const strapi = createStrapi({ ...appContext, serveAdminPanel: false });
  strapi.log.level = 'warn'; // keep the output to the seed's own progress lines
  await strapi.load();
  try {
    await seedDemoContent(strapi, (line) => console.log(line));
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('seed: failed');
    console.error(error);
    process.exit(1);
  },
);
