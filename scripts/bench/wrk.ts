import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findProgram } from '../lib/edge/edge-programs';
import type { LoadFigures } from './load';

const run = promisify(execFile);

/**
 * wrk (Debian's `wrk`): a C load generator, needed where the server is faster than one Node process can
 * ask (Varnish, nginx); autocannon would measure itself there.
 */
export function wrkProgram(): string | undefined {
  return findProgram('wrk');
}

/** `wrk` output's latency figure ("1.23ms", "850.00us", "1.02s") in milliseconds. */
export function parseDuration(text: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text.trim());
  if (!match) return NaN;
  const value = Number(match[1]);
  return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value;
}

export function parseWrk(output: string): LoadFigures {
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p50 = /^\s+50%\s+(\S+)/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)/m.exec(output);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(output);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  if (!rate || !p50 || !p99) throw new Error(`wrk printed no figures:\n${output}`);
  return {
    requestsPerSecond: Math.round(Number(rate[1])),
    p50Ms: parseDuration(p50[1] ?? ''),
    p99Ms: parseDuration(p99[1] ?? ''),
    non2xx: Number(non2xx?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  };
}

export async function measureWithWrk(
  program: string,
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadFigures> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const { stdout } = await run(program, [
    '-t2',
    `-c${connections}`,
    `-d${seconds}s`,
    '--latency',
    ...headerArgs,
    url,
  ]);
  return parseWrk(stdout);
}
