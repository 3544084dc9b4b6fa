import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { findProgram } from '../lib/edge/edge-programs';
import { freePort } from '../lib/ports';
import { waitForHttp } from '../lib/wait-for';

/**
 * nginx (Debian's `nginx-light`) serving `html` as a file, with its gzipped copy beside it (gzip_static):
 * the fastest a static server can send these bytes compressed, the yardstick for the edge.
 */
export async function serveWithNginx(
  html: string,
): Promise<{ url: string; close: () => Promise<void> } | undefined> {
  const program = findProgram('nginx');
  if (!program) return undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'skinfacts-nginx-'));
  writeFileSync(path.join(dir, 'index.html'), html);
  writeFileSync(path.join(dir, 'index.html.gz'), gzipSync(html, { level: 6 }));
  const port = await freePort();
  const config = [
    'daemon off;',
    'worker_processes auto;',
    `pid ${dir}/nginx.pid;`,
    'error_log stderr;',
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    `  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir};`,
    `  uwsgi_temp_path ${dir}; scgi_temp_path ${dir};`,
    '  types { text/html html; }',
    '  gzip_static on;',
    `  server { listen 127.0.0.1:${port}; root ${dir}; }`,
    '}',
  ].join('\n');
  writeFileSync(path.join(dir, 'nginx.conf'), config);
  const child = spawn(program, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/index.html`;
  await waitForHttp(url, { expectStatus: 200, timeoutMs: 10_000 });
  return {
    url,
    close: async () => {
      child.kill('SIGQUIT');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
