/**
 * The exact commands the stack runs. docker-compose's images run the same start commands (a test compares
 * them with the Dockerfiles' CMD lines), so "works with npm start" and "works in Docker" mean the same thing.
 */

export type Argv = readonly [string, ...string[]];

export const CMS_START_COMMAND: Argv = ['npm', 'run', 'start', '-w', '@skinfacts/cms'];
export const WEB_START_COMMAND: Argv = ['npm', 'run', 'start', '-w', '@skinfacts/web'];
export const CMS_DEVELOP_COMMAND: Argv = ['npm', 'run', 'develop', '-w', '@skinfacts/cms'];
export const WEB_DEV_COMMAND: Argv = ['npm', 'run', 'dev', '-w', '@skinfacts/web'];

export function buildCommand(packageName: string): Argv {
  return ['npm', 'run', 'build', '-w', packageName];
}

/** `npm run … -- -p <port>`: Next.js takes its port as an argument. */
export function withPort(command: Argv, port: number): Argv {
  return [...command, '--', '-p', String(port)];
}
