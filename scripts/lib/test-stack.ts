import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from './build';
import { startMailSink, type MailSink } from './mail-sink';
import { CMS_START_COMMAND, WEB_START_COMMAND, withPort } from './commands';
import { freePort } from './ports';
import type { ManagedProcess } from './processes';
import { CMS_HEALTH_PATH, WEB_HEALTH_PATH } from './services';
import { Supervisor, type Log } from './supervisor';
import { startSwitchableProxy, type SwitchableProxy } from './switchable-proxy';
import { testStackEnv, type TestStackEnv } from './test-stack-env';
import { waitForHttp } from './wait-for';
import { WORKSPACES } from './workspaces';

/** The site's build for tests lives beside the normal one, so tests never replace what `npm start` serves. */
export const TEST_WEB_DIST_DIR = '.next-test';

/**
 * E2E_WEB_DIST_DIR picks another build directory (`.next-` and a name), so two test runs on one checkout do
 * not build over each other. Ignore files list `.next-*` as build output.
 */
export function testWebDistDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.E2E_WEB_DIST_DIR || TEST_WEB_DIST_DIR;
  if (!/^\.next-[\w-]+$/.test(chosen)) {
    throw new Error(`E2E_WEB_DIST_DIR must be a directory name such as .next-outage (got "${chosen}")`);
  }
  return chosen;
}

export interface TestStackOptions {
  /** Put a switchable pass-through between the site and the CMS, so tests can cut the CMS off. */
  cmsProxy?: boolean;
  /** Give the CMS an SMTP server that keeps every mail as a file in `mailDir` (password-reset links). */
  mailSink?: boolean;
  /**
   * Site instances to run from the one build, each with these extra environment variables; the first is the one
   * the CMS tells about changes. Default: one instance, as `npm start` runs it.
   */
  webInstances?: Array<Record<string, string>>;
  /**
   * Let the site instances share their cache in this Redis (REDIS_URL), under a fresh random key prefix so that
   * test runs never see each other's entries (and nothing has to be flushed).
   */
  sharedCacheRedisUrl?: string;
  /**
   * Start a real OpenID Connect provider (scripts/oidc/test-provider.ts, `oidc-provider`) and configure the site's
   * generic OIDC sign-in (`OIDC_*`) with it.
   */
  oidcProvider?: boolean;
}

export interface TestStack extends Omit<TestStackEnv, 'cms' | 'web'> {
  /** The CMS itself; tests and benchmarks reach it directly, even while the site's link to it is cut. */
  cmsUrl: string;
  webUrl: string;
  /** Every site instance, in the order of `webInstances`; the first is `webUrl`. */
  webUrls: string[];
  /** With `sharedCacheRedisUrl`: the key prefix the instances write under. */
  redisKeyPrefix?: string;
  /** With `cmsProxy`: POST `${url}/refuse`, `/hang` or `/open` switches the site's link to the CMS. */
  cmsProxyControlUrl?: string;
  /** With `mailSink`: the folder where each mail the CMS sends lands as `<n>.eml`. */
  mailDir?: string;
  /** With `oidcProvider`: the provider's issuer URL (its login page takes any login and password). */
  oidcIssuer?: string;
  stop(): Promise<void>;
}

export async function runToCompletion(child: ManagedProcess, what: string) {
  const status = await child.exited;
  if (status.code !== 0) throw new Error(`${what} failed (exit ${status.code ?? status.signal})`);
}

/**
 * The production stack on free ports with a temp SQLite database and seeded demo content, for browser tests
 * and benchmarks: the CMS as `npm start` runs it (built if its sources changed), the site built into its own
 * directory against this CMS. Passes while `npm start` runs.
 */
export async function startTestStack(
  rootDir: string,
  log: Log,
  options: TestStackOptions = {},
): Promise<TestStack> {
  const instances = options.webInstances ?? [{}];
  const cmsPort = await freePort();
  const webPorts: number[] = [];
  while (webPorts.length < instances.length) webPorts.push(await freePort());
  const webPort = webPorts[0] ?? (await freePort());
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'skinfacts-stack-'));
  const env = testStackEnv(rootDir, {
    cmsPort,
    webPort,
    databaseFile: path.join(tempDir, 'data.db'),
    webDistDir: testWebDistDir(),
  });
  const proxy: SwitchableProxy | undefined = options.cmsProxy
    ? await startSwitchableProxy({ host: '127.0.0.1', port: cmsPort })
    : undefined;
  const mailDir = options.mailSink ? path.join(tempDir, 'mail') : undefined;
  let mailSink: MailSink | undefined;
  if (mailDir) {
    mkdirSync(mailDir);
    mailSink = await startMailSink(mailDir);
    Object.assign(env.cms, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailSink.port) });
  }
  // The site's build reads CMS_URL too (next.config's image hosts), so build and server both get the proxy.
  const redisKeyPrefix = options.sharedCacheRedisUrl
    ? `skinfacts-test-${randomBytes(6).toString('hex')}:`
    : undefined;
  const webEnv: NodeJS.ProcessEnv = {
    ...env.web,
    ...(proxy ? { CMS_URL: proxy.url } : {}),
    // One build for every instance: they must agree on the deployment and the Server Actions key.
    NEXT_DEPLOYMENT_ID: `test-${randomBytes(6).toString('hex')}`,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };
  const sharedCacheEnv = options.sharedCacheRedisUrl
    ? { REDIS_URL: options.sharedCacheRedisUrl, REDIS_KEY_PREFIX: redisKeyPrefix }
    : {};
  const supervisor = new Supervisor(log);
  const services: ManagedProcess[] = [];
  let oidcIssuer: string | undefined;
  const stop = async () => {
    await Promise.all(services.map((service) => service.stop()));
    await proxy?.close();
    await mailSink?.close();
    rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    if (options.oidcProvider) {
      const oidcPort = await freePort();
      oidcIssuer = `http://127.0.0.1:${oidcPort}`;
      const clientSecret = randomBytes(24).toString('base64url');
      services.push(
        supervisor.run('oidc', ['npx', 'tsx', 'scripts/oidc/test-provider.ts'], {
          cwd: rootDir,
          env: {
            ...process.env,
            OIDC_TEST_PORT: String(oidcPort),
            OIDC_TEST_CLIENT_ID: 'skinfacts-site',
            OIDC_TEST_CLIENT_SECRET: clientSecret,
            OIDC_TEST_REDIRECT_URI: `http://127.0.0.1:${webPort}/api/auth/callback/oidc`,
          },
          write: log,
        }),
      );
      await waitForHttp(`${oidcIssuer}/.well-known/openid-configuration`, {
        expectStatus: 200,
        timeoutMs: 60_000,
      });
      Object.assign(webEnv, {
        OIDC_ISSUER: oidcIssuer,
        OIDC_CLIENT_ID: 'skinfacts-site',
        OIDC_CLIENT_SECRET: clientSecret,
        OIDC_NAME: 'Test ID',
      });
    }
    const buildContext = { rootDir, supervisor, log, env: env.cms };
    await ensureBuilt(buildContext, WORKSPACES.shared);
    await ensureBuilt(buildContext, WORKSPACES.cms);
    services.push(supervisor.run('cms', CMS_START_COMMAND, { cwd: rootDir, env: env.cms, write: log }));
    await waitForHttp(`http://127.0.0.1:${cmsPort}${CMS_HEALTH_PATH}`, {
      expectStatus: 204,
      timeoutMs: 120_000,
    });

    const webDir = path.join(rootDir, 'web');
    log('web: building for tests…');
    await runToCompletion(
      supervisor.run('web build', ['npx', 'next', 'build'], { cwd: webDir, env: webEnv, write: log }),
      'next build',
    );
    // The same server `npm start` and the Docker image run (web/server.js), not bare `next start`.
    for (const [index, extra] of instances.entries()) {
      const port = webPorts[index] ?? webPort;
      const instanceEnv = { ...webEnv, ...sharedCacheEnv, ...extra };
      const name = instances.length > 1 ? `web ${String.fromCharCode(65 + index)}` : 'web';
      services.push(
        supervisor.run(name, withPort(WEB_START_COMMAND, port), {
          cwd: rootDir,
          env: instanceEnv,
          write: log,
        }),
      );
    }
    for (const port of webPorts) {
      await waitForHttp(`http://127.0.0.1:${port}${WEB_HEALTH_PATH}`, {
        expectStatus: 200,
        timeoutMs: 60_000,
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }

  const { admin, moderator, editor, secrets } = env;
  return {
    cmsUrl: `http://127.0.0.1:${cmsPort}`,
    webUrl: `http://127.0.0.1:${webPort}`,
    webUrls: webPorts.map((port) => `http://127.0.0.1:${port}`),
    redisKeyPrefix,
    cmsProxyControlUrl: proxy?.controlUrl,
    mailDir,
    oidcIssuer,
    admin,
    moderator,
    editor,
    secrets,
    stop,
  };
}
