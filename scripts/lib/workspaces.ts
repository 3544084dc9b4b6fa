import path from 'node:path';
import { STAMP_FILE_NAME, type BuildInputs } from './build-stamp';
import type { BuildEnvSpec } from './build-env';

export type WorkspaceKey = 'shared' | 'cms' | 'web';

export interface Workspace {
  key: WorkspaceKey;
  /** npm package name, used with `npm run <script> -w <name>`. */
  packageName: string;
  /** Directory relative to the repository root. */
  dir: string;
  /** Where the build stamp lives (relative to the repository root): inside the build output. */
  stampDir: string;
  inputs: BuildInputs;
  /** Environment values baked into the output; changing one means building again. */
  buildEnv: BuildEnvSpec;
  /** Files (relative to the repository root) a complete build leaves behind; if one is gone, build again. */
  outputs: string[];
  /** Shown while building, so nobody thinks the command hangs. */
  buildHint: string;
}

/** Files at the root that change how every workspace builds. */
const ROOT_INPUTS = ['package.json', 'package-lock.json', 'tsconfig.base.json'];

export const WORKSPACES: Record<WorkspaceKey, Workspace> = {
  shared: {
    key: 'shared',
    packageName: '@skinfacts/shared',
    dir: 'shared',
    stampDir: 'shared/dist',
    inputs: { dirs: ['shared'], files: ROOT_INPUTS },
    buildEnv: { keys: [], prefixes: [] },
    outputs: ['shared/dist/index.js'],
    buildHint: 'a few seconds',
  },
  cms: {
    key: 'cms',
    packageName: '@skinfacts/cms',
    dir: 'cms',
    // Inside the admin build: `strapi develop` and the test harness recompile dist/ but keep dist/build,
    // and `strapi build` removes dist/build first, so the stamp goes whenever the admin build goes.
    stampDir: 'cms/dist/build',
    // The server code loads @skinfacts/shared at run time, but the admin bundle may include it.
    inputs: { dirs: ['cms', 'shared'], files: ROOT_INPUTS },
    buildEnv: { keys: ['PUBLIC_URL', 'STRAPI_TELEMETRY_DISABLED'], prefixes: ['STRAPI_ADMIN_'] },
    outputs: ['cms/dist/src/index.js', 'cms/dist/build/index.html'],
    buildHint: 'first run takes about a minute',
  },
  web: {
    key: 'web',
    packageName: '@skinfacts/web',
    dir: 'web',
    stampDir: 'web/.next',
    // Next.js bundles @skinfacts/shared into the site, so its sources are inputs too.
    inputs: { dirs: ['web', 'shared'], files: ROOT_INPUTS },
    buildEnv: { keys: ['CMS_URL', 'SITE_URL'], prefixes: ['NEXT_PUBLIC_'] },
    outputs: ['web/.next/BUILD_ID'],
    buildHint: 'first run takes a minute or two',
  },
};

export function stampFile(rootDir: string, workspace: Workspace): string {
  return path.join(rootDir, workspace.stampDir, STAMP_FILE_NAME);
}
