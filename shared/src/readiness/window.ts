/**
 * Precaution windows ("24 hours", "6 months") applied to instants in a zone. Hours are elapsed time;
 * days and weeks are calendar days at the same wall-clock time; months are calendar months clamped
 * to the month's end. A calendar result that lands on a skipped or repeated wall-clock time is
 * resolved as time-zone.ts describes.
 */
import type { TimeUnit } from '../time-units';
import { addDays, addMonths, type LocalDateTime } from './local-date-time';
import { instantToLocal, localToInstant } from './time-zone';

const HOUR_MS = 3_600_000;

export interface Window {
  windowValue: number;
  windowUnit: TimeUnit;
}

function shiftLocal(local: LocalDateTime, { windowValue, windowUnit }: Window, sign: 1 | -1): LocalDateTime {
  switch (windowUnit) {
    case 'day':
      return addDays(local, sign * windowValue);
    case 'week':
      return addDays(local, sign * windowValue * 7);
    case 'month':
      return addMonths(local, sign * windowValue);
    case 'hour':
      throw new Error('hours are elapsed time, not calendar arithmetic');
  }
}

function shift(instant: number, timeZone: string, window: Window, sign: 1 | -1): number {
  if (window.windowUnit === 'hour') return instant + sign * window.windowValue * HOUR_MS;
  return localToInstant(shiftLocal(instantToLocal(instant, timeZone), window, sign), timeZone);
}

/** instant − window: for a `before` precaution, the last moment a use still leaves the visitor ready. */
export function subtractWindow(instant: number, timeZone: string, window: Window): number {
  return shift(instant, timeZone, window, -1);
}

/** instant + window: for an `after` precaution, when the after-care period ends. */
export function addWindow(instant: number, timeZone: string, window: Window): number {
  return shift(instant, timeZone, window, 1);
}

/**
 * The earliest appointment A for which a use at `lastUse` counts as ready, i.e. the least A with
 * subtractWindow(A) ≥ lastUse. That is lastUse + window, except when month clamping shortens the
 * window: 31 Aug + 6 months clamps to 28 Feb, but 28 Feb − 6 months is 28 Aug, still before the use,
 * and so is every time on 28 Feb. The first appointment that works is then 1 Mar 00:00.
 * `lastUse` must be read from a wall-clock time (the earlier instant of a repeated time), as the
 * engine's inputs are.
 */
export function earliestReadyAppointment(lastUse: number, timeZone: string, window: Window): number {
  if (window.windowUnit !== 'month') return addWindow(lastUse, timeZone, window);
  const local = instantToLocal(lastUse, timeZone);
  const target = addMonths(local, window.windowValue);
  if (target.day === local.day) return localToInstant(target, timeZone);
  return localToInstant(addDays({ ...target, hour: 0, minute: 0 }, 1), timeZone);
}
