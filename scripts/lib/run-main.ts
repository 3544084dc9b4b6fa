import { Supervisor, type Log } from './supervisor';

export const log: Log = (line) => process.stdout.write(`${line}\n`);
const logError: Log = (line) => process.stderr.write(`${line}\n`);

/**
 * Run `main` under a supervisor: signals stop the children and exit 0; an error prints its message, stops
 * the children and exits 1. Once `main` returns, the services keep running until a signal or a crash.
 */
export function runMain(main: (supervisor: Supervisor) => Promise<void>): void {
  const supervisor = new Supervisor(log, logError);
  supervisor.installSignalHandlers();
  main(supervisor).catch((error: unknown) => {
    if (supervisor.stopping) return; // a signal or a crashed child already started the shutdown
    const message = error instanceof Error ? error.message : String(error);
    logError(`\n✖ ${message}`);
    void supervisor.shutdown(1);
  });
}
