import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildCommand } from './commands';
import { selectBuildEnv } from './build-env';
import { hashBuildInputs, readStamp, writeStamp } from './build-stamp';
import { describeExit } from './processes';
import type { Log, Supervisor } from './supervisor';
import { formatSeconds } from './timing';
import { stampFile, type Workspace } from './workspaces';

export class BuildFailedError extends Error {
  constructor(workspace: Workspace, detail: string) {
    super(`${workspace.key}: build failed (${detail}). The output above shows why.`);
    this.name = 'BuildFailedError';
  }
}

export interface BuildContext {
  rootDir: string;
  supervisor: Supervisor;
  log: Log;
  /** Environment of the build process. */
  env: NodeJS.ProcessEnv;
  /** Values of the workspace's own .env file (the build reads them too). */
  fileEnv?: Record<string, string>;
}

export type BuildDecision = { build: false } | { build: true; reason: string };

/** Why `workspace` must be built, or that it need not be. */
export function decideBuild(rootDir: string, workspace: Workspace, hash: string): BuildDecision {
  const stamp = readStamp(stampFile(rootDir, workspace));
  if (stamp === null) return { build: true, reason: 'no finished build found' };
  if (stamp !== hash) return { build: true, reason: 'sources or settings changed' };
  const missing = workspace.outputs.find((output) => !existsSync(path.join(rootDir, output)));
  if (missing) return { build: true, reason: `${missing} is missing` };
  return { build: false };
}

/**
 * Build `workspace` unless its stamp holds the hash of its current inputs and its outputs are all there.
 * The stamp is removed before building and written only after a build that succeeded, and the hash is
 * taken before the build, so an edit made while building makes the next run build again.
 */
export async function ensureBuilt(context: BuildContext, workspace: Workspace): Promise<void> {
  const buildEnv = selectBuildEnv(workspace.buildEnv, context.fileEnv ?? {}, context.env);
  const hash = hashBuildInputs(context.rootDir, workspace.inputs, buildEnv);
  const decision = decideBuild(context.rootDir, workspace, hash);
  if (!decision.build) {
    context.log(`${workspace.key}: up to date`);
    return;
  }
  context.log(`${workspace.key}: building… (${decision.reason}; ${workspace.buildHint})`);
  const stamp = stampFile(context.rootDir, workspace);
  rmSync(stamp, { force: true });
  const started = Date.now();
  const build = context.supervisor.run(`${workspace.key} build`, buildCommand(workspace.packageName), {
    cwd: context.rootDir,
    env: context.env,
  });
  const status = await build.exited;
  context.supervisor.signal.throwIfAborted();
  if (status.code !== 0) throw new BuildFailedError(workspace, describeExit(status));
  const missing = workspace.outputs.filter((output) => !existsSync(path.join(context.rootDir, output)));
  if (missing.length > 0) throw new BuildFailedError(workspace, `it did not produce ${missing.join(', ')}`);
  writeStamp(stamp, hash);
  context.log(`${workspace.key}: built in ${formatSeconds(Date.now() - started)}`);
}
