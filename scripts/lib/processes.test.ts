import { readFileSync } from 'node:fs';
import { ManagedProcess } from './processes';

/** Alive and not a zombie (a container's PID 1 may be slow to reap orphans). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('ManagedProcess', () => {
  it('prefixes every output line with its name', async () => {
    const lines: string[] = [];
    const child = new ManagedProcess('demo', ['sh', '-c', 'echo one; echo two >&2'], {
      cwd: process.cwd(),
      env: process.env,
      write: (line) => lines.push(line),
    });
    expect(await child.exited).toEqual({ code: 0, signal: null });
    await waitUntil(() => lines.length === 2);
    expect(lines.sort()).toEqual(['[demo] one', '[demo] two']);
  });

  it('stops the whole process group, grandchildren included', async () => {
    const lines: string[] = [];
    const child = new ManagedProcess('group', ['sh', '-c', 'sleep 30 & echo $!; wait'], {
      cwd: process.cwd(),
      env: process.env,
      write: (line) => lines.push(line),
    });
    await waitUntil(() => lines.length > 0);
    const grandchild = Number(lines[0]?.replace('[group] ', ''));
    expect(isAlive(grandchild)).toBe(true);
    const status = await child.stop(2_000);
    expect(status.signal ?? status.code).toBeTruthy();
    await waitUntil(() => !isAlive(grandchild));
    expect(child.running).toBe(false);
  });

  it('reports a command that cannot start', async () => {
    const lines: string[] = [];
    const child = new ManagedProcess('missing', ['/nonexistent/command'], {
      cwd: process.cwd(),
      env: process.env,
      write: (line) => lines.push(line),
    });
    expect((await child.exited).code).toBe(127);
    expect(lines.join('\n')).toContain('could not start');
  });
});
