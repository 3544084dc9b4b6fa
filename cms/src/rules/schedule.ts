import type { FieldProblem } from './facts';

type Data = Record<string, unknown>;

/** The scheduling fields of articles and treatments (their names in schema.json). */
export const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt'] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

const LABELS: Record<ScheduleField, string> = { publishAt: 'Publish at', unpublishAt: 'Unpublish at' };

/** A stored or submitted date-time as milliseconds, null when empty; NaN when it is not a date. */
function timeOf(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string' || typeof value === 'number') return new Date(value).getTime();
  return Number.NaN;
}

/**
 * Problems with the schedule a write sets. A time is refused when it has passed, unless it is the one already
 * stored (a form sends every field back on each save); "unpublish at" must come after "publish at".
 */
export function scheduleProblems(data: Data, stored: Data, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const value = (field: ScheduleField) => (field in data ? data[field] : stored[field]);
  for (const field of SCHEDULE_FIELDS) {
    if (!(field in data)) continue;
    const time = timeOf(data[field]);
    if (time === null) continue;
    if (Number.isNaN(time)) {
      problems.push({ path: [field], message: `${LABELS[field]} is not a date and time.` });
    } else if (time <= now.getTime() && time !== timeOf(stored[field])) {
      problems.push({
        path: [field],
        message: `${LABELS[field]} must be in the future: ${new Date(time).toISOString()} has already passed.`,
      });
    }
  }
  const publishAt = timeOf(value('publishAt'));
  const unpublishAt = timeOf(value('unpublishAt'));
  if (
    publishAt !== null &&
    unpublishAt !== null &&
    !Number.isNaN(publishAt) &&
    !Number.isNaN(unpublishAt) &&
    unpublishAt <= publishAt
  ) {
    problems.push({ path: ['unpublishAt'], message: 'Unpublish at must be later than Publish at.' });
  }
  return problems;
}
