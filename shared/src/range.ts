import { z } from 'zod';
import { issueMessages } from './problems';
import { TIME_UNITS } from './time-units';

export { TIME_UNITS, type TimeUnit } from './time-units';
export { formatRange } from './time-window';

export const timeUnitSchema = z.enum(TIME_UNITS, {
  error: `unit must be one of ${TIME_UNITS.join(', ')}`,
});

const wholeNumber = (field: string) =>
  z
    .number({ error: `${field} must be a whole number of 0 or more` })
    .int({ error: `${field} must be a whole number of 0 or more` })
    .min(0, { error: `${field} must be a whole number of 0 or more` });

const rangeShape = z.object({
  min: wholeNumber('min'),
  max: wholeNumber('max'),
  unit: timeUnitSchema,
});

/** A span of time such as downtime "1–3 days" or results onset "3–12 months". */
export const rangeSchema = rangeShape.refine((range) => range.min <= range.max, {
  error: 'Minimum must not be greater than maximum',
  path: ['max'],
});

export type Range = z.output<typeof rangeSchema>;

/** Readable problems with a range value (for CMS validation); [] when the value is valid. */
export function rangeProblems(value: unknown): string[] {
  const parsed = rangeShape.safeParse(value);
  if (!parsed.success) return issueMessages(parsed.error);
  const { min, max } = parsed.data;
  return min > max ? [`min (${min}) must not be greater than max (${max})`] : [];
}
