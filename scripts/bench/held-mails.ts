import { spawnSync } from 'node:child_process';

/**
 * The mail figure (issue 14): `npm run bench:mail` in the CMS workspace, which boots its own CMS and SMTP server
 * (no stack needed). BENCH_HELD_COMMENTS (default 1,000) sets the burst.
 */
export function benchHeldMails(rootDir: string): void {
  console.log('\nbench: held comments → moderator mails accepted by SMTP (npm run bench:mail)…');
  const run = spawnSync('npm', ['run', 'bench:mail', '-w', '@skinfacts/cms', '--silent'], {
    cwd: rootDir,
    stdio: 'inherit',
    env: process.env,
  });
  if (run.status !== 0) throw new Error(`npm run bench:mail failed (exit ${String(run.status)})`);
}
