import { spawn } from 'node:child_process';
import path from 'node:path';

const APP_DIR = path.resolve(__dirname, '..', '..');

/** Boots the compiled app (global-setup compiled it) in the child, listening on the PORT it inherits (0: any). */
const BOOT = `
const { createStrapi } = require('@strapi/strapi');
createStrapi({ appDir: process.argv[1], distDir: process.argv[2], serveAdminPanel: false })
  .load()
  .then(async (app) => {
    app.log.level = 'warn';
    await app.listen();
    process.stdout.write('listening on ' + app.server.httpServer.address().port + '\\n');
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
`;

/** `kill()`: SIGKILL, as a crash or a lost machine ends a process (nothing finishes, nothing is recorded). */
export type SecondCms = { url: string; pid: number; stop: () => Promise<void>; kill: () => Promise<void> };

/**
 * A second CMS instance in a process of its own, with this process's environment (so the same database,
 * secrets and REDIS_URL) and `extraEnv`: what HAProxy's second backend would be. Call it after the first
 * instance has booted, so the two never build the schema at once.
 */
export function startSecondCms(extraEnv: Record<string, string> = {}): Promise<SecondCms> {
  const child = spawn(process.execPath, ['-e', BOOT, APP_DIR, path.join(APP_DIR, 'dist')], {
    cwd: APP_DIR,
    env: { ...process.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });

  const kill = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening on (\d+)/.exec(output)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, pid: child.pid ?? 0, stop, kill });
    });
    void exited.then(() => reject(new Error(`the second CMS exited before listening:\n${errors}`)));
  });
}
