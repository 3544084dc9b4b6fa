import type { Argv } from './commands';
import { describeExit, ManagedProcess, type SpawnOptions } from './processes';

export type Log = (line: string) => void;

/**
 * Owns every child of start/dev: Ctrl-C or SIGTERM stops them all and exits 0; a long-running service that
 * dies on its own stops the others and exits 1. `signal` aborts when shutdown begins, so waits end early.
 */
export class Supervisor {
  private readonly children = new Set<ManagedProcess>();
  private readonly controller = new AbortController();
  private isStopping = false;

  constructor(
    private readonly log: Log,
    private readonly logError: Log = log,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopping(): boolean {
    return this.isStopping;
  }

  installSignalHandlers(): void {
    let firstSignalAt = 0;
    const onSignal = (name: NodeJS.Signals): void => {
      if (this.stopping) {
        // One Ctrl-C can arrive twice (from the terminal and relayed by tsx/npm): only a later one forces.
        if (Date.now() - firstSignalAt < 1_000) return;
        this.log(`${name} again: killing everything now.`);
        for (const child of this.children) child.signal('SIGKILL');
        return;
      }
      firstSignalAt = Date.now();
      this.log(`${name} received: stopping…`);
      void this.shutdown(0);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  /** A child that is expected to exit (a build); its exit code is the caller's business. */
  run(name: string, argv: Argv, options: SpawnOptions): ManagedProcess {
    const child = new ManagedProcess(name, argv, options);
    this.children.add(child);
    void child.exited.then(() => this.children.delete(child));
    return child;
  }

  /** A service that must keep running: if it exits before shutdown, everything stops with exit code 1. */
  service(name: string, argv: Argv, options: SpawnOptions): ManagedProcess {
    const child = new ManagedProcess(name, argv, options);
    this.children.add(child);
    void child.exited.then((status) => {
      if (this.stopping) return;
      this.log(`${name} ${describeExit(status)}; stopping the rest.`);
      void this.shutdown(1);
    });
    return child;
  }

  /** Stop every child still running without exiting this process (tests own their supervisor). */
  async shutdownChildren(): Promise<void> {
    this.isStopping = true;
    this.controller.abort();
    await Promise.all([...this.children].map((child) => child.stop()));
  }

  /** Stop every child (process groups), then exit with `code`. Calling it again has no effect. */
  async shutdown(code: number): Promise<never> {
    if (this.stopping) return new Promise<never>(() => undefined);
    this.isStopping = true;
    this.controller.abort();
    await Promise.all([...this.children].map((child) => child.stop()));
    if (code === 0) this.log('Stopped.');
    else this.logError('Stopped after an error.');
    process.exit(code);
  }
}
