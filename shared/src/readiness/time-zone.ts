/**
 * Converting between wall-clock times in an IANA zone and instants (epoch milliseconds), using only
 * Intl.DateTimeFormat.
 *
 * Wall-clock times that a zone skips or repeats are resolved like this, everywhere in the engine:
 * - a time in a spring-forward gap (02:30 on the last Sunday of March in Europe/Berlin) becomes the
 *   instant the clocks jump, which reads as the first minute after the gap (03:00);
 * - a time in a fall-back overlap (02:30 on the last Sunday of October in Europe/Berlin) is the earlier
 *   of its two instants (02:30 summer time).
 * Unlike JS Date's 'compatible' rule (gap → shift forward by the gap length, 02:30 → 03:30), this keeps
 * the conversion monotonic: a later wall-clock time never gives an earlier instant, so a later
 * appointment can never give a worse verdict.
 */
import {
  addMinutes,
  DAY_MS,
  formatLocalDateTime,
  fromNaiveMs,
  MINUTE_MS,
  parseLocalDateTime,
  toNaiveMs,
  utcMs,
  type LocalDateTime,
} from './local-date-time';

/** One formatter per zone name; bounded, as names come from visitors ('europe/berlin' is valid too). */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 256;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
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

/** True when Intl knows the zone ('Europe/Berlin', 'UTC'); false for 'Mars/Base' or ''. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields (to the second) of an instant, as zone-free naive milliseconds. */
function naiveSecondsAt(timeZone: string, instant: number): number {
  let [year, month, day, hour, minute, second] = [NaN, NaN, NaN, NaN, NaN, 0];
  // hour % 24: some engines print midnight as 24
  for (const { type, value } of formatterFor(timeZone).formatToParts(instant)) {
    if (type === 'year') year = Number(value);
    else if (type === 'month') month = Number(value);
    else if (type === 'day') day = Number(value);
    else if (type === 'hour') hour = Number(value) % 24;
    else if (type === 'minute') minute = Number(value);
    else if (type === 'second') second = Number(value);
  }
  return utcMs(year, month, day, hour, minute, second);
}

/** The zone's UTC offset in milliseconds at an instant (+3 600 000 for Berlin in winter). */
export function offsetAt(timeZone: string, instant: number): number {
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  return naiveSecondsAt(timeZone, instant) - wholeSeconds;
}

/** The wall-clock time (to the minute) of an instant in a zone. */
export function instantToLocal(instant: number, timeZone: string): LocalDateTime {
  return fromNaiveMs(instant + offsetAt(timeZone, instant));
}

/**
 * The instant of a wall-clock time in a zone: the earlier instant when the time occurs twice, the
 * moment the clocks jump when it does not occur at all (see the module comment).
 */
export function localToInstant(local: LocalDateTime, timeZone: string): number {
  const naive = toNaiveMs(local);
  // Offsets never exceed ±14 h, so any transition affecting `naive` lies between these two samples.
  const offsetBefore = offsetAt(timeZone, naive - DAY_MS);
  const offsetAfter = offsetAt(timeZone, naive + DAY_MS);
  const offsets = offsetBefore === offsetAfter ? [offsetBefore] : [offsetBefore, offsetAfter];
  const candidates = offsets
    .map((offset) => naive - offset)
    .filter((instant) => offsetAt(timeZone, instant) === naive - instant);
  if (candidates.length > 0) return Math.min(...candidates);
  return gapEnd(timeZone, naive, offsetBefore, offsetAfter);
}

/**
 * `naive` falls in a gap [T + offsetBefore, T + offsetAfter) where T is the transition instant, so T
 * lies in (naive − offsetAfter, naive − offsetBefore]; find it to the minute by bisection.
 */
function gapEnd(timeZone: string, naive: number, offsetBefore: number, offsetAfter: number): number {
  let low = Math.floor((naive - offsetAfter) / MINUTE_MS); // still on the old offset
  let high = Math.ceil((naive - offsetBefore) / MINUTE_MS); // already on the new offset
  if (offsetAt(timeZone, high * MINUTE_MS) !== offsetAfter) return naive - offsetBefore; // not a simple gap
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(timeZone, middle * MINUTE_MS) === offsetAfter) high = middle;
    else low = middle;
  }
  return high * MINUTE_MS;
}

/** An instant as the wall-clock text 'YYYY-MM-DDTHH:mm' in a zone. */
export function formatInstant(instant: number, timeZone: string): string {
  return formatLocalDateTime(instantToLocal(instant, timeZone));
}

/**
 * The earliest wall-clock text that, read back, is not before the instant. Differs from formatInstant
 * only for the later pass through a fall-back overlap: 02:10 winter time on the Berlin changeover day
 * reads back as 02:10 summer time (an hour early), so it becomes 03:00, the first minute after the
 * repeated hour. Used for "not before" times (earliest appointment, eligible from, avoid until), which
 * must never come out early.
 */
export function formatNotBefore(instant: number, timeZone: string): string {
  let local = instantToLocal(instant, timeZone);
  for (let step = 0; step < 24 * 60 && localToInstant(local, timeZone) < instant; step += 1) {
    local = addMinutes(local, 1);
  }
  return formatLocalDateTime(local);
}

/**
 * UTC epoch milliseconds of a local 'YYYY-MM-DDTHH:mm' in `timeZone`, resolved as the engine resolves it
 * (gap → the moment the clocks jump, repeated time → the earlier pass); null when malformed or the zone is unknown.
 */
export function localDateTimeToUtc(text: string, timeZone: string): number | null {
  const parsed = parseLocalDateTime(text);
  if (!parsed.ok || !isKnownTimeZone(timeZone)) return null;
  return localToInstant(parsed.value, timeZone);
}
