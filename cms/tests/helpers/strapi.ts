import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from './test-database';
import { setTestEnv } from './test-env';

const APP_DIR = path.resolve(__dirname, '..', '..');

export type TestStrapi = {
  strapi: Core.Strapi;
  /** supertest bound to this instance's HTTP server. */
  http: () => ReturnType<typeof request>;
  stop: () => Promise<void>;
};

/**
 * Boots the real compiled app (global-setup compiled it) on its own empty database, without the admin UI.
 * Extra env (e.g. SEED_ADMIN_EMAIL) can be passed for bootstrap behaviour under test. With `database`, it boots
 * on that one instead (a restart) and leaves dropping it to the caller.
 */
export async function startTestStrapi(
  extraEnv: Record<string, string> = {},
  options: { database?: TestDatabase } = {},
): Promise<TestStrapi> {
  const database: TestDatabase = options.database ?? (await createTestDatabase());
  setTestEnv({ ...database.env, ...extraEnv });

  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    serveAdminPanel: false,
  }).load();
  strapi.log.level = 'warn';
  strapi.server.mount();

  return {
    strapi,
    http: () => request(strapi.server.httpServer),
    stop: async () => {
      await strapi.destroy();
      if (!options.database) await database.drop();
    },
  };
}
