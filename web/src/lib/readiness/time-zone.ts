/**
 * The visitor's zone, and wall-clock times in it as UTC instants (for calendar files). Uses only
 * Intl. Resolves skipped and repeated wall-clock times the way the readiness engine does: a time in a
 * spring-forward gap is the moment the clocks jump; a repeated time is its earlier pass.
 */
import { readLocalFields } from './local-time-wording';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function isUsableZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The browser's IANA zone ('Europe/Berlin'), or 'UTC' when the browser does not say. */
export function detectTimeZone(): string {
  try {
    const { timeZone } = Intl.DateTimeFormat().resolvedOptions();
    return isUsableZone(timeZone) ? timeZone : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The zone's offset from UTC at an instant, in milliseconds (+3 600 000 for Berlin in winter). */
export function offsetAt(timeZone: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return wall - whole;
}

/** UTC epoch milliseconds of a local 'YYYY-MM-DDTHH:mm' in the zone, or null for malformed input. */
export function localToUtc(text: string, timeZone: string): number | null {
  const fields = readLocalFields(text);
  if (!fields || !isUsableZone(timeZone)) return null;
  const naive = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute);
  // Offsets never exceed ±14 h, so any change affecting `naive` lies between these two samples.
  const offsetBefore = offsetAt(timeZone, naive - DAY_MS);
  const offsetAfter = offsetAt(timeZone, naive + DAY_MS);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => naive - offset)
    .filter((instant) => offsetAt(timeZone, instant) === naive - instant);
  if (candidates.length > 0) return Math.min(...candidates);
  return gapEnd(timeZone, naive, offsetBefore, offsetAfter);
}

/** `naive` falls in a gap: the clocks jumped at an instant in (naive − offsetAfter, naive − offsetBefore]. */
function gapEnd(timeZone: string, naive: number, offsetBefore: number, offsetAfter: number): number {
  let low = Math.floor((naive - offsetAfter) / MINUTE_MS);
  let high = Math.ceil((naive - offsetBefore) / MINUTE_MS);
  if (offsetAt(timeZone, high * MINUTE_MS) !== offsetAfter) return naive - offsetBefore;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(timeZone, middle * MINUTE_MS) === offsetAfter) high = middle;
    else low = middle;
  }
  return high * MINUTE_MS;
}
