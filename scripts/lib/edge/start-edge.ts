import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ManagedProcess } from '../processes';
import type { Supervisor, Log } from '../supervisor';
import { waitForHttp } from '../wait-for';
import { formatHostPort, type HostPort } from './host-port';
import { haproxyConfig } from './haproxy-config';
import { edgeVcl } from './varnish-config';

/** The edge's own VCL, in the repository; edge.vcl beside it in the work folder is generated. */
export const VARNISH_VCL = path.resolve(__dirname, '../../../deploy/varnish/skinfacts.vcl');

export interface VarnishOptions {
  program: string;
  listen: HostPort;
  sites: HostPort[];
  purgers?: string[];
  /** Holds the generated edge.vcl and Varnish's working files. */
  workDir: string;
  /** Cache size, e.g. `256m`. */
  storage?: string;
  lifecycle?: Lifecycle;
}

/** `service`: its exit stops everything (start:cluster). `run`: a test owns it. */
export type Lifecycle = 'service' | 'run';

function spawnProgram(
  supervisor: Supervisor,
  name: string,
  argv: readonly [string, ...string[]],
  options: { workDir: string; lifecycle?: Lifecycle },
  log: Log,
): ManagedProcess {
  // The environment stays: varnishd compiles VCL with the system's C compiler, found on PATH.
  const spawnOptions = { cwd: options.workDir, env: process.env, write: log };
  return options.lifecycle === 'run'
    ? supervisor.run(name, argv, spawnOptions)
    : supervisor.service(name, argv, spawnOptions);
}

export interface StartedProgram {
  process: ManagedProcess;
  url: string;
}

/**
 * varnishd in the foreground (-F), so the supervisor owns it; -n keeps its shared memory in `workDir`, so
 * several edges (a test's, the cluster's) can run on one machine.
 */
export async function startVarnish(
  supervisor: Supervisor,
  options: VarnishOptions,
  log: Log,
): Promise<StartedProgram> {
  mkdirSync(options.workDir, { recursive: true });
  // Started as root, varnishd runs its worker and VCL compiler as its own user, which must reach this folder
  // (mkdtemp makes folders only their owner can enter).
  for (let dir = options.workDir; dir !== path.dirname(dir) && dir !== os.tmpdir(); dir = path.dirname(dir)) {
    if (dir.startsWith(os.tmpdir())) chmodSync(dir, 0o755);
  }
  writeFileSync(path.join(options.workDir, 'edge.vcl'), edgeVcl(options.sites, options.purgers));
  // A copy beside it: the checkout may sit in a folder that user cannot enter (a CI clone in mktemp -d).
  const vcl = path.join(options.workDir, 'skinfacts.vcl');
  copyFileSync(VARNISH_VCL, vcl);
  const argv = [
    options.program,
    '-F',
    '-n',
    path.join(options.workDir, 'varnish'),
    '-a',
    formatHostPort(options.listen),
    '-f',
    vcl,
    '-p',
    `vcl_path=${options.workDir}:/etc/varnish:/usr/share/varnish/vcl`,
    '-s',
    `malloc,${options.storage ?? '256m'}`,
  ] as const;
  const child = spawnProgram(supervisor, 'edge', argv, options, log);
  const url = `http://${formatHostPort(options.listen)}`;
  // Any answer means it listens: with no healthy site yet, the front page is Varnish's own 503.
  await waitForHttp(`${url}/api/health`, {
    expectStatus: [200, 503],
    timeoutMs: 20_000,
    signal: supervisor.signal,
  });
  return { process: child, url };
}

export interface HaproxyOptions {
  program: string;
  listen: HostPort;
  cmsInstances: HostPort[];
  workDir: string;
  lifecycle?: Lifecycle;
}

export async function startHaproxy(
  supervisor: Supervisor,
  options: HaproxyOptions,
  log: Log,
): Promise<StartedProgram> {
  mkdirSync(options.workDir, { recursive: true });
  const configFile = path.join(options.workDir, 'haproxy.cfg');
  writeFileSync(configFile, haproxyConfig(options.listen, options.cmsInstances));
  const argv = [options.program, '-db', '-f', configFile] as const;
  const child = spawnProgram(supervisor, 'cms-proxy', argv, options, log);
  const url = `http://${formatHostPort(options.listen)}`;
  await waitForHttp(`${url}/_health`, {
    expectStatus: [204, 503],
    timeoutMs: 20_000,
    signal: supervisor.signal,
  });
  return { process: child, url };
}
