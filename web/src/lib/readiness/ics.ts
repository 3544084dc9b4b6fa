/**
 * "Add reminders": an RFC 5545 calendar with one event at each future stop-by time and one for the
 * appointment, each with a display alarm. Times are written in UTC, converted from the engine's
 * wall-clock strings in the visitor's zone. Pure: the same input always gives the same file.
 */
import type { PrecautionKind } from '@skinfacts/shared';
import { localDateTimeToUtc } from '@skinfacts/shared/readiness';
import { slugify } from '@skinfacts/shared/slug';
import type { ReadinessEntry } from './entries';
import { escapeText, formatUtcDateTime, joinContentLines } from './ics-format';
import { formatWhen, yearOf } from './local-time-wording';
import { describeVerdict } from './verdict-wording';

export interface ReminderCalendarInput {
  treatmentName: string;
  /** The engine's items joined with their precautions, in the engine's order. */
  items: readonly ReadinessEntry[];
  /** The zone the wall-clock times are in. */
  timeZone: string;
  /** Local 'YYYY-MM-DDTHH:mm' in timeZone. */
  appointmentAt: string;
  /** ISO instant: the file's DTSTAMP, and stop-by times before it get no event. */
  now: string;
}

export const PRODID = '-//Skinfacts//Readiness checker//EN';
/** Stop-by reminders ring 12 hours ahead: the evening before a morning deadline. */
export const STOP_BY_ALARM = '-PT12H';
/** The appointment reminder rings a day ahead. */
export const APPOINTMENT_ALARM = '-PT24H';

const STOP_SUMMARY: Readonly<Record<PrecautionKind, (subject: string, treatment: string) => string>> = {
  medication: (subject, treatment) => `Stop ${subject} before your ${treatment} appointment`,
  activity: (subject, treatment) => `Avoid ${subject} until your ${treatment} appointment`,
  condition: (subject, treatment) => `${subject} must stay clear until your ${treatment} appointment`,
  procedure: (subject, treatment) => `No ${subject} until your ${treatment} appointment`,
};

function stopSummary(item: ReadinessEntry, treatment: string): string {
  if (item.advice === 'consult')
    return `Ask your practitioner about ${item.subject} before your ${treatment} appointment`;
  return STOP_SUMMARY[item.kind](item.subject, treatment);
}

/** "microneedling-reminders.ics". */
export function reminderFileName(treatmentName: string): string {
  return `${slugify(treatmentName) || 'appointment'}-reminders.ics`;
}

interface EventFields {
  uid: string;
  start: number;
  duration: string;
  summary: string;
  description: string;
  alarm: string;
  transparent: boolean;
}

function event(fields: EventFields, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${fields.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtcDateTime(fields.start)}`,
    `DURATION:${fields.duration}`,
    `SUMMARY:${escapeText(fields.summary)}`,
    `DESCRIPTION:${escapeText(fields.description)}`,
    `TRANSP:${fields.transparent ? 'TRANSPARENT' : 'OPAQUE'}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(fields.summary)}`,
    `TRIGGER:${fields.alarm}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

export function buildReminderCalendar(input: ReminderCalendarInput): string {
  const { treatmentName, items, timeZone, appointmentAt } = input;
  const nowInstant = Date.parse(input.now);
  const stamp = formatUtcDateTime(Number.isNaN(nowInstant) ? 0 : nowInstant);
  const appointment = localDateTimeToUtc(appointmentAt, timeZone);
  const referenceYear = yearOf(appointmentAt);
  const slug = slugify(treatmentName) || 'appointment';
  const zoneNote = `Times are in ${timeZone}.`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];

  items.forEach((item, index) => {
    if (item.relation !== 'before' || item.status !== 'ready' || !item.stopBy) return;
    const start = localDateTimeToUtc(item.stopBy, timeZone);
    if (start === null || !(start > nowInstant)) return;
    const verdict = describeVerdict(item, item, referenceYear);
    const why = item.reason ? `\nWhy: ${item.reason}` : '';
    lines.push(
      ...event(
        {
          uid: `${slug}-${index}-${slugify(item.subject) || 'precaution'}-${formatUtcDateTime(start)}@skinfacts`,
          start,
          duration: 'PT15M',
          summary: stopSummary(item, treatmentName),
          description: `${verdict}${why}\n${zoneNote}`,
          alarm: STOP_BY_ALARM,
          transparent: true,
        },
        stamp,
      ),
    );
  });

  if (appointment !== null) {
    const afterCare = items
      .filter((item) => item.relation === 'after')
      .map((item) => `After-care, ${item.subject}: ${describeVerdict(item, item, referenceYear)}`);
    const description = [`${treatmentName} on ${formatWhen(appointmentAt)}.`, ...afterCare, zoneNote].join(
      '\n',
    );
    lines.push(
      ...event(
        {
          uid: `${slug}-appointment-${formatUtcDateTime(appointment)}@skinfacts`,
          start: appointment,
          duration: 'PT1H',
          summary: `${treatmentName} appointment`,
          description,
          alarm: APPOINTMENT_ALARM,
          transparent: false,
        },
        stamp,
      ),
    );
  }
  lines.push('END:VCALENDAR');
  return joinContentLines(lines);
}
