/** Time windows and ranges in words ("24 hours", "3–12 months"). Zod-free, so browser code can use it. */
import type { Range } from './range';
import type { TimeUnit } from './time-units';

/** "24 hours", "1 day", "6 months": singular only for exactly one unit. */
export function formatWindow(value: number, unit: TimeUnit): string {
  return `${value} ${value === 1 ? unit : `${unit}s`}`;
}

/** "in the last 6 months", "in the last month" (never "in the last 1 month"). */
export function inTheLast(value: number, unit: TimeUnit): string {
  return value === 1 ? `in the last ${unit}` : `in the last ${formatWindow(value, unit)}`;
}

/** "1 day", "24 hours", "3–12 months" (en dash); singular only for exactly one unit. */
export function formatRange(range: Range): string {
  const { min, max, unit } = range;
  const label = min === max && max === 1 ? unit : `${unit}s`;
  return min === max ? `${max} ${label}` : `${min}–${max} ${label}`;
}

/** "Results build over 3–12 months"; "Results show within 2 weeks" when they can start at once. */
export function describeResultsOnset(range: Range): string {
  if (range.min === 0 && range.max > 0) return `Results show within ${formatWindow(range.max, range.unit)}`;
  if (range.max === 0) return 'Results show straight away';
  return `Results build over ${formatRange(range)}`;
}

/** "1–3 days", "24 hours", or "None" for a zero range. */
export function describeDowntime(range: Range): string {
  return range.max === 0 ? 'None' : formatRange(range);
}
