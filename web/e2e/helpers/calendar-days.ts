/** Calendar days in a visitor's time zone, for the readiness browser test's appointments and answers. */

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FRIDAY = 5;

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function todayIn(timeZone: string): Day {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(new Date());
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: field('year'), month: field('month'), day: field('day') };
}

export function addDays({ year, month, day }: Day, days: number): Day {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The same day of the month, `months` later (or earlier); days kept ≤ 28 so no month end is involved. */
export function addMonths({ year, month, day }: Day, months: number): Day {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: Math.min(day, 28) };
}

const weekday = ({ year, month, day }: Day) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();
export const pad = (value: number) => String(value).padStart(2, '0');
export const isoDate = ({ year, month, day }: Day) => `${year}-${pad(month)}-${pad(day)}`;

/** "Next Friday": the first Friday at least two days away, so its stop-by time (Thursday) is still ahead. */
export function nextFriday(today: Day): Day {
  let day = addDays(today, 2);
  while (weekday(day) !== FRIDAY) day = addDays(day, 1);
  return day;
}

/** The instant of a wall-clock time in the zone (no summer-time edge is involved at 10:00 on a Friday). */
export function instantOf(day: Day, hour: number, timeZone: string): Date {
  const guess = Date.UTC(day.year, day.month - 1, day.day, hour);
  const shown = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(
    guess,
  );
  return new Date(guess - (Number(shown) - hour) * 3_600_000);
}

export const icsUtc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
