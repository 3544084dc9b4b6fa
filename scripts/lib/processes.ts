import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Argv } from './commands';

export { CMS_START_COMMAND, WEB_START_COMMAND, CMS_DEVELOP_COMMAND, WEB_DEV_COMMAND } from './commands';

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SpawnOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where prefixed output lines go; defaults to stdout. */
  write?: (line: string) => void;
}

function pipeLines(stream: Readable | null, prefix: string, write: (line: string) => void): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => write(`${prefix} ${line}`));
}

/**
 * A child running in its own process group (detached), so that stopping it also stops everything it
 * started (`npm` → `sh` → `node`), and so that a terminal's Ctrl-C reaches only us, not it.
 */
export class ManagedProcess {
  readonly exited: Promise<ExitStatus>;
  private readonly child: ChildProcess;
  private done = false;

  constructor(
    readonly name: string,
    argv: Argv,
    options: SpawnOptions,
  ) {
    const [command, ...args] = argv;
    const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
    this.child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    pipeLines(this.child.stdout, `[${name}]`, write);
    pipeLines(this.child.stderr, `[${name}]`, write);
    this.exited = new Promise((resolve) => {
      const finish = (status: ExitStatus): void => {
        this.done = true;
        resolve(status);
      };
      this.child.once('error', (error) => {
        write(`[${name}] could not start: ${error.message}`);
        finish({ code: 127, signal: null });
      });
      this.child.once('exit', (code, signal) => finish({ code, signal }));
    });
  }

  get running(): boolean {
    return !this.done;
  }

  /**
   * Send a signal to the whole process group; ignore a group that is already gone. This runs even after the
   * leader (npm) has exited, so that a grandchild it left behind is stopped too.
   */
  signal(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // ESRCH: the group has exited in the meantime.
    }
  }

  /** SIGTERM the group, then SIGKILL it if it is still there after `graceMs`. */
  async stop(graceMs = 10_000): Promise<ExitStatus> {
    if (this.done) {
      this.signal('SIGTERM');
      return this.exited;
    }
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}

export function describeExit(status: ExitStatus): string {
  return status.signal ? `was killed by ${status.signal}` : `exited with code ${status.code ?? 'unknown'}`;
}
