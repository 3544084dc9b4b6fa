/**
 * Words for the readiness engine's wall-clock times ('YYYY-MM-DDTHH:mm', already local to the
 * visitor's zone). Formatted from their fields alone: nothing is re-read through the browser's zone,
 * and fixed English names keep the wording identical in every browser ("Sep", never "Sept").
 */

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export interface LocalFields {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The fields of 'YYYY-MM-DDTHH:mm', or null when the text is not a real date and time. */
export function readLocalFields(text: string): LocalFields | null {
  const match = LOCAL_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60;
  return real ? { year, month, day, hour, minute } : null;
}

const pad = (value: number) => String(value).padStart(2, '0');

function weekday({ year, month, day }: LocalFields): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

function clock({ hour, minute }: LocalFields): string {
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
  const fields = readLocalFields(text);
  if (!fields) return text;
  const year = referenceYear === undefined || fields.year === referenceYear ? '' : ` ${fields.year}`;
  return `${weekday(fields)} ${fields.day} ${MONTHS[fields.month - 1]}${year}, ${clock(fields)}`;
}

/** "1 Sep 2027, 12:00": a date further away, always with its year. */
export function formatDateWithYear(text: string): string {
  const fields = readLocalFields(text);
  if (!fields) return text;
  return `${fields.day} ${MONTHS[fields.month - 1]} ${fields.year}, ${clock(fields)}`;
}

/** The year of a local date-time, or undefined when the text is not one. */
export function yearOf(text: string): number | undefined {
  return readLocalFields(text)?.year;
}
