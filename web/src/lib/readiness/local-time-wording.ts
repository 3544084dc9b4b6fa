/**
 * Words for the readiness engine's wall-clock times ('YYYY-MM-DDTHH:mm', already local to the
 * visitor's zone). Formatted from their fields alone: nothing is re-read through the browser's zone,
 * and fixed English names keep the wording identical in every browser ("Sep", never "Sept").
 */
import { parseLocalDateTime, type LocalDateTime } from '@skinfacts/shared/readiness-format';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const pad = (value: number) => String(value).padStart(2, '0');

function weekday({ year, month, day }: LocalDateTime): string {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, leaves years 0–99 as they are
  return WEEKDAYS[date.getUTCDay()] ?? '';
}

/** The fields of a real 'YYYY-MM-DDTHH:mm', or null. */
function fieldsOf(text: string): LocalDateTime | null {
  const parsed = parseLocalDateTime(text);
  return parsed.ok ? parsed.value : null;
}

function clock({ hour, minute }: LocalDateTime): string {
  return `${pad(hour)}:${pad(minute)}`;
}

export interface WhenOptions {
  /** The year the reader has in mind (the appointment's): the year is shown only when it differs. */
  referenceYear?: number;
}

/**
 * "Thursday 3 Dec, 10:00"; "Thursday 3 Dec 2027, 10:00" when the year is not the reference year.
 * Text that is not a local date-time comes back unchanged, so a surprise never breaks the page.
 */
export function formatWhen(text: string, { referenceYear }: WhenOptions = {}): string {
  const fields = fieldsOf(text);
  if (!fields) return text;
  const year = referenceYear === undefined || fields.year === referenceYear ? '' : ` ${fields.year}`;
  return `${weekday(fields)} ${fields.day} ${MONTHS[fields.month - 1]}${year}, ${clock(fields)}`;
}

/** "1 Sep 2027, 12:00": a date further away, always with its year. */
export function formatDateWithYear(text: string): string {
  const fields = fieldsOf(text);
  if (!fields) return text;
  return `${fields.day} ${MONTHS[fields.month - 1]} ${fields.year}, ${clock(fields)}`;
}

/** The year of a local date-time, or undefined when the text is not one. */
export function yearOf(text: string): number | undefined {
  return fieldsOf(text)?.year;
}
