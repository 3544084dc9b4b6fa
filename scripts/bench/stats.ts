export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Nearest-rank percentile: the smallest value that `percent`% of the values are at or below. */
export function percentile(values: number[], percent: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export interface TimingSummary {
  medianMs: number;
  p90Ms: number;
  minMs: number;
  maxMs: number;
}

export function summarizeTimings(timingsMs: number[]): TimingSummary {
  return {
    medianMs: median(timingsMs),
    p90Ms: percentile(timingsMs, 90),
    minMs: timingsMs.length === 0 ? Number.NaN : Math.min(...timingsMs),
    maxMs: timingsMs.length === 0 ? Number.NaN : Math.max(...timingsMs),
  };
}
