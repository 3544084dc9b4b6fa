import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listInputFiles } from './input-files';

export const STAMP_FILE_NAME = '.skinfacts-build-stamp';

export interface BuildInputs {
  /** Directories (relative to the repository root) whose files all count, minus the ignored ones. */
  dirs: string[];
  /** Single files (relative to the repository root), e.g. the lockfile; a missing file counts as "absent". */
  files: string[];
}

/**
 * A SHA-256 over the path and content of every input file, plus the build-relevant environment values.
 * Renaming, adding, removing or editing any input changes it; anything in node_modules, dist, .next, .tmp,
 * uploads or .env files does not.
 */
export function hashBuildInputs(
  rootDir: string,
  inputs: BuildInputs,
  buildEnv: Record<string, string> = {},
): string {
  const hash = createHash('sha256');
  for (const [key, value] of Object.entries(buildEnv).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`env:${key}=${value}\0`);
  }
  const add = (relative: string): void => {
    const absolute = path.join(rootDir, relative);
    hash.update(`${relative}\0`);
    hash.update(existsSync(absolute) ? readFileSync(absolute) : '<absent>');
    hash.update('\0');
  };
  for (const dir of [...inputs.dirs].sort()) {
    const absolute = path.join(rootDir, dir);
    if (!existsSync(absolute)) {
      hash.update(`${dir}/\0<absent>\0`);
      continue;
    }
    for (const file of listInputFiles(absolute)) add(`${dir}/${file}`);
  }
  for (const file of [...inputs.files].sort()) add(file);
  return hash.digest('hex');
}

export function readStamp(stampFile: string): string | null {
  return existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;
}

export function writeStamp(stampFile: string, hash: string): void {
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${hash}\n`);
}
