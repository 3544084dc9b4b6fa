import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from './test-database';
import { setTestEnv } from './test-env';

const APP_DIR = path.resolve(__dirname, '..', '..');

type PoolCounts = { numUsed(): number; numPendingAcquires(): number; numPendingCreates(): number };

/**
 * Waits (up to 5 s) until no query is running or waiting for a connection. Strapi emits its entry events after a
 * write commits, without awaiting them (their read runs on a fresh connection), so the last write of a test can
 * still be reading when the test stops the app. Destroyed or dropped under it, that read waits for a connection
 * until the pool's acquire timeout (60 s) and then fails in whichever test file runs by then.
 */
async function untilDatabaseIdle(strapi: Core.Strapi) {
  const client = strapi.db.connection.client as { pool?: PoolCounts };
  const busy = () =>
    client.pool
      ? client.pool.numUsed() + client.pool.numPendingAcquires() + client.pool.numPendingCreates()
      : 0;
  let idleChecks = 0;
  for (let waited = 0; waited < 5_000 && idleChecks < 2; waited += 50) {
    idleChecks = busy() === 0 ? idleChecks + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

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
      await untilDatabaseIdle(strapi);
      await strapi.destroy();
      if (!options.database) await database.drop();
    },
  };
}
