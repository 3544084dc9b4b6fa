/**
 * Wall-clock date-times written 'YYYY-MM-DDTHH:mm', with no time zone attached, and calendar
 * arithmetic on them. Nothing here knows about time zones: see time-zone.ts for that.
 */

export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** 0–23 */
  hour: number;
  /** 0–59 */
  minute: number;
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why a text is not a usable local date-time: wrong shape, or a date/time that does not exist. */
export type LocalParseProblem = 'format' | 'date' | 'time';

export type LocalParseResult = { ok: true; value: LocalDateTime } | { ok: false; problem: LocalParseProblem };

/** Parses exactly 'YYYY-MM-DDTHH:mm' (no seconds, no offset, a 'T' separator). */
export function parseLocalDateTime(text: string): LocalParseResult {
  const match = LOCAL_PATTERN.exec(text);
  if (!match) return { ok: false, problem: 'format' };
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, problem: 'date' };
  if (hour > 23 || minute > 59) return { ok: false, problem: 'time' };
  return { ok: true, value: { year, month, day, hour, minute } };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function formatLocalDateTime(local: LocalDateTime): string {
  const { year, month, day, hour, minute } = local;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/**
 * Milliseconds since the epoch as if the wall-clock time were UTC: a zone-free number that makes
 * comparing and shifting wall-clock times plain arithmetic.
 */
export function toNaiveMs(local: LocalDateTime): number {
  return utcMs(local.year, local.month, local.day, local.hour, local.minute);
}

/** Date.UTC with a 1-based month, without its mapping of years 0–99 to 1900–1999. */
export function utcMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second = 0,
): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (year >= 100 || year < 0) return ms;
  const date = new Date(ms);
  date.setUTCFullYear(year);
  return date.getTime();
}

export function fromNaiveMs(naiveMs: number): LocalDateTime {
  const date = new Date(naiveMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/** Calendar days at the same wall-clock time (negative to go back). */
export function addDays(local: LocalDateTime, days: number): LocalDateTime {
  return fromNaiveMs(toNaiveMs(local) + days * DAY_MS);
}

export function addMinutes(local: LocalDateTime, minutes: number): LocalDateTime {
  return fromNaiveMs(toNaiveMs(local) + minutes * MINUTE_MS);
}

/**
 * Calendar months at the same wall-clock time; the day is clamped to the end of the target month
 * (31 Aug − 6 months = 28 Feb, or 29 Feb in a leap year).
 */
export function addMonths(local: LocalDateTime, months: number): LocalDateTime {
  const monthIndex = local.year * 12 + (local.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return { ...local, year, month, day: Math.min(local.day, daysInMonth(year, month)) };
}
