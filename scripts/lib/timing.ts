export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Milliseconds since this Node process started (close to when `npm start` was typed). */
export function sinceProcessStart(): number {
  return Math.round(process.uptime() * 1000);
}
