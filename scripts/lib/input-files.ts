import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Directory names that never hold build inputs: installs, build output, caches, runtime data, tests. */
const IGNORED_DIR_NAMES = new Set([
  'node_modules',
  'dist',
  '.next',
  '.tmp',
  '.strapi',
  '.cache',
  '.git',
  'coverage',
  'build',
  'tests',
  'e2e',
]);

/** Paths (relative to the scanned directory) that are generated or written at run time. */
const IGNORED_RELATIVE_PATHS = new Set(['public/uploads', 'types/generated']);

const IGNORED_FILE_PATTERNS = [
  /^\.env($|\.)/, // local settings and secrets: read at run time, not baked into a build
  /\.test\.[cm]?[jt]sx?$/,
  /\.log$/,
  /\.tsbuildinfo$/,
  /^next-env\.d\.ts$/, // written by `next build` itself
  /^\.DS_Store$/,
  /^\.skinfacts-build-stamp$/,
  /^\.strapi-updater\.json$/, // Strapi's CLI writes this on every run
];

export function isIgnoredFile(name: string): boolean {
  return IGNORED_FILE_PATTERNS.some((pattern) => pattern.test(name));
}

/**
 * Every regular file under `dir` that can influence a build, as sorted POSIX paths relative to `dir`.
 * Symbolic links are skipped (workspace links in node_modules are the usual ones).
 */
export function listInputFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!IGNORED_DIR_NAMES.has(entry.name) && !IGNORED_RELATIVE_PATHS.has(child)) walk(child);
      } else if (entry.isFile() && !isIgnoredFile(entry.name)) {
        found.push(child);
      }
    }
  };
  walk('');
  return found.sort();
}
