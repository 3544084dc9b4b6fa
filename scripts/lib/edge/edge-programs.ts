import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** The Debian packages that provide each program the cluster runs. */
const PACKAGES = {
  varnishd: 'varnish varnish-modules',
  haproxy: 'haproxy',
} as const;

export type EdgeProgram = keyof typeof PACKAGES;

/** System programs live in sbin, which a non-root PATH often leaves out. */
const EXTRA_DIRS = ['/usr/sbin', '/usr/local/sbin', '/sbin'];

export function findProgram(
  name: string,
  searchPath = process.env.PATH ?? '',
  extraDirs: readonly string[] = EXTRA_DIRS,
): string | undefined {
  const dirs = [...searchPath.split(path.delimiter).filter(Boolean), ...extraDirs];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Absolute paths of the programs, or an error that says which packages to install. */
export function requireEdgePrograms(
  searchPath?: string,
  extraDirs?: readonly string[],
): Record<EdgeProgram, string> {
  const found = {
    varnishd: findProgram('varnishd', searchPath, extraDirs),
    haproxy: findProgram('haproxy', searchPath, extraDirs),
  };
  const missing = (Object.keys(PACKAGES) as EdgeProgram[]).filter((name) => !found[name]);
  if (missing.length > 0) {
    const packages = missing.map((name) => PACKAGES[name]).join(' ');
    throw new Error(
      `${missing.join(' and ')} not found. The cluster runs Varnish and HAProxy from Debian's packages: ` +
        `sudo apt-get install -y ${packages}`,
    );
  }
  return found as Record<EdgeProgram, string>;
}
